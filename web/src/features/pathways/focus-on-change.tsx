import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Moves the focus to its content each time `trigger` becomes a new non-null value, so a screen
 * reader reads the alert that follows a submit (RGAA 7.5) and keyboard users land on it.
 */
export function FocusOnChange({ trigger, children }: { trigger: unknown; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (trigger !== null && trigger !== undefined) ref.current?.focus();
  }, [trigger]);
  return (
    <div ref={ref} tabIndex={-1}>
      {children}
    </div>
  );
}
