/**
 * The inputs of the enrichment form. Each field is named by its path in the draft
 * ("prices.1.amountEuros"), which gives its id and finds its error message in the form's context.
 */
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { createContext, useContext, type ReactNode } from 'react';

export interface FieldErrors {
  errors: Readonly<Record<string, string>>;
  /** Forgets the message of a field once it is changed. */
  clear: (path: string) => void;
  /** Forgets the messages of a group's rows (their numbers change when one is removed). */
  clearUnder: (path: string) => void;
}

export const FieldErrorsContext = createContext<FieldErrors>({ errors: {}, clear: () => undefined, clearUnder: () => undefined });

/** The id of a field (or of a row's fieldset) in the page. */
export const fieldId = (path: string) => `enrichment-${path.replace(/\./g, '-')}`;

/** Moves the focus to a field, or to the first field of a row, once React has rendered it. */
export function focusField(path: string): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(fieldId(path));
    const target = element?.matches('input, select, textarea, button') ? element : element?.querySelector<HTMLElement>('input, select, textarea');
    target?.focus();
  });
}

interface FieldProps {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
}

function useField(path: string, onChange: (value: string) => void) {
  const { errors, clear } = useContext(FieldErrorsContext);
  const error = errors[path];
  const change = (value: string) => {
    if (error) clear(path);
    onChange(value);
  };
  return { error, change, state: error ? ('error' as const) : ('default' as const) };
}

/** A one-line text field; `number` asks for the decimal keyboard (the value is checked on saving). */
export function TextInput(props: FieldProps & { number?: boolean; type?: 'text' | 'date' }) {
  const { error, change, state } = useField(props.path, props.onChange);
  return (
    <Input
      label={props.label}
      hintText={props.hint}
      state={state}
      stateRelatedMessage={error}
      nativeInputProps={{
        id: fieldId(props.path),
        name: props.path,
        type: props.type ?? 'text',
        value: props.value,
        onChange: (e) => change(e.target.value),
        inputMode: props.number ? 'decimal' : undefined,
        'aria-invalid': error ? true : undefined,
      }}
    />
  );
}

/** A text area (for a list, one item per line). */
export function TextArea(props: FieldProps & { rows?: number }) {
  const { error, change, state } = useField(props.path, props.onChange);
  return (
    <Input
      label={props.label}
      hintText={props.hint}
      textArea
      state={state}
      stateRelatedMessage={error}
      nativeTextAreaProps={{ id: fieldId(props.path), name: props.path, value: props.value, rows: props.rows ?? 3, onChange: (e) => change(e.target.value) }}
    />
  );
}

/**
 * A choice among fixed values (the schema's enums, the record's blocs); `options` are [value, French
 * label]; `disabledValues` are shown but cannot be chosen.
 */
export function ChoiceInput<V extends string>(props: {
  path: string;
  label: string;
  value: V;
  onChange: (value: V) => void;
  options: readonly (readonly [V, string])[];
  disabledValues?: readonly V[];
  hint?: ReactNode;
}) {
  const { error, change, state } = useField(props.path, (value) => {
    const chosen = props.options.find(([option]) => option === value);
    if (chosen) props.onChange(chosen[0]);
  });
  return (
    <Select
      label={props.label}
      hint={props.hint}
      state={state}
      stateRelatedMessage={error}
      nativeSelectProps={{
        id: fieldId(props.path),
        name: props.path,
        value: props.value,
        onChange: (e) => change(e.target.value),
        'aria-invalid': error ? true : undefined,
      }}
    >
      {props.options.map(([value, label]) => (
        <option key={value} value={value} disabled={props.disabledValues?.includes(value)}>
          {label}
        </option>
      ))}
    </Select>
  );
}

/** Fields side by side on wide screens, one under the other on phones. */
export function FieldRow({ children, widths }: { children: ReactNode[]; widths?: number[] }) {
  return (
    <div className="jalon-field-row">
      <div className="fr-grid-row fr-grid-row--gutters">
        {children.map((child, i) => (
          <div key={i} className={`fr-col-12 fr-col-md-${widths?.[i] ?? Math.floor(12 / children.length)}`}>
            {child}
          </div>
        ))}
      </div>
    </div>
  );
}
