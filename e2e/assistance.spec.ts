import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations, setupE2E, skipBrowserTests } from './support/browser';
import { CANDIDATE, expectHeading, logIn, type DemoAccount } from './support/jalon';
import { advanceServerClock, dayInput, serverNow } from './support/pathway-steps';

const REFERENTE: DemoAccount = { who: 'référente', email: 'referente.caen@jalon.test', home: 'Espace référent de parcours' };
const EQUIPMENT = 'Disposer d\'un espace de travail équipé';
const LIVING = 'Avoir des conditions de vie sécurisées';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Picks a status in the diagnostic row of the condition that starts with `wording`. */
async function rate(form: Locator, wording: string, status: string): Promise<void> {
  await form.getByRole('group', { name: new RegExp(`^${escape(wording)}`) }).getByText(status, { exact: true }).click();
}

async function selectOptionContaining(select: Locator, text: string): Promise<void> {
  const options = await select.locator('option').allInnerTexts();
  const label = options.find((o) => o.includes(text));
  expect(label, options.join(' | ')).toBeDefined();
  await select.selectOption({ label: label ?? '' });
}

/** Waits until the plan's tables list a support (the page reloads the assistance after each change). */
async function planShows(page: Page, wording: string): Promise<void> {
  await page.getByRole('region', { name: /Plan d’appuis/ }).getByRole('table').filter({ hasText: wording }).first().waitFor({ state: 'visible' });
  await page.waitForLoadState('networkidle');
}

/** Waits for the success alert and for the reloads it triggers (suggestions, plan) to finish. */
async function success(page: Page): Promise<void> {
  await page.locator('.fr-alert--success').first().waitFor({ state: 'visible' });
  await page.waitForLoadState('networkidle');
}

/**
 * Seed 004's heart: the référente welcomes Camille, runs the diagnostic, accepts two suggested
 * supports and adds one of her own carried by the MDPH, generates the agreement; Camille agrees
 * from her space; a reassessment is compared; a commitment passes its date and Camille appears in
 * "À traiter" with the reason.
 */
describe.skipIf(skipBrowserTests)('assistance renforcée (seed 004)', () => {
  const e2e = setupE2E({ CLOCK_CONTROL: 'true' });

  test('accueil, diagnostic, plan, accord, accord du candidat, nouveau diagnostic, à traiter', { timeout: 600_000 }, async () => {
    let page = await e2e.newPage();
    await logIn(page, REFERENTE);
    await page.goto('/parcours');
    await page.getByRole('link', { name: /Camille Martin/ }).first().click();
    await page.waitForURL((url) => /^\/parcours\/[0-9a-f-]{36}$/.test(url.pathname));
    const pathwayPath = new URL(page.url()).pathname;
    await page.getByRole('region', { name: 'Assistance renforcée' }).getByRole('link', { name: 'Proposer une assistance renforcée' }).click();
    await page.waitForURL((url) => url.pathname === `${pathwayPath}/assistance`);

    // Welcome.
    const entry = page.getByRole('form', { name: 'Proposer une assistance renforcée' });
    await entry.getByLabel('Qui a proposé l’assistance renforcée ?').selectOption({ index: 1 });
    await entry.getByLabel(/^Projet du candidat/).fill('Devenir conseillère en insertion professionnelle.');
    await entry.getByLabel(/^Situation du candidat/).fill('Hébergée chez sa sœur.');
    await entry.getByLabel(/^Freins repérés/).fill('Pas d’ordinateur à la maison.');
    await entry.getByRole('button', { name: 'Ouvrir l’assistance renforcée' }).click();
    const diagnostic = page.getByRole('form', { name: /diagnostic/i });
    await diagnostic.waitFor({ state: 'visible' });
    await expectNoAxeViolations(page);

    // Diagnostic: equipment missing, living conditions partly met.
    await rate(diagnostic, EQUIPMENT, 'Manquante');
    await rate(diagnostic, LIVING, 'Partiellement réunie');
    await diagnostic.getByRole('button', { name: 'Enregistrer le diagnostic' }).click();
    await success(page);

    // Two suggested supports, then one of her own carried by the MDPH.
    for (const support of ['Ouvrir un lieu d\'accueil adapté', 'Proposer des mises en relation']) {
      await page.getByRole('button', { name: new RegExp(`^Ajouter au plan : ${escape(support)}`) }).click();
      const form = page.getByRole('form', { name: new RegExp(escape(support)) });
      await form.getByLabel('Porté par').selectOption({ label: 'Référent de parcours' });
      await form.getByRole('button', { name: 'Confirmer l’ajout' }).click();
      await planShows(page, support);
    }
    const own = page.getByRole('form', { name: /appui de votre choix/i });
    await own.getByLabel(/^Intitulé de l’appui/).fill('Prêt d’un ordinateur portable');
    await own.getByText('Appui matériel', { exact: true }).click();
    await own.getByRole('checkbox', { name: 'En amont de la recevabilité' }).check({ force: true });
    await own.getByLabel('Porté par').selectOption({ label: 'Partenaire' });
    await selectOptionContaining(own.getByLabel('Organisation qui porte l’appui'), 'MDPH');
    await own.getByRole('button', { name: 'Ajouter l’appui au plan' }).click();
    await planShows(page, 'Prêt d’un ordinateur portable');
    expect(await page.getByRole('region', { name: /Plan d’appuis/ }).innerText()).toContain('MDPH du Calvados');

    // The agreement.
    const now = await serverNow(e2e.baseUrl);
    const agreement = page.getByRole('form', { name: /accord/i });
    await agreement.getByLabel(/^Objectifs/).fill('Déposer le dossier de faisabilité');
    await agreement.getByLabel(/^Durée en mois/).fill('12');
    await agreement.getByLabel(/^Date du prochain rendez-vous/).fill(dayInput(now, 7));
    await agreement.getByLabel(/^Heure du prochain rendez-vous/).fill('10:00');
    await agreement.getByRole('button', { name: 'Générer l’accord' }).click();
    await success(page);

    // Camille agrees from her space.
    page = await e2e.newPage();
    await logIn(page, CANDIDATE);
    await page.goto('/mon-parcours');
    await expectHeading(page, 'Mon parcours VAE');
    await page.getByRole('button', { name: 'J’accepte cet accord' }).click();
    await page.getByRole('button', { name: 'Confirmer mon accord' }).click();
    await page.getByText(/Vous avez donné votre accord le/).first().waitFor({ state: 'visible' });
    await expectNoAxeViolations(page);

    // A reassessment three weeks later shows what improved; a commitment is set.
    await advanceServerClock(e2e.baseUrl, 21);
    page = await e2e.newPage();
    await logIn(page, REFERENTE);
    await page.goto(`${pathwayPath}/assistance`);
    const again = page.getByRole('form', { name: /diagnostic/i });
    await rate(again, EQUIPMENT, 'Réunie');
    await again.getByRole('button', { name: 'Enregistrer le diagnostic' }).click();
    await success(page);
    await page.getByRole('button', { name: 'Comparer' }).click();
    const comparison = page.getByRole('table', { name: /diagnostic|Comparaison/i }).last();
    await comparison.waitFor({ state: 'visible' });
    expect(await comparison.innerText()).toMatch(/En progrès/);

    const later = await serverNow(e2e.baseUrl);
    const commitment = page.getByRole('form', { name: /engagement/i });
    await commitment.getByLabel(/^Engagement/).fill('Rassembler ses bulletins de salaire');
    await commitment.getByLabel(/^Échéance/).fill(dayInput(later, 3));
    await commitment.getByRole('button', { name: 'Ajouter l’engagement' }).click();
    // Its own message and the listed commitment, not the diagnostic's success still on screen:
    // the clock must not move before the commitment is saved.
    await page.getByText('L’engagement est ajouté au rétroplanning.').waitFor({ state: 'visible' });
    await page.getByRole('region', { name: 'Engagements et rétroplanning' }).getByText('Rassembler ses bulletins de salaire', { exact: true }).waitFor({ state: 'visible' });

    // Past the commitment's date, Camille is in "À traiter" with the reason.
    await advanceServerClock(e2e.baseUrl, 5);
    page = await e2e.newPage();
    await logIn(page, REFERENTE);
    await page.goto('/assistance/a-traiter');
    await expectHeading(page, 'À traiter');
    const row = page.getByRole('row', { name: /Camille Martin/ });
    await row.waitFor({ state: 'visible' });
    expect(await row.innerText()).toContain('engagement du candidat en retard');
    await expectNoAxeViolations(page);
  });
});
