import { useEffect } from 'react';

export const SITE_NAME = 'Jalon';

export function pageTitle(title: string): string {
  return `${title} – ${SITE_NAME}`;
}

/** Sets the document title of the current page (RGAA 8.6: each page has a relevant title). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}
