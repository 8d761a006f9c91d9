import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { setupE2E, skipBrowserTests } from './support/browser';
import { ADMIN, DEMO_PASSWORD, emailField, expectHeading, heading, logIn, loginButton, passwordField, pathOf } from './support/jalon';

const straight = (text: string) => text.replace(/[’‘]/g, "'").trim();

const mainNavigation = (page: Page) => page.getByRole('navigation', { name: 'Menu principal' });

/** What the focused element is, in a form easy to compare. */
async function focused(page: Page): Promise<{ tag: string; name: string | null; type: string | null; text: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      name: el?.getAttribute('name') ?? null,
      type: el?.getAttribute('type') ?? null,
      text: (el?.textContent ?? '').trim(),
    };
  });
}

/** Presses Tab until `match` holds for the focused element (at most `max` times); returns how many. */
async function tabUntil(page: Page, what: string, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 30): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (match(await focused(page))) return i;
  }
  throw new Error(`${what} : jamais atteint en ${max} appuis sur Tab (focus sur ${JSON.stringify(await focused(page))})`);
}

describe.skipIf(skipBrowserTests)('navigation', () => {
  const e2e = setupE2E();

  test('l’administrateur parcourt les rubriques par le menu principal', async () => {
    const page = await e2e.newPage();
    await logIn(page, ADMIN);
    const sections = [
      { link: 'Organisations', path: '/admin/organisations' },
      { link: 'Utilisateurs', path: '/admin/utilisateurs' },
      { link: 'Imports du catalogue', path: '/admin/certifications/imports' },
      { link: 'Journal d’audit', path: '/admin/audit' },
      { link: 'Boîte d’envoi', path: '/admin/boite-envoi' },
    ];
    for (const section of sections) {
      const link = mainNavigation(page).getByRole('link', { name: section.link, exact: true });
      await link.click();
      await page.waitForURL((url) => url.pathname === section.path);
      // The URL changes before the new page renders: wait for its heading, not the previous one's.
      const title = new RegExp(`^\\s*${straight(section.link).replace(/'/g, "['’]")}\\s*$`);
      await heading(page).filter({ hasText: title }).waitFor({ state: 'visible' });
      // The section's own page (not the "page non trouvée" fallback), titled like its menu entry
      // (apostrophes compared without typography: the menu writes ’, the headings ').
      expect(straight(await heading(page).innerText()), `${section.link} : titre h1`).toBe(straight(section.link));
      // The entry of the current section is marked as such for assistive technologies.
      expect(await link.getAttribute('aria-current'), `${section.link} : aria-current`).toBe('page');
    }
  });

  test('l’administrateur crée une organisation avec le formulaire et la voit dans la liste', async () => {
    const page = await e2e.newPage();
    await logIn(page, ADMIN);
    await mainNavigation(page).getByRole('link', { name: 'Organisations', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/admin/organisations');
    await expectHeading(page, 'Organisations');
    const table = page.getByRole('table', { name: /Liste des organisations/ });
    await table.waitFor({ state: 'visible' });

    // Names are listed alphabetically, 20 to a page: this one comes first.
    const name = `Aaa Maison de l’emploi e2e ${Date.now().toString(36)}`;
    await page.getByLabel('Nature de l\'organisation').selectOption({ label: 'Partenaire' });
    await page.getByLabel(/^Nom/).fill(name);
    await page.getByRole('button', { name: 'Créer l\'organisation' }).click();

    await page.getByRole('status').filter({ hasText: name }).waitFor({ state: 'visible' });
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name }) });
    await row.waitFor({ state: 'visible' });
    expect(await row.innerText()).toContain('Partenaire');

    // It is stored: still there after a reload.
    await page.reload();
    await page.getByRole('table', { name: /Liste des organisations/ }).getByRole('link', { name }).waitFor({ state: 'visible' });
  });

  test('au clavier seul : Tab atteint les champs et le bouton, Entrée envoie le formulaire', async () => {
    const page = await e2e.newPage();
    await page.goto('/connexion');
    await heading(page).waitFor({ state: 'visible' });

    await tabUntil(page, 'champ Adresse électronique', (f) => f.tag === 'input' && f.name === 'email');
    await page.keyboard.type(ADMIN.email);
    await tabUntil(page, 'champ Mot de passe', (f) => f.tag === 'input' && f.name === 'password');
    await page.keyboard.type(DEMO_PASSWORD);
    await tabUntil(page, 'bouton Se connecter', (f) => f.tag === 'button' && f.text === 'Se connecter');
    expect(await emailField(page).inputValue()).toBe(ADMIN.email);
    expect(await passwordField(page).inputValue()).toBe(DEMO_PASSWORD);
    expect(await loginButton(page).evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    await expectHeading(page, ADMIN.home);
    expect(pathOf(page)).toBe('/');
  });
});
