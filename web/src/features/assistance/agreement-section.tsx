import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useState } from 'react';
import { formatDate, formatDateTime } from '../../labels';
import { FocusOnChange } from '../pathways/focus-on-change';
import { AgreementForm } from './agreement-form';
import { agreementDocumentUrl, agreementStatusText, currentAgreement } from './assistance-format';
import type { SectionProps } from './assistance-view';
import { SignatureForm } from './signature-form';
import type { Agreement } from './types';

function AgreementVersion({ agreement }: { agreement: Agreement }) {
  return (
    <li className="fr-mb-3w">
      <p className="fr-mb-1w">
        <strong>
          Version {agreement.version} du {formatDate(agreement.createdAt)}
        </strong>{' '}
        {agreement.current && (
          <Badge as="span" severity="info" small noIcon>
            Version en cours
          </Badge>
        )}
      </p>
      <p className="fr-mb-1w">Statut : {agreementStatusText(agreement)}.</p>
      {agreement.objectives.length > 0 && <p className="fr-mb-1w">Objectifs : {agreement.objectives.join(' ; ')}.</p>}
      <p className="fr-mb-1w">
        Durée : {agreement.durationMonths} mois ; prochain rendez-vous le {formatDateTime(agreement.nextAppointmentAt)}.
      </p>
      <a className="fr-link fr-link--download" href={agreementDocumentUrl(agreement)} download>
        Télécharger l’accord, version {agreement.version}
        <span className="fr-link__detail">PDF</span>
      </a>
    </li>
  );
}

/** "Accord": the versions of the agreement, how each was accepted, and a new version. */
export function AgreementSection({ assistance, onChanged }: SectionProps) {
  const current = currentAgreement(assistance);
  const editable = assistance.canEdit && assistance.status === 'open';
  const versions = [...assistance.agreements].sort((a, b) => b.version - a.version);
  // The signature form goes away once the version is accepted: the confirmation is given here.
  const [signed, setSigned] = useState<{ text: string } | null>(null);
  return (
    <section aria-labelledby="accord" className="fr-mt-6w">
      <h2 id="accord">Accord</h2>
      <FocusOnChange trigger={signed}>{signed && <Alert severity="success" small className="fr-mb-3w" description={signed.text} />}</FocusOnChange>
      {versions.length === 0 ? (
        <p>Aucun accord n’a encore été généré.</p>
      ) : (
        <ul className="jalon-plain-list">
          {versions.map((agreement) => (
            <AgreementVersion key={agreement.id} agreement={agreement} />
          ))}
        </ul>
      )}
      {editable && current && !current.acceptedAt && (
        <SignatureForm
          agreement={current}
          onChanged={(next) => {
            setSigned({ text: `La signature de la version ${current.version} est enregistrée.` });
            onChanged(next);
          }}
        />
      )}
      {editable && <AgreementForm assistance={assistance} onChanged={onChanged} />}
    </section>
  );
}
