/** Insertion figures: their source and year, the rates (a repeatable group) and remarks. */
import { emptyInsertionRate, type EnrichmentDraft } from './enrichment-draft';
import { FieldRow, TextArea, TextInput } from './enrichment-fields';
import { setter, type PartProps } from './enrichment-general';
import { INSERTION, INSERTION_RATE } from './enrichment-labels';
import { RowList } from './enrichment-rows';

export function InsertionFields({ value, onChange }: PartProps<EnrichmentDraft['insertion']>) {
  const set = setter(value, onChange);
  return (
    <fieldset className="fr-fieldset jalon-enrichment-group" id="enrichment-insertion">
      <legend className="fr-fieldset__legend fr-text--lg">{INSERTION.legend}</legend>
      <div className="fr-fieldset__element">
        <FieldRow widths={[8, 4]}>
          <TextInput path="insertion.source" label={INSERTION.source} hint="Ex. InserJeunes" value={value.source} onChange={set('source')} />
          <TextInput path="insertion.year" label={INSERTION.year} hint="Ex. 2023" number value={value.year} onChange={set('year')} />
        </FieldRow>
        <RowList
          path="insertion.rates"
          labels={INSERTION_RATE}
          nested
          rows={value.rates}
          onChange={set('rates')}
          newRow={emptyInsertionRate}
          renderRow={(row, at, setRow) => (
            <FieldRow widths={[8, 4]}>
              <TextInput path={at('label')} label={INSERTION_RATE.label} hint="Ex. Taux d’emploi à 6 mois" value={row.label} onChange={(label) => setRow({ label })} />
              <TextInput path={at('value')} label={INSERTION_RATE.value} hint="Entre 0 et 100" number value={row.value} onChange={(v) => setRow({ value: v })} />
            </FieldRow>
          )}
        />
        <TextArea path="insertion.notes" label={INSERTION.notes} hint="Une remarque par ligne" value={value.notes} onChange={set('notes')} />
      </div>
    </fieldset>
  );
}
