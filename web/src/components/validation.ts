/** Small client-side checks, run before sending a form; the server stays the authority. */

export const REQUIRED_MESSAGE = 'Ce champ est obligatoire.';
export const EMAIL_MESSAGE = 'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.';

export function isPlausibleEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

/** Message for an e-mail field, or undefined when it looks valid. */
export function emailError(value: string): string | undefined {
  if (value.trim() === '') return REQUIRED_MESSAGE;
  if (!isPlausibleEmail(value)) return EMAIL_MESSAGE;
  return undefined;
}

/** Message for a required text field, or undefined when filled. */
export function requiredError(value: string): string | undefined {
  return value.trim() === '' ? REQUIRED_MESSAGE : undefined;
}

/** Keeps only the fields that have a message. */
export function compactErrors(errors: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, message] of Object.entries(errors)) if (message) result[name] = message;
  return result;
}

/** Moves the focus to the first field in error of a form, after React has rendered it. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  if (!form) return;
  requestAnimationFrame(() => {
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}
