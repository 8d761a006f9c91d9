/** Prices by funding route, as a repeatable group. */
import { FUNDING_ROUTE_LABELS } from './certification-labels';
import { emptyPrice, type FundingRoute, type PriceRow } from './enrichment-draft';
import { ChoiceInput, FieldRow, TextInput } from './enrichment-fields';
import type { PartProps } from './enrichment-general';
import { PRICE } from './enrichment-labels';
import { RowList } from './enrichment-rows';

const FUNDING_OPTIONS: readonly (readonly ['' | FundingRoute, string])[] = [['', 'Non précisée'], ...(Object.entries(FUNDING_ROUTE_LABELS) as [FundingRoute, string][])];

export const UNIT_OPTIONS = [
  ['total', 'Pour tout le parcours'],
  ['hour', 'De l’heure'],
] as const;

export const TAX_OPTIONS = [
  ['', 'Non précisé'],
  ['ttc', 'Toutes taxes comprises (TTC)'],
  ['ht', 'Hors taxes (HT)'],
] as const;

export function PricesFields({ value, onChange }: PartProps<PriceRow[]>) {
  return (
    <RowList
      path="prices"
      labels={PRICE}
      rows={value}
      onChange={onChange}
      newRow={emptyPrice}
      renderRow={(price, at, set) => (
        <>
          <FieldRow widths={[8, 4]}>
            <TextInput path={at('label')} label={PRICE.label} hint="Obligatoire, ex. Accompagnement VAE" value={price.label} onChange={(label) => set({ label })} />
            <ChoiceInput path={at('fundingRoute')} label={PRICE.fundingRoute} options={FUNDING_OPTIONS} value={price.fundingRoute} onChange={(fundingRoute) => set({ fundingRoute })} />
          </FieldRow>
          <FieldRow>
            <TextInput path={at('audience')} label={PRICE.audience} hint="Ex. Demandeur d’emploi" value={price.audience} onChange={(audience) => set({ audience })} />
            <TextInput path={at('provider')} label={PRICE.provider} hint="Ex. CNAM" value={price.provider} onChange={(provider) => set({ provider })} />
          </FieldRow>
          <FieldRow>
            <TextInput path={at('amountEuros')} label={PRICE.amountEuros} hint="Obligatoire, en euros, ex. 1 500 ou 80,50" number value={price.amountEuros} onChange={(amountEuros) => set({ amountEuros })} />
            <ChoiceInput path={at('unit')} label={PRICE.unit} options={UNIT_OPTIONS} value={price.unit} onChange={(unit) => set({ unit })} />
            <ChoiceInput path={at('taxIncluded')} label={PRICE.taxIncluded} options={TAX_OPTIONS} value={price.taxIncluded} onChange={(taxIncluded) => set({ taxIncluded })} />
          </FieldRow>
        </>
      )}
    />
  );
}
