import { useCallback, useState } from 'react';
import { apiFetch, type ApiError, type HttpMethod } from '../../api/client';
import { useMutation } from '../../components/use-mutation';
import { focusFirstInvalid } from '../../components/validation';
import type { Built } from './request-bodies';
import type { Assistance } from './types';

/** A new object at each outcome, so the alert takes the focus again after each submit. */
export interface Outcome {
  success: string | null;
  error: ApiError | null;
}

export interface AssistanceAction {
  pending: boolean;
  outcome: Outcome | null;
  /** The message of a field, from the local checks or the server. */
  errorFor: (name: string) => string | undefined;
  /** Checks the built body, sends it and hands the updated assistance over; true when saved. */
  submit: <T>(form: HTMLFormElement | null, built: Built<T>, method: HttpMethod, path: string, success: string) => Promise<boolean>;
  clear: () => void;
}

/** The life of one form of the assistance page: local checks, request, outcome and focus. */
export function useAssistanceAction(onChanged: (assistance: Assistance) => void): AssistanceAction {
  const mutation = useMutation();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const submit = useCallback(
    async <T>(form: HTMLFormElement | null, built: Built<T>, method: HttpMethod, path: string, success: string) => {
      if (!built.ok) {
        setLocalErrors(built.errors);
        setOutcome(null);
        mutation.clearError();
        focusFirstInvalid(form);
        return false;
      }
      setLocalErrors({});
      const result = await mutation.run(() => apiFetch<Assistance>(path, { method, body: built.body }));
      if (result.ok) {
        setOutcome({ success, error: null });
        onChanged(result.value);
        return true;
      }
      setOutcome({ success: null, error: result.error });
      if (Object.keys(result.error.fields).length > 0) focusFirstInvalid(form);
      return false;
    },
    [mutation, onChanged],
  );

  const clear = useCallback(() => {
    setOutcome(null);
    setLocalErrors({});
    mutation.clearError();
  }, [mutation]);

  const errorFor = (name: string) => localErrors[name] ?? mutation.fieldError(name);
  return { pending: mutation.pending, outcome, errorFor, submit, clear };
}

export function assistancePath(assistance: Pick<Assistance, 'id'>, rest = ''): string {
  return `/api/assistances/${encodeURIComponent(assistance.id)}${rest}`;
}
