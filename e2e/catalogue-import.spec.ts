import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations, setupE2E, skipBrowserTests } from './support/browser';
import { ADMIN, expectHeading, logIn } from './support/jalon';
import { ROOT } from './support/server';

const FIXTURE = path.join(ROOT, 'server/modules/certifications/testing/fixtures/export_fiches_RNCP_fixture.xml');

/** Slows the browser's uploads (bytes per second) so the progress can be seen, and delays answers a little. */
async function throttleUpload(page: Page, bytesPerSecond: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: -1, uploadThroughput: bytesPerSecond });
}

interface Trace {
  values: number[];
  labels: string[];
  announcements: string[];
}

/** Records every value and label the progress bar shows, and what the live region says, for the assertions afterwards. */
async function traceProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const trace: Trace = { values: [], labels: [], announcements: [] };
    (window as unknown as { uploadTrace: Trace }).uploadTrace = trace;
    const record = () => {
      const bar = document.querySelector('progress');
      if (bar) {
        if (trace.values.at(-1) !== bar.value) trace.values.push(bar.value);
        const label = bar.labels[0]?.textContent ?? '';
        if (trace.labels.at(-1) !== label) trace.labels.push(label);
      }
      const live = document.querySelector('form [aria-live="polite"]')?.textContent ?? '';
      if (live && trace.announcements.at(-1) !== live) trace.announcements.push(live);
    };
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

const readTrace = (page: Page) => page.evaluate(() => (window as unknown as { uploadTrace: Trace }).uploadTrace);

async function openImports(page: Page): Promise<void> {
  await logIn(page, ADMIN);
  await page.goto('/admin/certifications/imports');
  await expectHeading(page, 'Imports du catalogue');
  await page.getByRole('heading', { name: 'Imports précédents' }).waitFor({ state: 'visible' });
  await page.waitForLoadState('networkidle');
  await page.getByLabel(/^Fichier d’export/).setInputFiles(FIXTURE);
}

describe.skipIf(skipBrowserTests)('imports du catalogue (administrateur)', () => {
  const e2e = setupE2E();

  test('annuler l’envoi d’un export : rien n’est déposé, le focus revient sur « Importer »', async () => {
    const page = await e2e.newPage();
    await openImports(page);
    await throttleUpload(page, 24 * 1024);
    await page.getByRole('button', { name: 'Importer' }).click();

    const bar = page.getByRole('progressbar', { name: /^Envoi du fichier/ });
    await bar.waitFor({ state: 'visible' });
    expect(await page.getByText(/^Envoi du fichier\s:\s\d+\s%\s\(\d+(,\d)?\sMo sur 0,7\sMo\)$/).count()).toBe(1);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Annuler l’envoi' }).click();
    await page.getByRole('status').filter({ hasText: 'L’envoi a été annulé' }).waitFor({ state: 'visible' });
    expect(await bar.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Importer');
    // No error: cancelling is not a failure.
    expect(await page.getByText('Le fichier n’a pas été accepté').count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { name: 'Imports précédents' }).waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    expect(await page.getByText('Aucun import pour le moment.').isVisible()).toBe(true);
  });

  test('un export complet propose de forcer les désactivations, et seulement lui', async () => {
    const page = await e2e.newPage();
    await openImports(page);
    // DSFR draws its own boxes over the native inputs: they are checked through their role, forced.
    const full = page.getByRole('checkbox', { name: /^Export complet/ });
    const force = page.getByRole('checkbox', { name: /^Désactiver les fiches absentes même si elles sont nombreuses/ });
    expect(await force.count()).toBe(0);
    await full.check({ force: true });
    await force.waitFor({ state: 'attached' });
    await force.check({ force: true });
    expect(await force.isChecked()).toBe(true);
    await expectNoAxeViolations(page);
    // Unticking "Export complet" withdraws the option with it.
    await full.uncheck({ force: true });
    expect(await force.count()).toBe(0);
  });

  test('déposer un export RNCP : la progression de l’envoi va jusqu’à 100 %, puis le rapport de l’import', async () => {
    const page = await e2e.newPage();
    await openImports(page);
    await throttleUpload(page, 192 * 1024);
    await traceProgress(page);
    await page.getByRole('button', { name: 'Importer' }).click();

    await page.getByRole('progressbar', { name: /^Envoi du fichier/ }).waitFor({ state: 'visible' });
    await expectNoAxeViolations(page);

    // The report follows the job until it ends.
    const report = page.getByRole('table', { name: 'Bilan de l’import' });
    await report.waitFor({ state: 'visible', timeout: 45_000 });
    expect(await page.getByRole('heading', { name: 'Import de export_fiches_RNCP_fixture.xml' }).isVisible()).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'État :' }).innerText()).toContain('Terminé');

    const trace = await readTrace(page);
    expect(trace.values.at(-1), JSON.stringify(trace)).toBe(100);
    expect(trace.values.length, JSON.stringify(trace)).toBeGreaterThan(2);
    expect([...trace.values].sort((a, b) => a - b)).toEqual(trace.values);
    expect(trace.labels.at(-1)).toMatch(/^Envoi du fichier\s:\s100\s%\s\(0,7\sMo sur 0,7\sMo\)$/);
    // Screen readers hear whole steps of 10 %, fewer than the redraws, and the end of the upload.
    expect(trace.announcements.every((a) => /\s(0|[1-9]0)\s%$/.test(a) || a === 'Fichier envoyé, enregistrement en cours.'), JSON.stringify(trace.announcements)).toBe(true);
    expect(trace.announcements.at(-1)).toBe('Fichier envoyé, enregistrement en cours.');
    expect(trace.announcements.length).toBeLessThanOrEqual(11);
    expect(trace.announcements.length).toBeLessThan(trace.labels.length);

    const headers = await report.getByRole('columnheader').allInnerTexts();
    const cells = await report.locator('tbody tr').first().getByRole('cell').allInnerTexts();
    const count = (name: string) => Number((cells[headers.indexOf(name)] ?? '').replace(/\s/g, ''));
    expect(headers).toEqual(['Fiches lues', 'Créées', 'Modifiées', 'Inchangées', 'Désactivées', 'Rejetées']);
    expect(count('Fiches lues')).toBeGreaterThan(0);
    expect(count('Créées') + count('Modifiées')).toBeGreaterThan(0);
    expect(count('Créées') + count('Modifiées') + count('Inchangées') + count('Rejetées')).toBe(count('Fiches lues'));

    // The run is in the history.
    const history = page.getByRole('region', { name: 'Imports précédents' });
    await history.getByRole('row', { name: /export_fiches_RNCP_fixture\.xml.*Terminé/ }).waitFor({ state: 'visible' });
    expect(await history.getByRole('status').innerText()).toBe('1 import');
    await expectNoAxeViolations(page);
  });
});
