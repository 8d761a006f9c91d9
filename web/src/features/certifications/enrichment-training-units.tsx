/** The training units (code, title, kind, ECTS, hours, mandatory, modality) and the sessions of each per academic year. */
import { emptySemester, emptyUnit, type UnitRow } from './enrichment-draft';
import { ChoiceInput, FieldRow, TextInput } from './enrichment-fields';
import type { PartProps } from './enrichment-general';
import { rowName, SEMESTER, UNIT } from './enrichment-labels';
import { RowList } from './enrichment-rows';

export const KIND_OPTIONS = [
  ['teaching', 'Unité d’enseignement (UE)'],
  ['activity', 'Unité d’activité (UA : expérience, rapport)'],
] as const;

export const MANDATORY_OPTIONS = [
  ['yes', 'Obligatoire'],
  ['no', 'Optionnelle'],
] as const;

export const MODALITY_OPTIONS = [
  ['', 'Non précisée'],
  ['presentiel', 'Présentiel'],
  ['distance', 'À distance'],
  ['mixte', 'Mixte (présentiel et distance)'],
] as const;

export function TrainingUnitsFields({ value, onChange }: PartProps<UnitRow[]>) {
  return (
    <RowList
      path="training.units"
      labels={UNIT}
      nested
      rows={value}
      onChange={onChange}
      newRow={emptyUnit}
      renderRow={(unit, at, set, index) => (
        <>
          <FieldRow widths={[4, 8]}>
            <TextInput path={at('code')} label={UNIT.code} hint="Obligatoire, ex. FPG003" value={unit.code} onChange={(code) => set({ code })} />
            <TextInput path={at('title')} label={UNIT.title} hint="Obligatoire" value={unit.title} onChange={(title) => set({ title })} />
          </FieldRow>
          <FieldRow>
            <ChoiceInput path={at('kind')} label={UNIT.kind} options={KIND_OPTIONS} value={unit.kind} onChange={(kind) => set({ kind })} />
            <ChoiceInput path={at('mandatory')} label={UNIT.mandatory} options={MANDATORY_OPTIONS} value={unit.mandatory} onChange={(mandatory) => set({ mandatory })} />
            <ChoiceInput path={at('modality')} label={UNIT.modality} options={MODALITY_OPTIONS} value={unit.modality} onChange={(modality) => set({ modality })} />
          </FieldRow>
          <FieldRow>
            <TextInput path={at('ects')} label={UNIT.ects} hint="Ex. 6" number value={unit.ects} onChange={(ects) => set({ ects })} />
            <TextInput path={at('hours')} label={UNIT.hours} hint="Ex. 51 ou 12,5" number value={unit.hours} onChange={(hours) => set({ hours })} />
          </FieldRow>
          <RowList
            path={at('semesters')}
            labels={SEMESTER}
            owner={rowName(UNIT, index)}
            nested
            rows={unit.semesters}
            onChange={(semesters) => set({ semesters })}
            newRow={emptySemester}
            renderRow={(session, sAt, setSession) => (
              <FieldRow>
                <TextInput path={sAt('academicYear')} label={SEMESTER.academicYear} hint="Ex. 2025/2026" value={session.academicYear} onChange={(academicYear) => setSession({ academicYear })} />
                <TextInput path={sAt('period')} label={SEMESTER.period} hint="Ex. Semestre 1, Annuel" value={session.period} onChange={(period) => setSession({ period })} />
              </FieldRow>
            )}
          />
        </>
      )}
    />
  );
}
