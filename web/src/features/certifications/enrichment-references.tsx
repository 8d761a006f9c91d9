/** Notes on the competence blocs, ROME appellations and the sources of the information, as repeatable groups. */
import { emptyBlocNote, emptyRome, emptySource, type BlocNoteRow, type RomeRow, type SourceRow } from './enrichment-draft';
import { FieldRow, TextArea, TextInput } from './enrichment-fields';
import type { PartProps } from './enrichment-general';
import { BLOC_NOTE, ROME, SOURCE } from './enrichment-labels';
import { RowList } from './enrichment-rows';

export function BlocNotesFields({ value, onChange }: PartProps<BlocNoteRow[]>) {
  return (
    <RowList
      path="blocNotes"
      labels={BLOC_NOTE}
      rows={value}
      onChange={onChange}
      newRow={emptyBlocNote}
      renderRow={(note, at, set) => (
        <>
          <TextInput path={at('blocCode')} label={BLOC_NOTE.blocCode} hint="Obligatoire, ex. RNCP37274BC01" value={note.blocCode} onChange={(blocCode) => set({ blocCode })} />
          <TextArea path={at('vaeFocus')} label={BLOC_NOTE.vaeFocus} hint="Obligatoire" rows={4} value={note.vaeFocus} onChange={(vaeFocus) => set({ vaeFocus })} />
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
