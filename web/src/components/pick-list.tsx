import { Button } from '@codegouvfr/react-dsfr/Button';
import { useId, useState } from 'react';

export interface PickOption {
  value: string;
  label: string;
  /** Options with the same group are shown under one heading in the list. */
  group?: string;
}

export interface PickListProps {
  label: string;
  hint?: string;
  options: PickOption[];
  selected: string[];
  onChange: (selected: string[]) => void;
  error?: string;
  /** Text of the add button, e.g. "Ajouter le département". */
  addLabel: string;
  /** Shown when nothing is selected. */
  emptyText: string;
  optional?: boolean;
}

function groupOptions(options: PickOption[]): [string | undefined, PickOption[]][] {
  const groups = new Map<string | undefined, PickOption[]>();
  for (const option of options) {
    const list = groups.get(option.group) ?? [];
    list.push(option);
    groups.set(option.group, list);
  }
  return [...groups.entries()];
}

/**
 * Accessible multiple choice: a select plus an "add" button, and the chosen values as a list
 * with one "remove" button each. Works with the keyboard alone and never changes anything
 * while the user moves through the options.
 */
export function PickList(props: PickListProps) {
  const { label, hint, options, selected, onChange, error, addLabel, emptyText, optional } = props;
  const baseId = useId();
  const selectId = `${baseId}-select`;
  const messageId = `${baseId}-message`;
  const listId = `${baseId}-selected`;
  const [candidate, setCandidate] = useState('');
  const available = options.filter((option) => !selected.includes(option.value));
  const labelOf = (value: string) => options.find((option) => option.value === value)?.label ?? value;

  const add = () => {
    if (candidate === '' || selected.includes(candidate)) return;
    onChange([...selected, candidate]);
    setCandidate('');
  };

  return (
    <fieldset className={`fr-fieldset${error ? ' fr-fieldset--error' : ''}`} aria-describedby={error ? messageId : undefined}>
      <legend className="fr-fieldset__legend fr-text--regular">
        {label}
        {optional ? ' (facultatif)' : ''}
        {hint && <span className="fr-hint-text">{hint}</span>}
      </legend>
      <div className="fr-fieldset__element">
        <div className="jalon-pick-list__picker">
          <div className={`fr-select-group${error ? ' fr-select-group--error' : ''}`}>
            <label className="fr-label" htmlFor={selectId}>
              {`Choisir : ${label.toLowerCase()}`}
            </label>
            <select
              id={selectId}
              className="fr-select"
              value={candidate}
              onChange={(event) => setCandidate(event.target.value)}
              aria-describedby={`${listId}${error ? ` ${messageId}` : ''}`}
            >
              <option value="">Sélectionner une option</option>
              {groupOptions(available).map(([group, items]) =>
                group === undefined ? (
                  items.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))
                ) : (
                  <optgroup key={group} label={group}>
                    {items.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </optgroup>
                ),
              )}
            </select>
          </div>
          <Button type="button" priority="secondary" onClick={add} disabled={candidate === ''}>
            {addLabel}
          </Button>
        </div>
      </div>
      <div className="fr-fieldset__element" id={listId}>
        {selected.length === 0 ? (
          <p className="fr-text--sm fr-mb-0">{emptyText}</p>
        ) : (
          <ul className="fr-tags-group" aria-label={`Sélection : ${label.toLowerCase()}`}>
            {selected.map((value) => (
              <li key={value}>
                <button
                  type="button"
                  className="fr-tag fr-tag--dismiss"
                  aria-label={`Retirer ${labelOf(value)}`}
                  onClick={() => onChange(selected.filter((item) => item !== value))}
                >
                  {labelOf(value)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {error && (
        <div className="fr-messages-group" id={messageId} aria-live="polite">
          <p className="fr-message fr-message--error">{error}</p>
        </div>
      )}
    </fieldset>
  );
}
