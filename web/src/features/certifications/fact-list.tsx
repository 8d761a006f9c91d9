import { Fragment, type ReactNode } from 'react';

/** A label and its value; a missing value (null, undefined, false, '') leaves the line out. */
export type Fact = [label: string, value: ReactNode];

/** A two-column description list of facts, without the lines that have no value. */
export function FactList({ facts, className = 'fr-mb-3w' }: { facts: Fact[]; className?: string }) {
  const shown = facts.filter(([, value]) => value != null && value !== false && value !== '');
  if (shown.length === 0) return null;
  return (
    <dl className={`jalon-facts ${className}`}>
      {shown.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
