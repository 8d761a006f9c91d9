/**
 * A repeatable group of the enrichment form (prices, training units…): a fieldset whose legend
 * names the group, one fieldset per row ("Tarif 2") with its "Retirer" button, and an "Ajouter"
 * button. Adding a row moves the focus to its first field; removing one moves it to the
 * "Ajouter" button and says which row went.
 */
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useContext, useState, type ReactNode } from 'react';
import { FieldErrorsContext, fieldId, focusField } from './enrichment-fields';
import { rowName, type RowLabels } from './enrichment-labels';

export interface RowListProps<R extends { key: string }> {
  /** The group's path in the draft ("prices"); a row is `${path}.${index}`. */
  path: string;
  labels: RowLabels & { legend: string };
  /** Puts the row's name in context ("Unité 2, session 1"). */
  owner?: string;
  rows: R[];
  onChange: (rows: R[]) => void;
  newRow: () => R;
  /** The fields of one row: `at(field)` is the path of a field, `set` changes some of the row's values. */
  renderRow: (row: R, at: (field: string) => string, set: (patch: Partial<R>) => void, index: number) => ReactNode;
  /** Headings level of the group's legend: a group inside a row is drawn smaller. */
  nested?: boolean;
}

export function RowList<R extends { key: string }>(props: RowListProps<R>) {
  const { path, labels, rows, onChange } = props;
  const { clearUnder } = useContext(FieldErrorsContext);
  const [announce, setAnnounce] = useState('');
  const name = (index: number) => (props.owner ? `${props.owner}, ${rowName(labels, index).toLowerCase()}` : rowName(labels, index));
  const addId = `${fieldId(path)}-ajouter`;

  const add = () => {
    onChange([...rows, props.newRow()]);
    setAnnounce('');
    focusField(`${path}.${rows.length}`);
  };
  const remove = (index: number) => {
    clearUnder(path);
    onChange(rows.filter((_, i) => i !== index));
    setAnnounce(`${name(index)} ${labels.removed}.`);
    requestAnimationFrame(() => document.getElementById(addId)?.focus());
  };

  return (
    <fieldset className={`fr-fieldset jalon-enrichment-group${props.nested ? ' jalon-enrichment-group--nested' : ''}`} id={fieldId(path)}>
      <legend className={`fr-fieldset__legend ${props.nested ? 'fr-text--md' : 'fr-text--lg'}`}>{labels.legend}</legend>
      {rows.length === 0 && (
        <div className="fr-fieldset__element">
          <p className="fr-hint-text fr-mb-0">{labels.none}</p>
        </div>
      )}
      {rows.map((row, index) => (
        <div key={row.key} className="fr-fieldset__element">
          <fieldset className="fr-fieldset jalon-enrichment-row" id={fieldId(`${path}.${index}`)}>
            <legend className="fr-fieldset__legend fr-text--md">{name(index)}</legend>
            <div className="fr-fieldset__element">
              {props.renderRow(
                row,
                (field) => `${path}.${index}.${field}`,
                (patch) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r))),
                index,
              )}
            </div>
            <div className="fr-fieldset__element">
              <Button type="button" priority="tertiary" size="small" iconId="fr-icon-delete-line" iconPosition="left" onClick={() => remove(index)}>
                {`${labels.remove} ${index + 1}`}
              </Button>
            </div>
          </fieldset>
        </div>
      ))}
      <div className="fr-fieldset__element">
        <Button type="button" priority="secondary" size="small" iconId="fr-icon-add-line" iconPosition="left" id={addId} onClick={add}>
          {labels.add}
        </Button>
        <p className="fr-sr-only" role="status">
          {announce}
        </p>
      </div>
    </fieldset>
  );
}
