import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations, setupE2E, skipBrowserTests } from './support/browser';
import { CANDIDATE, logIn, type DemoAccount } from './support/jalon';

const ACCOMPAGNATRICE: DemoAccount = { who: 'accompagnatrice', email: 'accompagnatrice@jalon.test', home: 'Espace accompagnateur' };
const ACCOMPANIMENT = 'Parcours Compétences Accompagnement VAE';

/** Camille's pathway id, read from her own list. */
async function myPathwayId(page: Page): Promise<string> {
  const list = await page.evaluate(async () => (await (await fetch('/api/me/pathways')).json()) as { items: { id: string }[] });
  const id = list.items[0]?.id;
  expect(id).toBeDefined();
  return id ?? '';
}

/**
 * Issue 7, point 4: Camille shares her livret with the accompaniment organisation, its accompagnatrice
 * reads it, Camille withdraws the grant, the accompagnatrice is refused at once, and Camille sees in
 * "Qui a consulté mon dossier" who read what and when.
 */
describe.skipIf(skipBrowserTests)('partage du dossier par le candidat', () => {
  const e2e = setupE2E();

  test('partager le livret, le consulter, retirer le partage, voir le journal des consultations', { timeout: 300_000 }, async () => {
    const candidate = await e2e.newPage();
    await logIn(candidate, CANDIDATE);
    await candidate.goto('/mon-parcours');
    const pathwayId = await myPathwayId(candidate);
    const form = candidate.getByRole('form', { name: 'Partager une partie de mon dossier' }).first();
    await form.getByRole('combobox', { name: /^Organisation/ }).selectOption({ label: `${ACCOMPANIMENT} (accompagnateur)` });
    await form.getByRole('checkbox', { name: /^Livret de suivi/ }).check({ force: true });
    await form.getByRole('button', { name: 'Partager' }).click();
    await candidate.getByText(`${ACCOMPANIMENT} a désormais accès à : livret de suivi.`).waitFor({ state: 'visible' });
    await expectNoAxeViolations(candidate);

    // The accompagnatrice reads the livret she was given.
    const pro = await e2e.newPage();
    await logIn(pro, ACCOMPAGNATRICE);
    await pro.goto(`/parcours/${pathwayId}/livret`);
    await pro.getByText(/Le candidat ne vous a pas partagé : documents déposés, comptes rendus des rendez-vous/).waitFor({ state: 'visible' });
    await pro.getByText(/Étape du parcours/).first().waitFor({ state: 'visible' });
    await expectNoAxeViolations(pro);

    // Camille withdraws: the next read is refused.
    await candidate.reload();
    await candidate.getByRole('button', { name: `Retirer le partage avec ${ACCOMPANIMENT}` }).first().click();
    await candidate.getByText('Vous n’avez rien partagé pour l’instant.').first().waitFor({ state: 'visible' });
    await pro.reload();
    await pro.getByText('Le candidat ne vous a pas donné accès à cette partie de son dossier.').waitFor({ state: 'visible' });

    // The access log names the accompagnatrice, her organisation, the part and how she could read it.
    await candidate.reload();
    const log = candidate.getByRole('table', { name: 'Qui a consulté mon dossier' }).first();
    const row = log.getByRole('row').filter({ hasText: 'Nadia Benali' }).first();
    await row.waitFor({ state: 'visible' });
    expect(await row.innerText()).toContain(ACCOMPANIMENT);
    expect(await row.innerText()).toContain('Livret de suivi (consultation)');
    expect(await row.innerText()).toContain('grâce à votre autorisation');
    await expectNoAxeViolations(candidate);
  });
});
