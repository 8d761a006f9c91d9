import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations, setupE2E, skipBrowserTests } from './support/browser';
import { expectHeading, heading, pathOf } from './support/jalon';

/** Waits until the page has its h1 and no request or loading message is pending. */
async function settle(page: Page): Promise<void> {
  await heading(page).waitFor({ state: 'visible' });
  await page.waitForLoadState('networkidle');
  await page.getByRole('status').filter({ hasText: /Chargement…|Recherche en cours…/ }).first().waitFor({ state: 'hidden' });
}

describe.skipIf(skipBrowserTests)('catalogue des certifications (sans connexion)', () => {
  const e2e = setupE2E();

  test('rechercher « conseiler insersion », ouvrir RNCP37274 et lire ses trois blocs', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    // Logged-out visitors reach the catalogue from the main navigation.
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Certifications', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/certifications');
    await expectHeading(page, 'Rechercher une certification');

    await page.getByLabel(/^Mots recherchés/).fill('conseiler insersion');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    // The query is in the address, so the search can be shared.
    await page.waitForURL((url) => url.searchParams.get('q') === 'conseiler insersion');
    const results = page.getByRole('region', { name: 'Résultats' }).getByRole('listitem');
    await results.first().waitFor({ state: 'visible' });
    await settle(page);
    const firstThree = await Promise.all([0, 1, 2].map((i) => results.nth(i).innerText().catch(() => '')));
    expect(firstThree.some((text) => text.includes('RNCP37274')), firstThree.join('\n---\n')).toBe(true);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: /Conseiller en insertion professionnelle/ }).first().click();
    await page.waitForURL((url) => url.pathname === '/certifications/RNCP37274');
    await expectHeading(page, 'Conseiller en insertion professionnelle');
    await settle(page);
    const blocs = page.getByRole('region', { name: 'Blocs de compétences' }).getByRole('button', { name: /^RNCP37274BC0\d/ });
    expect(await blocs.count()).toBe(3);
    for (let i = 0; i < 3; i++) expect(await blocs.nth(i).isVisible()).toBe(true);
    // Opening a bloc shows its competences.
    await blocs.first().click();
    expect(await blocs.first().getAttribute('aria-expanded')).toBe('true');
    await expectNoAxeViolations(page);
    expect(pathOf(page)).toBe('/certifications/RNCP37274');
  });

  test('une adresse de recherche partagée donne les mêmes résultats', async () => {
    const page = await e2e.newPage();
    await page.goto('/certifications?rome=K1801');
    await settle(page);
    await page.getByRole('region', { name: 'Résultats' }).getByText('RNCP36625').first().waitFor({ state: 'visible' });
    expect(await page.getByLabel('Code ROME').inputValue()).toBe('K1801');
  });
});
