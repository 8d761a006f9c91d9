import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { PROPOSER_KIND_LABELS, ASSISTANCE_PHASE_LABELS } from '../../../../common/assistance';
import { apiFetch } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useMutation } from '../../components/use-mutation';
import { formatDate, formatDateTime } from '../../labels';
import { FocusOnChange } from '../pathways/focus-on-change';
import type { Assistance, SensitiveWelcome } from './types';
import { assistancePath } from './use-assistance-action';

/** The confidential notes are only fetched on request: each reading is recorded. */
function SensitiveNotes({ assistance }: { assistance: Assistance }) {
  const mutation = useMutation();
  const [notes, setNotes] = useState<SensitiveWelcome | null>(null);
  const show = async () => {
    const result = await mutation.run(() => apiFetch<SensitiveWelcome>(assistancePath(assistance, '/welcome-notes')));
    if (result.ok) setNotes(result.value);
  };
  return (
    <FocusOnChange trigger={notes ?? mutation.error}>
      <ErrorAlert error={mutation.error} title="Les notes confidentielles n’ont pas pu être chargées" />
      {notes ? (
        <div className="fr-callout">
          <h3 className="fr-callout__title fr-h6">Notes confidentielles</h3>
          <p className="fr-mb-1w">
            <strong>Situation :</strong> {notes.welcomeSituation || 'non renseignée'}
          </p>
          <p>
            <strong>Freins repérés :</strong> {notes.welcomeObstacles || 'non renseignés'}
          </p>
          {notes.assessmentNotes.length > 0 && (
            <>
              <p className="fr-mb-1w">
                <strong>Notes des diagnostics :</strong>
              </p>
              <ul>
                {notes.assessmentNotes.map((note) => (
                  <li key={note.assessmentId}>
                    Diagnostic du {formatDateTime(note.assessedAt)} : {note.notes}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : (
        <>
          <p className="fr-text--sm">La situation et les freins du candidat, comme les notes confidentielles des diagnostics, ne sont visibles que par votre structure ; chaque consultation est enregistrée.</p>
          <Button type="button" priority="secondary" iconId="fr-icon-eye-line" onClick={() => void show()} disabled={mutation.pending}>
            Afficher les notes confidentielles
          </Button>
        </>
      )}
    </FocusOnChange>
  );
}

/** "Accueil": who proposed the assistance, when it started, and the welcome interview. */
export function WelcomeSection({ assistance }: { assistance: Assistance }) {
  return (
    <section aria-labelledby="accueil" className="fr-mt-6w">
      <h2 id="accueil">Accueil</h2>
      <ul>
        <li>
          Structure : {assistance.organisation.name}
          {assistance.referentName && `, référent : ${assistance.referentName}`}
        </li>
        <li>
          Proposée par : {PROPOSER_KIND_LABELS[assistance.proposerKind]}
          {assistance.proposerOrganisationName && ` (${assistance.proposerOrganisationName})`}
        </li>
        <li>
          Commencée le {formatDate(assistance.startedAt)}, phase : {ASSISTANCE_PHASE_LABELS[assistance.startPhase].toLowerCase()} ; fin au plus tard le {formatDate(assistance.endsAt)}
        </li>
        <li>Phase actuelle : {ASSISTANCE_PHASE_LABELS[assistance.currentPhase].toLowerCase()}</li>
        {assistance.status === 'closed' && <li>Clôturée le {formatDate(assistance.closedAt)}</li>}
      </ul>
      <h3 className="fr-h6">Projet du candidat</h3>
      <p>{assistance.welcomeProject || 'Non renseigné.'}</p>
      <h3 className="fr-h6">Indicateurs de besoin</h3>
      {assistance.needIndicators.length === 0 ? <p>Aucun indicateur saisi.</p> : <ul>{assistance.needIndicators.map((need) => <li key={need}>{need}</li>)}</ul>}
      {assistance.eligibility.length > 0 && (
        <>
          <h3 className="fr-h6">Critères d’éligibilité</h3>
          <ul>
            {assistance.eligibility.map((criterion) => (
              <li key={criterion.code}>
                {criterion.label} : {criterion.met ? 'rempli' : 'non rempli'}
              </li>
            ))}
          </ul>
        </>
      )}
      {assistance.canReadSensitive && <SensitiveNotes assistance={assistance} />}
    </section>
  );
}
