import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { BLOC_NOTE_TEXT_MESSAGE, CERTIFICATION_CODE_MESSAGE } from '../common/certifications';
import type { TCertificationEnrichment as CertificationEnrichment } from '../server/modules/certifications/certifications.enrichment-schema';
import { expectNoAxeViolations, setupE2E, skipBrowserTests } from './support/browser';
import { expectHeading, logIn } from './support/jalon';
import { DREETS } from './support/pathway-steps';

const RECORD = '/certifications/RNCP37274';
const AMOUNT_MESSAGE = 'Saisissez un nombre positif ou nul, sans unité (par exemple 12 ou 12,5).';
const DURATION_MESSAGE = 'Saisissez un nombre entier supérieur à 0, sans unité (par exemple 45).';

const form = (page: Page) => page.getByRole('form', { name: 'Modifier les informations VAE' });
const group = (page: Page, name: string) => form(page).getByRole('group', { name, exact: true });
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

async function openRecord(page: Page): Promise<void> {
  await page.goto(RECORD);
  await expectHeading(page, 'Conseiller en insertion professionnelle');
  await page.waitForLoadState('networkidle');
}

async function openForm(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Modifier les informations VAE' }).click();
  await form(page).waitFor({ state: 'visible' });
}

/** The enrichment as the API gives it now. */
async function storedEnrichment(page: Page): Promise<CertificationEnrichment> {
  const response = await page.request.get(`/api${RECORD}`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { enrichment: CertificationEnrichment };
  return body.enrichment;
}

describe.skipIf(skipBrowserTests)('informations VAE modifiées par le certificateur', () => {
  const e2e = setupE2E();

  test('ajouter une unité de formation et un tarif, corriger un nombre mal saisi, enregistrer et retrouver les valeurs', async () => {
    const page = await e2e.newPage();
    const puts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT' && request.url().endsWith('/enrichment')) puts.push(request.postData() ?? '');
    });
    await logIn(page, DREETS);
    await openRecord(page);
    const before = await storedEnrichment(page);
    expect(before.prices).toHaveLength(1);
    expect(before.training).toBeNull();
    await openForm(page);

    // Fields the form could not edit before: the Livret 1 and the platforms come filled.
    const livret1 = form(page).getByLabel(/^Dossier de recevabilité \(Livret 1\)/);
    expect(await livret1.inputValue()).toBe('Dossier de faisabilité');
    expect(await form(page).getByLabel(/^Plateformes de dépôt/).inputValue()).toBe('France VAE');
    await livret1.fill('Livret 1 (dossier de faisabilité)');
    await expectNoAxeViolations(page);

    // A training unit: the focus goes to its first field.
    await form(page).getByRole('button', { name: 'Ajouter une unité' }).click();
    await expect.poll(() => focusedId(page)).toBe('enrichment-training-units-0-code');
    await page.keyboard.type('CIP-A1');
    const unit = group(page, 'Unité 1');
    await unit.getByLabel(/^Intitulé/).fill('Accueillir et informer les publics');
    await unit.getByLabel(/^Heures/).fill('35,5');
    await unit.getByLabel('Modalité').selectOption('distance');
    await unit.getByRole('button', { name: 'Ajouter une session' }).click();
    await expect.poll(() => focusedId(page)).toBe('enrichment-training-units-0-semesters-0-academicYear');
    await page.keyboard.type('2025/2026');
    await group(page, 'Unité 1, session 1').getByLabel(/^Période/).fill('Semestre 2');

    // A second price, with a mistyped amount and a mistyped jury duration.
    await form(page).getByRole('button', { name: 'Ajouter un tarif' }).click();
    await expect.poll(() => focusedId(page)).toBe('enrichment-prices-1-label');
    const price = group(page, 'Tarif 2');
    await price.getByLabel(/^Prestation/).fill('Accompagnement financé par France Travail');
    await price.getByLabel('Voie de financement').selectOption('france_travail');
    const amount = price.getByLabel(/^Montant \(€\)/);
    await amount.fill('1 200 €');
    const duration = form(page).getByLabel(/^Durée de l’entretien/);
    await duration.fill('45 min');
    await form(page).getByRole('button', { name: 'Enregistrer' }).click();

    // Nothing is sent: the summary takes the focus and each field shows its French message.
    const summary = form(page).getByRole('alert').filter({ hasText: 'rien n’a été enregistré' });
    await summary.waitFor({ state: 'visible' });
    expect(await summary.innerText()).toContain('2 champs sont à corriger');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    expect(await page.locator('#enrichment-prices-1-amountEuros-desc-error').innerText()).toBe(AMOUNT_MESSAGE);
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    expect(await amount.getAttribute('aria-describedby')).toContain('enrichment-prices-1-amountEuros-desc-error');
    expect(await page.locator('#enrichment-jury-durationMinutes-desc-error').innerText()).toBe(DURATION_MESSAGE);
    expect(puts).toEqual([]);
    expect((await storedEnrichment(page)).prices).toEqual(before.prices);
    await expectNoAxeViolations(page);

    // The summary's link leads to the field.
    await summary.getByRole('link', { name: 'Tarif 2 – Montant (€)' }).click();
    await expect.poll(() => focusedId(page)).toBe('enrichment-prices-1-amountEuros');

    // Corrected (French decimal comma), the draft is saved and the success message takes the focus.
    await amount.fill('1 200,50');
    expect(await page.locator('#enrichment-prices-1-amountEuros-desc-error').count()).toBe(0);
    await duration.fill('45');
    await form(page).getByRole('button', { name: 'Enregistrer' }).click();
    const saved = form(page).getByRole('status').filter({ hasText: 'Les informations VAE ont été enregistrées.' });
    await saved.waitFor({ state: 'visible' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Les informations VAE ont été enregistrées.');
    expect(puts).toHaveLength(1);
    // The record behind the form already shows what was saved.
    await page.getByText('Accompagnement financé par France Travail').first().waitFor({ state: 'visible' });

    const stored = await storedEnrichment(page);
    expect(stored.prices[1]).toEqual({ label: 'Accompagnement financé par France Travail', fundingRoute: 'france_travail', audience: null, provider: null, amountEuros: 1200.5, unit: 'total', taxIncluded: null });
    expect(stored.prices[0]).toEqual(before.prices[0]);
    expect(stored.training?.units).toEqual([
      { code: 'CIP-A1', title: 'Accueillir et informer les publics', kind: 'teaching', ects: null, hours: 35.5, mandatory: true, modality: 'distance', semesters: [{ academicYear: '2025/2026', period: 'Semestre 2' }] },
    ]);
    expect(stored.jury?.durationMinutes).toBe(45);
    expect(stored.vaeFiling?.feasibilityFile).toBe('Livret 1 (dossier de faisabilité)');
    // What the form did not touch is kept as it was.
    expect(stored.blocNotes).toEqual(before.blocNotes);
    expect(stored.dispenses).toEqual(before.dispenses);
    expect(stored.jury?.outcomes).toEqual(before.jury?.outcomes);

    // Closing the form gives the focus back to the button that opened it.
    await form(page).getByRole('button', { name: 'Fermer et revenir à la fiche' }).click();
    await expect.poll(() => focusedId(page)).toBe('modifier-informations-vae');

    // After a reload, the record and the form show the values kept.
    await page.reload();
    await expectHeading(page, 'Conseiller en insertion professionnelle');
    await page.waitForLoadState('networkidle');
    await page.getByText('Accompagnement financé par France Travail').first().waitFor({ state: 'visible' });
    await openForm(page);
    expect(await group(page, 'Unité 1').getByLabel('Modalité').inputValue()).toBe('distance');
    expect(await group(page, 'Unité 1').getByLabel(/^Code/).inputValue()).toBe('CIP-A1');
    expect(await group(page, 'Unité 1').getByLabel(/^Heures/).inputValue()).toBe('35,5');
    expect(await group(page, 'Tarif 2').getByLabel(/^Montant \(€\)/).inputValue()).toBe('1200,5');
    expect(await group(page, 'Tarif 2').getByLabel('Voie de financement').inputValue()).toBe('france_travail');
    expect(await form(page).getByLabel(/^Durée de l’entretien/).inputValue()).toBe('45');
    expect(await form(page).getByLabel(/^Dossier de recevabilité \(Livret 1\)/).inputValue()).toBe('Livret 1 (dossier de faisabilité)');
    await expectNoAxeViolations(page);

    // Removing the row announces it and leaves the focus on the "Ajouter" button.
    await group(page, 'Tarif 2').getByRole('button', { name: 'Retirer le tarif 2' }).click();
    await expect.poll(() => focusedId(page)).toBe('enrichment-prices-ajouter');
    expect(await form(page).getByRole('status').filter({ hasText: 'Tarif 2 retiré.' }).count()).toBe(1);
  });

  test('ajouter les prérequis d’un bloc et le code d’une équivalence : la fiche les montre sous le bloc et en lien', async () => {
    const page = await e2e.newPage();
    await logIn(page, DREETS);
    await openRecord(page);
    const before = await storedEnrichment(page);
    expect(before.blocNotes.map((n) => n.blocCode)).toEqual(['RNCP37274BC01', 'RNCP37274BC02', 'RNCP37274BC03']);
    await openForm(page);

    // The third note goes; a new one chooses its bloc among the record's, not one already noted.
    await group(page, 'Note de bloc 3').getByRole('button', { name: 'Retirer la note de bloc 3' }).click();
    await form(page).getByRole('button', { name: 'Ajouter une note de bloc' }).click();
    await expect.poll(() => focusedId(page)).toBe('enrichment-blocNotes-2-blocCode');
    const note = group(page, 'Note de bloc 3');
    const chooser = note.getByLabel(/^Bloc de compétences/);
    expect(await chooser.locator('option[value="RNCP37274BC01"]').isDisabled()).toBe(true);
    await chooser.selectOption({ label: 'RNCP37274BC03 – Mettre en œuvre une offre de services auprès des employeurs pour favoriser l\'insertion professionnelle' });

    // An equivalence whose code is mistyped.
    await form(page).getByRole('button', { name: 'Ajouter une équivalence' }).click();
    const equivalence = group(page, 'Équivalence 1');
    await equivalence.getByLabel(/^Certification visée/).fill('Chargé d’accompagnement social et professionnel');
    const code = equivalence.getByLabel(/^Code RNCP ou RS/);
    await code.fill('RNCP-36625');
    await equivalence.getByLabel(/^Description/).fill('Les compétences d’accompagnement du CIP sont une base pour ce titre du CNAM.');

    // Nothing is sent while the note has no text and the code is not one.
    await form(page).getByRole('button', { name: 'Enregistrer' }).click();
    const summary = form(page).getByRole('alert').filter({ hasText: 'rien n’a été enregistré' });
    await summary.waitFor({ state: 'visible' });
    expect(await summary.innerText()).toContain('2 champs sont à corriger');
    expect(await page.locator('#enrichment-blocNotes-2-vaeFocus-desc-error').innerText()).toBe(BLOC_NOTE_TEXT_MESSAGE);
    expect(await page.locator('#enrichment-equivalences-0-targetCode-desc-error').innerText()).toBe(CERTIFICATION_CODE_MESSAGE);
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);

    await note.getByLabel(/^Prérequis pour ce bloc/).fill('Connaître les acteurs économiques du territoire.');
    await code.fill('rncp 36625');
    await form(page).getByRole('button', { name: 'Enregistrer' }).click();
    await form(page).getByRole('status').filter({ hasText: 'Les informations VAE ont été enregistrées.' }).waitFor({ state: 'visible' });
    const stored = await storedEnrichment(page);
    expect(stored.blocNotes.slice(0, 2)).toEqual(before.blocNotes.slice(0, 2));
    expect(stored.blocNotes[2]).toEqual({ blocCode: 'RNCP37274BC03', vaeFocus: null, prerequisites: 'Connaître les acteurs économiques du territoire.' });
    expect(stored.equivalences).toEqual([
      { target: 'Chargé d’accompagnement social et professionnel', targetCode: 'RNCP36625', description: 'Les compétences d’accompagnement du CIP sont une base pour ce titre du CNAM.', modulesExempted: null, modulesTotal: null },
    ]);
    await form(page).getByRole('button', { name: 'Fermer et revenir à la fiche' }).click();

    // The record page: the prerequisites inside their bloc's accordion, and in no other.
    const blocItem = (blocCode: string) => page.locator('.fr-accordion').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^${blocCode}`) }) });
    await blocItem('RNCP37274BC03').getByRole('button').click();
    const third = blocItem('RNCP37274BC03');
    await third.getByRole('heading', { level: 4, name: 'Prérequis' }).waitFor({ state: 'visible' });
    expect(await third.getByText('Connaître les acteurs économiques du territoire.').isVisible()).toBe(true);
    expect(await third.getByRole('heading', { level: 4, name: 'Pour la VAE' }).count()).toBe(0);
    expect(await blocItem('RNCP37274BC01').getByRole('heading', { name: 'Prérequis' }).count()).toBe(0);

    // The equivalence leads to the record of its target, which the catalogue holds.
    const link = page.getByRole('link', { name: 'Chargé d’accompagnement social et professionnel (RNCP36625)' });
    expect(await link.getAttribute('href')).toBe('/certifications/RNCP36625');
    await expectNoAxeViolations(page);
    await link.click();
    await page.waitForURL((url) => url.pathname === '/certifications/RNCP36625');
    await expectHeading(page, 'Chargé d');
  });
});
