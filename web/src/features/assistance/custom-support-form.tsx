import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useRef, useState, type FormEvent } from 'react';
import { ASSISTANCE_PHASE_LABELS, ASSISTANCE_PHASES, SUPPORT_NATURE_LABELS, SUPPORT_NATURES } from '../../../../common/assistance';
import { TextField } from '../../components/text-field';
import { ActionFeedback } from './action-feedback';
import type { SectionProps } from './assistance-view';
import { CarrierFields } from './carrier-fields';
import { buildCustomItemBody, EMPTY_CARRIER, type CustomSupportDraft } from './request-bodies';
import type { PathwayActor } from './types';
import { assistancePath, useAssistanceAction } from './use-assistance-action';

const FIELDS = ['custom.wording', 'custom.nature', 'custom.phases', 'carrierKind', 'carrierOrganisationId', 'dueOn'];

/** "Ajouter un appui de votre choix": a support of the structure's own, kept in its catalogue. */
export function CustomSupportForm({ assistance, actors, onChanged }: SectionProps & { actors: PathwayActor[] }) {
  const formRef = useRef<HTMLFormElement>(null);
  const empty: CustomSupportDraft = { ...EMPTY_CARRIER, wording: '', nature: '', phases: [assistance.currentPhase] };
  const [draft, setDraft] = useState<CustomSupportDraft>(empty);
  const action = useAssistanceAction(onChanged);
  const natureError = action.errorFor('custom.nature');
  const phasesError = action.errorFor('custom.phases');
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const saved = await action.submit(formRef.current, buildCustomItemBody(draft), 'POST', assistancePath(assistance, '/plan-items'), `« ${draft.wording.trim()} » est ajouté au plan d’appuis et au catalogue de votre structure.`);
    if (saved) setDraft(empty);
  };
  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="appui-libre" className="fr-p-3w fr-my-3w fr-background-alt--grey">
      <h3 id="appui-libre" className="fr-h5">
        Ajouter un appui de votre choix
      </h3>
      <ActionFeedback outcome={action.outcome} errorTitle="L’appui n’a pas été ajouté" fields={FIELDS} />
      <TextField label="Intitulé de l’appui" name="wording" value={draft.wording} onChange={(wording) => setDraft((d) => ({ ...d, wording }))} error={action.errorFor('custom.wording')} maxLength={500} required />
      <RadioButtons
        legend="Nature de l’appui"
        name="nature"
        state={natureError ? 'error' : 'default'}
        stateRelatedMessage={natureError}
        options={SUPPORT_NATURES.map((nature, index) => ({
          label: SUPPORT_NATURE_LABELS[nature],
          nativeInputProps: { value: nature, checked: draft.nature === nature, onChange: () => setDraft((d) => ({ ...d, nature })), 'aria-invalid': natureError && index === 0 ? true : undefined },
        }))}
      />
      <Checkbox
        legend="Phases où cet appui est utile"
        state={phasesError ? 'error' : 'default'}
        stateRelatedMessage={phasesError}
        options={ASSISTANCE_PHASES.map((phase, index) => ({
          label: ASSISTANCE_PHASE_LABELS[phase],
          nativeInputProps: {
            name: 'phases',
            value: phase,
            checked: draft.phases.includes(phase),
            onChange: (e) => setDraft((d) => ({ ...d, phases: e.target.checked ? [...d.phases, phase] : d.phases.filter((p) => p !== phase) })),
            'aria-invalid': phasesError && index === 0 ? true : undefined,
          },
        }))}
      />
      <CarrierFields
        idPrefix="appui-libre"
        draft={draft}
        set={(key, value) => setDraft((d) => ({ ...d, [key]: value }))}
        errorFor={action.errorFor}
        actors={actors}
        pathwayId={assistance.pathwayId}
      />
      <Button type="submit" disabled={action.pending}>
        Ajouter l’appui au plan
      </Button>
    </form>
  );
}
