import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import type { ReactNode } from 'react';
import { usePageTitle } from './use-page-title';

/** A text page (legal notices, statements) with breadcrumb, title and body. */
export function StaticPage({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <div className="fr-container fr-pb-6w">
      <Breadcrumb currentPageLabel={title} homeLinkProps={{ to: '/' }} segments={[]} />
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-9">
          <h1>{title}</h1>
          {children}
        </div>
      </div>
    </div>
  );
}
