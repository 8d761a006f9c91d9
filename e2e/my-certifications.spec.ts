import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations, setupE2E, skipBrowserTests } from './support/browser';
import { expectHeading, logIn, pathOf } from './support/jalon';
import { DREETS } from './support/pathway-steps';

const section = (page: Page) => page.getByRole('region', { name: 'Mes certifications' });
const table = (page: Page) => section(page).getByRole('table', { name: 'Certifications dont vous pouvez modifier les informations VAE' });

describe.skipIf(skipBrowserTests)('mes certifications (agent certificateur)', () => {
  const e2e = setupE2E();

  test('la DREETS retrouve sur son accueil le titre CIP qu’elle gère, son état, et ouvre la fiche', async () => {
    const page = await e2e.newPage();
    await logIn(page, DREETS);
    // The list is on the home the agent lands on.
    await table(page).waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    expect(await section(page).getByRole('status').innerText()).toBe('1 certification');
    const headers = await table(page).getByRole('columnheader').allInnerTexts();
    expect(headers.map((h) => h.trim())).toEqual(['Certification', 'Niveau', 'Informations VAE', 'Rattachement']);
    const row = table(page).getByRole('row', { name: /RNCP37274/ });
    const cells = (await row.getByRole('cell').allInnerTexts()).map((c) => c.trim());
    // The seed's reference data, which no one edited yet; the DREETS manages it by an admin's choice.
    expect(cells).toEqual(['RNCP37274 – Conseiller en insertion professionnelle', 'Niveau 5', expect.stringMatching(/^renseignées par la plateforme$/i), 'Gestionnaire désignée']);
    await expectNoAxeViolations(page);

    await row.getByRole('link', { name: 'RNCP37274 – Conseiller en insertion professionnelle' }).click();
    await page.waitForURL((url) => url.pathname === '/certifications/RNCP37274');
    await expectHeading(page, 'Conseiller en insertion professionnelle');
    expect(pathOf(page)).toBe('/certifications/RNCP37274');
    // The agent may edit what the list promised.
    await page.getByRole('button', { name: 'Modifier les informations VAE' }).waitFor({ state: 'visible' });
  });
});
