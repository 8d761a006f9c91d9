/** Dispenses, equivalences (bridges to other certifications) and further studies, as repeatable groups. */
import { emptyDispense, emptyEquivalence, emptyFurtherStudy, type DispenseRow, type EquivalenceRow, type FurtherStudyRow } from './enrichment-draft';
import { FieldRow, TextArea, TextInput } from './enrichment-fields';
import type { PartProps } from './enrichment-general';
import { DISPENSE, EQUIVALENCE, FURTHER_STUDY } from './enrichment-labels';
import { RowList } from './enrichment-rows';

export function DispensesFields({ value, onChange }: PartProps<DispenseRow[]>) {
  return (
    <RowList
      path="dispenses"
      labels={DISPENSE}
      rows={value}
      onChange={onChange}
      newRow={emptyDispense}
      renderRow={(row, at, set) => (
        <>
          <TextArea path={at('description')} label={DISPENSE.description} hint="Obligatoire" value={row.description} onChange={(description) => set({ description })} />
          <FieldRow>
            <TextInput path={at('condition')} label={DISPENSE.condition} hint="Ex. certification déjà détenue" value={row.condition} onChange={(condition) => set({ condition })} />
            <TextInput path={at('reference')} label={DISPENSE.reference} hint="Ex. arrêté du 21 novembre 2022" value={row.reference} onChange={(reference) => set({ reference })} />
          </FieldRow>
        </>
      )}
    />
  );
}

export function EquivalencesFields({ value, onChange }: PartProps<EquivalenceRow[]>) {
  return (
    <RowList
      path="equivalences"
      labels={EQUIVALENCE}
      rows={value}
      onChange={onChange}
      newRow={emptyEquivalence}
      renderRow={(row, at, set) => (
        <>
          <FieldRow widths={[7, 5]}>
            <TextInput path={at('target')} label={EQUIVALENCE.target} hint="Obligatoire, son intitulé" value={row.target} onChange={(target) => set({ target })} />
            <TextInput path={at('targetCode')} label={EQUIVALENCE.targetCode} hint="Facultatif, ex. RNCP35830 : la fiche renvoie alors vers cette certification si le catalogue la contient" value={row.targetCode} onChange={(targetCode) => set({ targetCode })} />
          </FieldRow>
          <TextArea path={at('description')} label={EQUIVALENCE.description} hint="Obligatoire" value={row.description} onChange={(description) => set({ description })} />
          <FieldRow>
            <TextInput path={at('modulesExempted')} label={EQUIVALENCE.modulesExempted} hint="Nombre entier, ex. 5" number value={row.modulesExempted} onChange={(modulesExempted) => set({ modulesExempted })} />
            <TextInput path={at('modulesTotal')} label={EQUIVALENCE.modulesTotal} hint="Nombre entier, ex. 8" number value={row.modulesTotal} onChange={(modulesTotal) => set({ modulesTotal })} />
          </FieldRow>
        </>
      )}
    />
  );
}

export function FurtherStudiesFields({ value, onChange }: PartProps<FurtherStudyRow[]>) {
  return (
    <RowList
      path="furtherStudies"
      labels={FURTHER_STUDY}
      rows={value}
      onChange={onChange}
      newRow={emptyFurtherStudy}
      renderRow={(row, at, set) => (
        <>
          <TextArea path={at('description')} label={FURTHER_STUDY.description} hint="Obligatoire" value={row.description} onChange={(description) => set({ description })} />
          <FieldRow>
            <TextInput path={at('targetLevel')} label={FURTHER_STUDY.targetLevel} hint="Niveau du cadre national, ex. 6" number value={row.targetLevel} onChange={(targetLevel) => set({ targetLevel })} />
            <TextInput path={at('reference')} label={FURTHER_STUDY.reference} hint="Ex. code du diplôme" value={row.reference} onChange={(reference) => set({ reference })} />
          </FieldRow>
        </>
      )}
    />
  );
}
