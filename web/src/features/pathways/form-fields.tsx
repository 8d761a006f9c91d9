import { Input } from '@codegouvfr/react-dsfr/Input';
import type { ReactNode } from 'react';

/** Props shared by the small fields of the pathway forms; the error is tied to the field. */
interface FieldProps {
  label: ReactNode;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
}

function stateOf(error: string | undefined) {
  return { state: error ? ('error' as const) : ('default' as const), stateRelatedMessage: error };
}

/** A date or time input (TextField only knows the text-like types). */
export function DateField(props: FieldProps & { type?: 'date' | 'time' }) {
  return (
    <Input
      label={props.label}
      hintText={props.hint}
      {...stateOf(props.error)}
      nativeInputProps={{
        name: props.name,
        type: props.type ?? 'date',
        value: props.value,
        required: props.required,
        onChange: (event) => props.onChange(event.target.value),
        'aria-invalid': props.error ? true : undefined,
      }}
    />
  );
}

export function TextAreaField(props: FieldProps) {
  return (
    <Input
      label={props.label}
      hintText={props.hint}
      textArea
      {...stateOf(props.error)}
      nativeTextAreaProps={{
        name: props.name,
        value: props.value,
        rows: 4,
        maxLength: 5000,
        required: props.required,
        onChange: (event) => props.onChange(event.target.value),
        'aria-invalid': props.error ? true : undefined,
      }}
    />
  );
}
