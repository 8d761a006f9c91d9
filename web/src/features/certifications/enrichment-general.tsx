/** The enrichment form's first parts: where to file (Livrets, platforms), the jury, the validation rates and conditions. */
import type { EnrichmentDraft } from './enrichment-draft';
import { FieldRow, TextArea, TextInput } from './enrichment-fields';
import { CONDITIONS, FILING, JURY, RATES } from './enrichment-labels';

export interface PartProps<T> {
  value: T;
  onChange: (value: T) => void;
}

/** `set('field')` gives the change handler of one field of a part. */
export const setter =
  <T extends object>(value: T, onChange: (value: T) => void) =>
  <K extends keyof T>(field: K) =>
  (v: T[K]) =>
    onChange({ ...value, [field]: v });

const ONE_PER_LINE = 'Une par ligne';

export function FilingFields({ value, onChange }: PartProps<EnrichmentDraft['filing']>) {
  const set = setter(value, onChange);
  return (
    <fieldset className="fr-fieldset jalon-enrichment-group" id="enrichment-filing">
      <legend className="fr-fieldset__legend fr-text--lg">{FILING.legend}</legend>
      <div className="fr-fieldset__element">
        <TextInput path="filing.filingBody" label={FILING.filingBody} hint="Obligatoire dès qu’une information de dépôt est renseignée. Ex. DAVA de l’académie de résidence" value={value.filingBody} onChange={set('filingBody')} />
        <FieldRow>
          <TextInput path="filing.feasibilityFile" label={FILING.feasibilityFile} hint="Nom du dossier, ex. Livret 1" value={value.feasibilityFile} onChange={set('feasibilityFile')} />
          <TextInput path="filing.validationFile" label={FILING.validationFile} hint="Nom du dossier, ex. Livret 2" value={value.validationFile} onChange={set('validationFile')} />
        </FieldRow>
        <TextArea path="filing.steps" label={FILING.steps} hint="Une étape par ligne" rows={4} value={value.steps} onChange={set('steps')} />
        <FieldRow>
          <TextArea path="filing.platforms" label={FILING.platforms} hint={ONE_PER_LINE} value={value.platforms} onChange={set('platforms')} />
          <TextInput path="filing.admissibilityDelayMonths" label={FILING.admissibilityDelayMonths} hint="Nombre entier, ex. 2" number value={value.admissibilityDelayMonths} onChange={set('admissibilityDelayMonths')} />
        </FieldRow>
      </div>
    </fieldset>
  );
}

export function JuryFields({ value, onChange }: PartProps<EnrichmentDraft['jury']>) {
  const set = setter(value, onChange);
  return (
    <fieldset className="fr-fieldset jalon-enrichment-group" id="enrichment-jury">
      <legend className="fr-fieldset__legend fr-text--lg">{JURY.legend}</legend>
      <div className="fr-fieldset__element">
        <FieldRow>
          <TextInput path="jury.durationMinutes" label={JURY.durationMinutes} hint="Nombre entier, ex. 45" number value={value.durationMinutes} onChange={set('durationMinutes')} />
          <TextInput path="jury.presentationMinutes" label={JURY.presentationMinutes} hint="Nombre entier, ex. 10" number value={value.presentationMinutes} onChange={set('presentationMinutes')} />
        </FieldRow>
        <TextInput path="jury.composition" label={JURY.composition} value={value.composition} onChange={set('composition')} />
        <TextArea path="jury.description" label={JURY.description} hint="Un paragraphe par ligne" rows={4} value={value.description} onChange={set('description')} />
        <TextArea path="jury.outcomes" label={JURY.outcomes} hint="Une issue par ligne, ex. Validation totale : …" value={value.outcomes} onChange={set('outcomes')} />
      </div>
    </fieldset>
  );
}

export function RatesFields({ value, onChange }: PartProps<EnrichmentDraft['rates']>) {
  const set = setter(value, onChange);
  const hint = 'Entre 0 et 100, ex. 62,5';
  return (
    <fieldset className="fr-fieldset jalon-enrichment-group" id="enrichment-rates">
      <legend className="fr-fieldset__legend fr-text--lg">{RATES.legend}</legend>
      <div className="fr-fieldset__element">
        <FieldRow>
          <TextInput path="rates.total" label={RATES.total} hint={hint} number value={value.total} onChange={set('total')} />
          <TextInput path="rates.partial" label={RATES.partial} hint={hint} number value={value.partial} onChange={set('partial')} />
          <TextInput path="rates.refusal" label={RATES.refusal} hint={hint} number value={value.refusal} onChange={set('refusal')} />
        </FieldRow>
        <TextInput path="rates.source" label={RATES.source} value={value.source} onChange={set('source')} />
      </div>
    </fieldset>
  );
}

export function ConditionsField({ value, onChange }: PartProps<string>) {
  return (
    <div className="jalon-enrichment-group">
      <TextArea path="validationConditions" label={CONDITIONS} hint="Une condition par ligne" rows={4} value={value} onChange={onChange} />
    </div>
  );
}
