import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import type { ReactNode } from 'react';
import { usePageTitle } from '../../components/use-page-title';

export interface AdminPageProps {
  title: string;
  /** Title for the browser tab when it differs from the h1 (defaults to the h1). */
  documentTitle?: string;
  /** Parent pages below "Administration", for the breadcrumb. */
  parents?: { label: string; to: string }[];
  children: ReactNode;
}

/** Frame of every administration page: breadcrumb, h1 and content. */
export function AdminPage({ title, documentTitle, parents = [], children }: AdminPageProps) {
  usePageTitle(`${documentTitle ?? title} – Administration`);
  return (
    <div className="fr-container fr-pb-6w">
      <Breadcrumb
        currentPageLabel={title}
        homeLinkProps={{ to: '/' }}
        segments={parents.map((parent) => ({ label: parent.label, linkProps: { to: parent.to } }))}
      />
      <h1>{title}</h1>
      {children}
    </div>
  );
}
