export const MAIN_ID = 'contenu';

/** Moves the focus to the page's h1 (or to <main> if it has none), without scrolling past it. */
export function focusPageTitle(): void {
  const main = document.getElementById(MAIN_ID);
  const title = main?.querySelector<HTMLElement>('h1') ?? main;
  if (!title) return;
  if (!title.hasAttribute('tabindex')) title.setAttribute('tabindex', '-1');
  title.focus();
}

/** Same, once React has rendered the new content. */
export function focusPageTitleSoon(): void {
  requestAnimationFrame(() => focusPageTitle());
}
