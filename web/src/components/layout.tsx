import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { AppFooter, FOOTER_ID } from './app-footer';
import { AppHeader, MAIN_NAVIGATION_ID } from './app-header';
import { focusPageTitle, MAIN_ID } from './focus-title';


/**
 * Moves the focus to the page's h1 after each client-side navigation (not on the first load),
 * so screen reader and keyboard users start reading the new page from its title.
 */
function useFocusTitleOnNavigation(): void {
  const { pathname } = useLocation();
  const previous = useRef<string | null>(null);
  useEffect(() => {
    if (previous.current === null || previous.current === pathname) {
      previous.current = pathname;
      return;
    }
    previous.current = pathname;
    focusPageTitle();
  }, [pathname]);
}

export function Layout({ children }: { children: ReactNode }) {
  useFocusTitleOnNavigation();
  const links = [
    { label: 'Contenu', anchor: `#${MAIN_ID}` },
    // Every visitor has the main navigation (at least the public catalogue).
    { label: 'Menu', anchor: `#${MAIN_NAVIGATION_ID}` },
    { label: 'Pied de page', anchor: `#${FOOTER_ID}` },
  ];
  return (
    <>
      <SkipLinks links={links} />
      <AppHeader />
      <main id={MAIN_ID} tabIndex={-1} className="jalon-main">
        {children}
      </main>
      <AppFooter />
    </>
  );
}
