import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { CLOSURE_REASON_LABELS, CLOSURE_REASONS } from '../../../../common/pathway';
import { TextField } from '../../components/text-field';
import { DateField, TextAreaField } from './form-fields';
import { JuryResultFields } from './jury-result-fields';
import { JURY_FORMAT_LABELS } from './pathway-labels';
import type { TransitionDraft } from './transition-body';
import type { Pathway } from './types';

export interface TransitionFieldsProps {
  type: string;
  draft: TransitionDraft;
  set: <K extends keyof TransitionDraft>(key: K, value: TransitionDraft[K]) => void;
  errorFor: (name: string) => string | undefined;
  pathway: Pathway;
}

function ScheduleJuryFields({ draft, set, errorFor }: TransitionFieldsProps) {
  const formatError = errorFor('format');
  return (
    <>
      <DateField label="Date du jury" name="juryDay" value={draft.juryDay} onChange={(v) => set('juryDay', v)} error={errorFor('juryDay') ?? errorFor('date')} required />
      <DateField label="Heure du jury" hint="Heure de votre fuseau horaire" type="time" name="juryTime" value={draft.juryTime} onChange={(v) => set('juryTime', v)} error={errorFor('juryTime')} required />
      <TextField label="Lieu ou lien de connexion" name="place" value={draft.place} onChange={(v) => set('place', v)} error={errorFor('place')} maxLength={300} required />
      <RadioButtons
        legend="Modalité"
        name="format"
        state={formatError ? 'error' : 'default'}
        stateRelatedMessage={formatError}
        options={(['presentiel', 'distanciel'] as const).map((format, index) => ({
          label: JURY_FORMAT_LABELS[format],
          nativeInputProps: { value: format, checked: draft.format === format, onChange: () => set('format', format), 'aria-invalid': formatError && index === 0 ? true : undefined },
        }))}
      />
      <Checkbox
        legend="Convocation"
        options={[{ label: 'La convocation a été envoyée au candidat', nativeInputProps: { name: 'convocationSent', checked: draft.convocationSent, onChange: (e) => set('convocationSent', e.target.checked) } }]}
      />
    </>
  );
}

function CloseFields({ draft, set, errorFor }: TransitionFieldsProps) {
  const reasonError = errorFor('reason');
  return (
    <>
      <Select
        label="Motif de clôture"
        state={reasonError ? 'error' : 'default'}
        stateRelatedMessage={reasonError}
        nativeSelectProps={{ name: 'reason', value: draft.reason, required: true, onChange: (e) => set('reason', e.target.value), 'aria-invalid': reasonError ? true : undefined }}
      >
        <option value="" disabled>
          Sélectionner un motif
        </option>
        {CLOSURE_REASONS.map((reason) => (
          <option key={reason} value={reason}>
            {CLOSURE_REASON_LABELS[reason]}
          </option>
        ))}
      </Select>
      <TextAreaField label="Précisions (facultatif)" name="details" value={draft.details} onChange={(v) => set('details', v)} error={errorFor('details')} />
    </>
  );
}

/** The fields one transition needs; the steps without data show none. */
export function TransitionFields(props: TransitionFieldsProps) {
  const { type, draft, set, errorFor } = props;
  switch (type) {
    case 'declare_recevable':
      return <DateField label="Date de la décision de recevabilité" name="decidedOn" value={draft.decidedOn} onChange={(v) => set('decidedOn', v)} error={errorFor('decidedOn')} required />;
    case 'declare_non_recevable':
      return <TextAreaField label="Motifs de la non-recevabilité" name="reasons" value={draft.reasons} onChange={(v) => set('reasons', v)} error={errorFor('reasons')} required />;
    case 'declare_incomplete':
      return <TextAreaField label="Pièces ou informations manquantes" name="missing" value={draft.missing} onChange={(v) => set('missing', v)} error={errorFor('missing')} required />;
    case 'schedule_jury':
      return <ScheduleJuryFields {...props} />;
    case 'record_jury_result':
      return <JuryResultFields {...props} />;
    case 'hold_post_jury_interview':
      return (
        <>
          <DateField label="Date de l’entretien" name="heldOn" value={draft.heldOn} onChange={(v) => set('heldOn', v)} error={errorFor('heldOn')} required />
          <TextAreaField label="Synthèse de l’entretien" name="summary" value={draft.summary} onChange={(v) => set('summary', v)} error={errorFor('summary')} required />
        </>
      );
    case 'close':
      return <CloseFields {...props} />;
    default:
      return null;
  }
}
