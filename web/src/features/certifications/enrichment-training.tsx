/** The training part: provider, totals, accreditation, access delays and the units (enrichment-training-units.tsx). */
import type { EnrichmentDraft } from './enrichment-draft';
import { FieldRow, TextArea, TextInput } from './enrichment-fields';
import { setter, type PartProps } from './enrichment-general';
import { TRAINING } from './enrichment-labels';
import { TrainingUnitsFields } from './enrichment-training-units';

export function TrainingFields({ value, onChange }: PartProps<EnrichmentDraft['training']>) {
  const set = setter(value, onChange);
  return (
    <fieldset className="fr-fieldset jalon-enrichment-group" id="enrichment-training">
      <legend className="fr-fieldset__legend fr-text--lg">{TRAINING.legend}</legend>
      <div className="fr-fieldset__element">
        <TextInput path="training.provider" label={TRAINING.provider} hint="Ex. CNAM" value={value.provider} onChange={set('provider')} />
        <FieldRow>
          <TextInput path="training.totalHours" label={TRAINING.totalHours} hint="Ex. 657" number value={value.totalHours} onChange={set('totalHours')} />
          <TextInput path="training.totalEcts" label={TRAINING.totalEcts} hint="Ex. 120" number value={value.totalEcts} onChange={set('totalEcts')} />
          <TextInput path="training.accreditationUntil" label={TRAINING.accreditationUntil} hint="Date de fin d’habilitation" type="date" value={value.accreditationUntil} onChange={set('accreditationUntil')} />
        </FieldRow>
        <TextArea path="training.accessDelays" label={TRAINING.accessDelays} hint="Un délai par ligne, ex. UE du 1er semestre : inscription entre mai et octobre" value={value.accessDelays} onChange={set('accessDelays')} />
        <TrainingUnitsFields value={value.units} onChange={set('units')} />
      </div>
    </fieldset>
  );
}
