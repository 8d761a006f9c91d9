/** Notes on the competence blocs, ROME appellations and the sources of the information, as repeatable groups. */
import { emptyBlocNote, emptyRome, emptySource, type BlocNoteRow, type RomeRow, type SourceRow } from './enrichment-draft';
import { ChoiceInput, FieldRow, TextArea, TextInput } from './enrichment-fields';
import type { PartProps } from './enrichment-general';
import { BLOC_NOTE, ROME, SOURCE } from './enrichment-labels';
import { RowList } from './enrichment-rows';
import type { CertificationView } from './types';

type Bloc = Pick<CertificationView['blocs'][number], 'code' | 'label'>;

/**
 * The record's blocs to choose from ("RNCP37274BC01 – Accueillir…"). A code the record no longer
 * has stays listed under its note, so that the note can be seen and moved or removed.
 */
function blocOptions(blocs: readonly Bloc[], current: string): [string, string][] {
  const options: [string, string][] = [['', 'Choisir un bloc'], ...blocs.map((b): [string, string] => [b.code, `${b.code} – ${b.label}`])];
  if (current !== '' && !blocs.some((b) => b.code === current)) options.push([current, `${current} (ne fait plus partie de cette certification)`]);
  return options;
}

/** One note per bloc: a bloc another note already covers is shown but cannot be chosen again. */
export function BlocNotesFields({ value, onChange, blocs }: PartProps<BlocNoteRow[]> & { blocs: readonly Bloc[] }) {
  if (blocs.length === 0 && value.length === 0) {
    return (
      <fieldset className="fr-fieldset jalon-enrichment-group" id="enrichment-blocNotes">
        <legend className="fr-fieldset__legend fr-text--lg">{BLOC_NOTE.legend}</legend>
        <div className="fr-fieldset__element">
          <p className="fr-hint-text fr-mb-0">Le registre ne décrit pas de blocs de compétences pour cette certification : aucune note de bloc n’est possible.</p>
        </div>
      </fieldset>
    );
  }
  return (
    <RowList
      path="blocNotes"
      labels={BLOC_NOTE}
      rows={value}
      onChange={onChange}
      newRow={emptyBlocNote}
      renderRow={(note, at, set, index) => (
        <>
          <ChoiceInput
            path={at('blocCode')}
            label={BLOC_NOTE.blocCode}
            hint="Obligatoire"
            options={blocOptions(blocs, note.blocCode)}
            disabledValues={value.flatMap((other, i) => (i !== index && other.blocCode !== '' ? [other.blocCode] : []))}
            value={note.blocCode}
            onChange={(blocCode) => set({ blocCode })}
          />
          <TextArea path={at('vaeFocus')} label={BLOC_NOTE.vaeFocus} hint="Ce champ, les prérequis ou les deux" rows={4} value={note.vaeFocus} onChange={(vaeFocus) => set({ vaeFocus })} />
          <TextArea
            path={at('prerequisites')}
            label={BLOC_NOTE.prerequisites}
            hint="Ce qu’il faut savoir ou détenir avant de présenter ce bloc (affiché sous le bloc dans la fiche)"
            rows={3}
            value={note.prerequisites}
            onChange={(prerequisites) => set({ prerequisites })}
          />
        </>
      )}
    />
  );
}

export function RomeFields({ value, onChange }: PartProps<RomeRow[]>) {
  return (
    <RowList
      path="romeAppellations"
      labels={ROME}
      rows={value}
      onChange={onChange}
      newRow={emptyRome}
      renderRow={(appellation, at, set) => (
        <FieldRow widths={[4, 8]}>
          <TextInput path={at('romeCode')} label={ROME.romeCode} hint="Une lettre et quatre chiffres, ex. K1801" value={appellation.romeCode} onChange={(romeCode) => set({ romeCode })} />
          <TextInput path={at('label')} label={ROME.label} hint="Obligatoire" value={appellation.label} onChange={(label) => set({ label })} />
        </FieldRow>
      )}
    />
  );
}

export function SourcesFields({ value, onChange }: PartProps<SourceRow[]>) {
  return (
    <RowList
      path="sources"
      labels={SOURCE}
      rows={value}
      onChange={onChange}
      newRow={emptySource}
      renderRow={(source, at, set) => (
        <FieldRow>
          <TextInput path={at('document')} label={SOURCE.document} hint="Obligatoire" value={source.document} onChange={(document) => set({ document })} />
          <TextInput path={at('note')} label={SOURCE.note} value={source.note} onChange={(note) => set({ note })} />
        </FieldRow>
      )}
    />
  );
}
