import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { pdfText } from '../server/test/pdf-text';
import { expectNoAxeViolations, setupE2E, skipBrowserTests } from './support/browser';
import { expectHeading, logIn, type DemoAccount } from './support/jalon';
import { signAssistanceAgreement } from './support/targets-steps';

const REFERENTE: DemoAccount = { who: 'référente', email: 'referente.caen@jalon.test', home: 'Espace référent de parcours' };
const DIRECTION: DemoAccount = { who: 'direction', email: 'direction.cibc@jalon.test', home: 'Espace direction' };
const REGION: DemoAccount = { who: 'financeur (Région)', email: 'region@jalon.test', home: 'Espace financeur' };

/**
 * Issue 8 documents: the director of the CIBC opens the groupement's yearly report for the Région,
 * writes the narrative, signs it (content frozen with its SHA-256) and downloads the PDF, then sends
 * it; the Région sees it received, its small counts masked.
 */
describe.skipIf(skipBrowserTests)('rapport annuel signé et transmis', () => {
  const e2e = setupE2E();

  test('la direction rédige, signe, télécharge et envoie ; le commanditaire le reçoit masqué', { timeout: 300_000 }, async () => {
    const referente = await e2e.newPage();
    await logIn(referente, REFERENTE);
    await signAssistanceAgreement(referente, { firstName: 'Inès', lastName: 'Rapport', departementCode: '14', now: new Date() });

    const page = await e2e.newPage();
    await logIn(page, DIRECTION);
    await page.getByRole('link', { name: /^Rapports/ }).first().click();
    await page.waitForURL((url) => url.pathname === '/rapports');
    await expectHeading(page, 'Rapports et documents');
    await page.getByRole('link', { name: /Attestation \(PDF\)/ }).first().waitFor({ state: 'visible' });
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: /Créer le brouillon pour Région/ }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/rapports/') && !url.pathname.includes('planification'));
    await expectHeading(page, 'Rapport annuel');
    await page.getByRole('table', { name: 'Bénéficiaires par service' }).waitFor({ state: 'visible' });
    expect(await page.getByRole('table', { name: 'Bénéficiaires par service' }).getByRole('row', { name: /Assistance renforcée/ }).innerText()).toMatch(/1/);

    await page.getByLabel(/Bilan qualitatif de la direction/).fill('Une première année riche : ateliers collectifs et appuis à l’écrit du livret 2.');
    await page.getByRole('button', { name: 'Enregistrer le bilan' }).click();
    await page.getByText('Bilan qualitatif enregistré.').waitFor({ state: 'visible' });
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Signer le rapport' }).click();
    await page.getByText('Rapport signé.').waitFor({ state: 'visible' });
    await page.getByText(/empreinte SHA-256/).waitFor({ state: 'visible' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger le rapport (PDF)' }).click()]);
    const file = await download.path();
    const text = await pdfText(await readFile(file));
    expect(text).toContain('Partie financière');
    expect(text).toContain('Une première année riche');
    expect(text).toMatch(/Signé dans Jalon par .+, direction, le .+ — empreinte SHA-256 du contenu : [0-9a-f]{64}/);

    await page.getByRole('button', { name: 'Envoyer au commanditaire' }).click();
    await page.getByText('Rapport envoyé au commanditaire.').waitFor({ state: 'visible' });

    const region = await e2e.newPage();
    await logIn(region, REGION);
    await region.getByRole('link', { name: /Rapports et documents/ }).first().click();
    await region.waitForURL((url) => url.pathname === '/rapports');
    const row = region.getByRole('row', { name: /Envoyé au commanditaire/ });
    await row.waitFor({ state: 'visible' });
    await expectNoAxeViolations(region);
    await row.getByRole('link', { name: /Rapport annuel/ }).click();
    await expectHeading(region, 'Rapport annuel');
    await region.getByText('Une première année riche', { exact: false }).first().waitFor({ state: 'visible' });
    const byService = region.getByRole('table', { name: 'Bénéficiaires par service' });
    expect(await byService.getByRole('row', { name: /Assistance renforcée/ }).innerText()).toContain('masqué (< 5)');
    expect(await region.getByRole('button', { name: 'Signer le rapport' }).count()).toBe(0);
    await expectNoAxeViolations(region);
  });
});
