import { Button } from '@codegouvfr/react-dsfr/Button';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import { ASSISTANCE_PHASE_LABELS, ASSISTANCE_PHASES, phaseOfState, PROPOSER_KIND_LABELS, PROPOSER_KINDS } from '../../../../common/assistance';
import type { Membership } from '../../api/types';
import { TextAreaField } from '../pathways/form-fields';
import { ActionFeedback } from './action-feedback';
import { EligibilityFields } from './eligibility-fields';
import { buildStartBody, type StartDraft } from './request-bodies';
import type { Assistance, Pathway } from './types';
import { useAssistanceAction } from './use-assistance-action';

const CONFIDENTIAL = 'Confidentiel : visible par votre structure seulement.';
const FIELDS = ['organisationId', 'proposerKind', 'startPhase', 'welcomeProject', 'welcomeSituation', 'welcomeObstacles', 'needIndicators'];

/** Entry into assistance renforcée: who proposed it, the phase, and the welcome interview. */
export function EntryForm({ pathway, memberships, onStarted }: { pathway: Pathway; memberships: Membership[]; onStarted: (assistance: Assistance) => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<StartDraft>({
    organisationId: memberships[0]?.organisationId ?? '',
    proposerKind: '',
    startPhase: phaseOfState(pathway.state),
    welcomeProject: '',
    welcomeSituation: '',
    welcomeObstacles: '',
    needIndicators: '',
  });
  const [met, setMet] = useState<ReadonlySet<string>>(new Set());
  const action = useAssistanceAction(onStarted);
  const set = (key: keyof StartDraft) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));
  const proposerError = action.errorFor('proposerKind');
  const phaseError = action.errorFor('startPhase');
  const organisationError = action.errorFor('organisationId');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const path = `/api/pathways/${encodeURIComponent(pathway.id)}/assistance`;
    void action.submit(formRef.current, buildStartBody(draft, [...met].map((code) => ({ code, met: true }))), 'POST', path, 'L’assistance renforcée est ouverte.');
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby="entree-assistance">
      <h2 id="entree-assistance">Proposer une assistance renforcée</h2>
      <p>Aucune assistance renforcée n’est en cours pour ce parcours. Renseignez l’entretien d’accueil pour l’ouvrir.</p>
      <ActionFeedback outcome={action.outcome} errorTitle="L’assistance renforcée n’a pas été ouverte" fields={FIELDS} />
      {memberships.length === 1 ? (
        <p>Structure qui conduit l’assistance : {memberships[0]?.organisationName}</p>
      ) : (
        <Select
          label="Structure qui conduit l’assistance"
          state={organisationError ? 'error' : 'default'}
          stateRelatedMessage={organisationError}
          nativeSelectProps={{ name: 'organisationId', value: draft.organisationId, required: true, onChange: (e) => set('organisationId')(e.target.value), 'aria-invalid': organisationError ? true : undefined }}
        >
          {memberships.map((m) => (
            <option key={m.id} value={m.organisationId}>
              {m.organisationName}
            </option>
          ))}
        </Select>
      )}
      <Select
        label="Qui a proposé l’assistance renforcée ?"
        state={proposerError ? 'error' : 'default'}
        stateRelatedMessage={proposerError}
        nativeSelectProps={{ name: 'proposerKind', value: draft.proposerKind, required: true, onChange: (e) => set('proposerKind')(e.target.value), 'aria-invalid': proposerError ? true : undefined }}
      >
        <option value="" disabled>
          Sélectionner une option
        </option>
        {PROPOSER_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {PROPOSER_KIND_LABELS[kind]}
          </option>
        ))}
      </Select>
      <RadioButtons
        legend="Phase du parcours au début de l’assistance"
        hintText={`Proposée d’après l’étape actuelle du parcours : ${pathway.stateLabel}.`}
        name="startPhase"
        state={phaseError ? 'error' : 'default'}
        stateRelatedMessage={phaseError}
        options={ASSISTANCE_PHASES.map((phase) => ({
          label: ASSISTANCE_PHASE_LABELS[phase],
          nativeInputProps: { value: phase, checked: draft.startPhase === phase, onChange: () => set('startPhase')(phase) },
        }))}
      />
      <EligibilityFields
        organisationId={draft.organisationId}
        met={met}
        onChange={(code, value) => setMet((current) => new Set([...current].filter((c) => c !== code).concat(value ? [code] : [])))}
      />
      <h3 className="fr-h5">Entretien d’accueil</h3>
      <TextAreaField label="Projet du candidat" name="welcomeProject" value={draft.welcomeProject} onChange={set('welcomeProject')} error={action.errorFor('welcomeProject')} />
      <TextAreaField label="Situation du candidat" hint={CONFIDENTIAL} name="welcomeSituation" value={draft.welcomeSituation} onChange={set('welcomeSituation')} error={action.errorFor('welcomeSituation')} />
      <TextAreaField label="Freins repérés" hint={CONFIDENTIAL} name="welcomeObstacles" value={draft.welcomeObstacles} onChange={set('welcomeObstacles')} error={action.errorFor('welcomeObstacles')} />
      <TextAreaField
        label="Indicateurs de besoin"
        hint="Un indicateur par ligne, ou séparés par des virgules (par exemple : mobilité, usage du numérique)."
        name="needIndicators"
        value={draft.needIndicators}
        onChange={set('needIndicators')}
        error={action.errorFor('needIndicators')}
      />
      <Button type="submit" disabled={action.pending}>
        Ouvrir l’assistance renforcée
      </Button>
    </form>
  );
}
