import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** The link back to the list, above a detail page's title. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="fr-mt-2w">
      <Link to={to} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
        {children}
      </Link>
    </p>
  );
}
