import type { ReactNode } from 'react';

/** The narrow, centred column used by the sign-in pages. */
export function CenteredFormPage({ children }: { children: ReactNode }) {
  return (
    <div className="fr-container fr-py-6w">
      <div className="fr-grid-row fr-grid-row--center">
        <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">{children}</div>
      </div>
    </div>
  );
}
