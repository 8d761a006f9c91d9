import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations, setupE2E, skipBrowserTests } from './support/browser';
import { ADMIN, DEMO_ACCOUNTS, expectHeading, logIn, type DemoAccount } from './support/jalon';

/** The CNAM record of the seed: no certificateur SIRET, so only managers (and admins) edit it. */
const RECORD = '/certifications/RNCP36625';
const TITLE = 'Chargé d\'accompagnement social et professionnel';
/** A certificateur organisation of the demo data (server/db/seed-demo.ts). */
const DAVA = 'DAVA de l’académie de Normandie';

function davaAgent(): DemoAccount {
  const account = DEMO_ACCOUNTS.find((a) => a.email === 'dava@jalon.test');
  if (!account) throw new Error('compte DAVA absent des comptes de démonstration');
  return account;
}

const section = (page: Page) => page.getByRole('region', { name: 'Organisations gestionnaires' });
const select = (page: Page) => section(page).getByLabel(/^Organisation certificatrice/);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

async function openRecord(page: Page): Promise<void> {
  await page.goto(RECORD);
  await expectHeading(page, TITLE);
  await page.waitForLoadState('networkidle');
}

async function managerNames(page: Page): Promise<string[]> {
  const response = await page.request.get(`/api/admin${RECORD}/managers`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: { name: string }[] }).items.map((m) => m.name);
}

describe.skipIf(skipBrowserTests)('organisations gestionnaires d’une fiche', () => {
  const e2e = setupE2E();

  test('l’administrateur confie RNCP36625 à la DAVA, puis la retire après confirmation', async () => {
    const page = await e2e.newPage();
    await logIn(page, ADMIN);
    await openRecord(page);
    const managers = section(page);
    await managers.waitFor({ state: 'visible' });
    expect(await managers.getByText('Leurs agents certificateurs peuvent modifier les informations VAE de cette fiche.').isVisible()).toBe(true);
    await managers.getByText('Aucune organisation ne gère cette fiche pour l’instant.').waitFor({ state: 'visible' });
    await select(page).waitFor({ state: 'visible' });

    // Nothing chosen: the select says so and takes the focus.
    await managers.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await managers.getByText('Ce champ est obligatoire.').waitFor({ state: 'visible' });
    await expect.poll(() => focusedId(page)).toBe('gestionnaire-organisation');

    await select(page).selectOption({ label: DAVA });
    await managers.getByRole('button', { name: 'Ajouter', exact: true }).click();
    const status = managers.getByRole('status').filter({ hasText: `${DAVA} gère désormais cette fiche` });
    await status.waitFor({ state: 'visible' });
    await expect.poll(() => focusedId(page)).toBe('gestionnaires-message');
    const table = managers.getByRole('table', { name: 'Organisations gestionnaires de la fiche' });
    expect(await table.getByRole('row', { name: new RegExp(DAVA) }).isVisible()).toBe(true);
    // Once a manager, the DAVA is no longer offered.
    expect(await select(page).locator('option', { hasText: DAVA }).count()).toBe(0);
    expect(await managerNames(page)).toEqual([DAVA]);
    await expectNoAxeViolations(page);

    // The DAVA's agent may now edit the record's VAE information.
    const agent = await e2e.newPage();
    await logIn(agent, davaAgent());
    await openRecord(agent);
    await agent.getByRole('button', { name: 'Modifier les informations VAE' }).waitFor({ state: 'visible' });

    // Not on paper.
    await page.emulateMedia({ media: 'print' });
    expect(await managers.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // Removing asks first; "Annuler" gives the focus back to the row's button.
    const remove = managers.getByRole('button', { name: `Retirer ${DAVA}` });
    await remove.click();
    const confirm = managers.getByRole('group', { name: `Retirer ${DAVA} des organisations gestionnaires ?` });
    await confirm.waitFor({ state: 'visible' });
    await expect.poll(() => focusedId(page)).toBe('confirmer-retrait-gestionnaire');
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: 'Annuler' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await managerNames(page)).toEqual([DAVA]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Retirer ${DAVA}`);

    await remove.click();
    await confirm.getByRole('button', { name: 'Confirmer le retrait' }).click();
    await managers.getByRole('status').filter({ hasText: `${DAVA} ne gère plus cette fiche.` }).waitFor({ state: 'visible' });
    await managers.getByText('Aucune organisation ne gère cette fiche pour l’instant.').waitFor({ state: 'visible' });
    expect(await managers.getByRole('table').count()).toBe(0);
    await expect.poll(() => focusedId(page)).toBe('gestionnaire-organisation');
    expect(await select(page).locator('option', { hasText: DAVA }).count()).toBe(1);
    expect(await managerNames(page)).toEqual([]);
    await openRecord(agent);
    expect(await agent.getByRole('button', { name: 'Modifier les informations VAE' }).count()).toBe(0);
  });

  test('sans connexion, ou pour un agent certificateur, la rubrique n’existe pas', async () => {
    const visitor = await e2e.newPage();
    await openRecord(visitor);
    expect(await visitor.getByRole('heading', { name: 'Organisations gestionnaires' }).count()).toBe(0);
    expect(await section(visitor).count()).toBe(0);

    const agent = await e2e.newPage();
    await logIn(agent, davaAgent());
    await openRecord(agent);
    expect(await section(agent).count()).toBe(0);
  });
});
