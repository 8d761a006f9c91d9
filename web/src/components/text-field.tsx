import { Input } from '@codegouvfr/react-dsfr/Input';
import type { HTMLInputAutoCompleteAttribute, ReactNode } from 'react';

export interface TextFieldProps {
  label: ReactNode;
  name: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'search' | 'tel' | 'url';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  required?: boolean;
  hint?: ReactNode;
  /** Error message tied to the field (shown under it and referenced by aria-describedby). */
  error?: string;
  disabled?: boolean;
  /** Extra ids to reference from aria-describedby (e.g. a live list of rules). */
  describedBy?: string;
  inputMode?: 'text' | 'numeric' | 'email';
  pattern?: string;
  maxLength?: number;
  spellCheck?: boolean;
}

/** A labelled DSFR text input whose error message is tied to the field. */
export function TextField(props: TextFieldProps) {
  const { label, name, value, onChange, type = 'text', autoComplete, required, hint, error, disabled, describedBy } = props;
  return (
    <Input
      label={label}
      hintText={hint}
      disabled={disabled}
      state={error ? 'error' : 'default'}
      stateRelatedMessage={error}
      nativeInputProps={{
        name,
        type,
        value,
        onChange: (event) => onChange(event.target.value),
        autoComplete,
        required,
        inputMode: props.inputMode,
        pattern: props.pattern,
        maxLength: props.maxLength,
        spellCheck: props.spellCheck,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      }}
    />
  );
}
