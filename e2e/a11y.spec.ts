import type { Page } from 'playwright-core';
import { describe, test } from 'vitest';
import { expectNoAxeViolations, setupE2E, skipBrowserTests } from './support/browser';
import { ADMIN, DEMO_ACCOUNTS, heading, logIn } from './support/jalon';

/** Waits until the page has rendered its h1 and finished loading its data. */
async function settle(page: Page): Promise<void> {
  await heading(page).waitFor({ state: 'visible' });
  await page.waitForLoadState('networkidle');
  await page.getByText('Chargement…').first().waitFor({ state: 'hidden' });
}

const PUBLIC_PAGES = ['/connexion', '/connexion/lien', '/mot-de-passe-oublie', '/accessibilite'];
const ADMIN_PAGES = ['/admin/organisations', '/admin/groupements', '/admin/utilisateurs', '/admin/audit', '/admin/boite-envoi'];

describe.skipIf(skipBrowserTests)('accessibilité (axe : aucune violation grave ou critique)', () => {
  const e2e = setupE2E();

  for (const path of PUBLIC_PAGES) {
    test(`page publique ${path}`, async () => {
      const page = await e2e.newPage();
      await page.goto(path);
      await settle(page);
      await expectNoAxeViolations(page);
    });
  }

  for (const account of DEMO_ACCOUNTS) {
    test(`accueil « ${account.home} » (${account.email})`, async () => {
      const page = await e2e.newPage();
      await logIn(page, account);
      await settle(page);
      await expectNoAxeViolations(page);
    });
  }

  for (const path of ADMIN_PAGES) {
    test(`page d’administration ${path}`, async () => {
      const page = await e2e.newPage();
      await logIn(page, ADMIN);
      await page.goto(path);
      await settle(page);
      await expectNoAxeViolations(page);
    });
  }
});
