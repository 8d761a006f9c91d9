import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { formatDate, formatDateTime } from '../../labels';
import { Heading } from '../candidate-space/heading';
import { ActionFeedback } from './action-feedback';
import { agreementDocumentUrl } from './assistance-format';
import { buildAcceptanceBody } from './request-bodies';
import type { Agreement, Assistance } from './types';
import { useAssistanceAction } from './use-assistance-action';

/** The current agreement for the candidate: read it (PDF), then agree to it from the account. */
export function MyAgreement({ agreement, level, open, onChanged }: { agreement: Agreement; level: 3 | 4; open: boolean; onChanged: (assistance: Assistance) => void }) {
  const [confirming, setConfirming] = useState(false);
  const action = useAssistanceAction(onChanged);
  const accept = async () => {
    const saved = await action.submit(null, buildAcceptanceBody(agreement), 'POST', `/api/agreements/${encodeURIComponent(agreement.id)}/acceptance`, 'Votre accord est enregistré. Merci.');
    if (saved) setConfirming(false);
  };
  return (
    <>
      <Heading level={level}>Mon accord d’assistance renforcée</Heading>
      <ActionFeedback outcome={action.outcome} errorTitle="Votre accord n’a pas été enregistré" />
      <p className="fr-mb-1w">
        Version {agreement.version} du {formatDate(agreement.createdAt)}, pour {agreement.durationMonths} mois. Prochain rendez-vous le {formatDateTime(agreement.nextAppointmentAt)}.
      </p>
      <p>
        <a className="fr-link fr-link--download" href={agreementDocumentUrl(agreement)} download>
          Lire l’accord, version {agreement.version}
          <span className="fr-link__detail">PDF</span>
        </a>
      </p>
      {agreement.acceptedAt ? (
        <p>
          Vous avez donné votre accord le {formatDate(agreement.acceptedAt)}
          {agreement.acceptedVia === 'on_screen' ? ', en signant lors du rendez-vous.' : '.'}
        </p>
      ) : !open ? (
        <p>Cet accord n’a pas été accepté avant la fin de l’assistance renforcée.</p>
      ) : confirming ? (
        <div className="fr-p-3w fr-background-alt--grey">
          <p>En confirmant, vous acceptez la version {agreement.version} de l’accord, telle que vous l’avez lue. Vous pourrez en parler avec votre référent à tout moment.</p>
          <ul className="fr-btns-group fr-btns-group--inline">
            <li>
              <Button type="button" disabled={action.pending} onClick={() => void accept()}>
                Confirmer mon accord
              </Button>
            </li>
            <li>
              <Button type="button" priority="secondary" onClick={() => setConfirming(false)}>
                Annuler
              </Button>
            </li>
          </ul>
        </div>
      ) : (
        <>
          <p>Cet accord attend votre réponse. Lisez-le, puis donnez votre accord.</p>
          <Button type="button" onClick={() => setConfirming(true)}>
            J’accepte cet accord
          </Button>
        </>
      )}
    </>
  );
}
