import { describe, expect, test } from 'vitest';
import { REPORT_FIELD_LABELS } from '../common/appointments';
import { expectNoAxeViolations, setupE2E, skipBrowserTests } from './support/browser';
import { ADMIN, CANDIDATE, expectHeading, logIn, type DemoAccount } from './support/jalon';
import { advanceServerClock, dayInput, serverNow } from './support/pathway-steps';

const REFERENTE: DemoAccount = { who: 'référente', email: 'referente.caen@jalon.test', home: 'Espace référent de parcours' };

/**
 * Seeds 003 and 004's proof: the référente sets an appointment with Camille, the convocation leaves
 * through the outbox, the appointment takes place (the server clock moves past it), both sign, the
 * report is written, and the livret de suivi shows it all and exports as a PDF.
 */
describe.skipIf(skipBrowserTests)('rendez-vous, émargement et livret de suivi', () => {
  const e2e = setupE2E({ CLOCK_CONTROL: 'true' });

  test('convocation, émargement des deux, compte rendu, livret', { timeout: 600_000 }, async () => {
    let page = await e2e.newPage();
    await logIn(page, REFERENTE);
    await page.goto('/parcours');
    await page.getByRole('link', { name: /Camille Martin/ }).first().click();
    await page.waitForURL((url) => /^\/parcours\/[0-9a-f-]{36}$/.test(url.pathname));
    const pathwayPath = new URL(page.url()).pathname;

    const now = await serverNow(e2e.baseUrl);
    const form = page.getByRole('form', { name: 'Fixer un rendez-vous' });
    await form.getByLabel(/^Date/).fill(dayInput(now, 2));
    await form.getByLabel(/^Début/).fill('10:00');
    await form.getByLabel(/^Fin/).fill('11:00');
    await form.getByLabel(/^Lieu/).fill('Maison de l’emploi, 5 rue de Bras, Caen');
    await form.getByRole('button', { name: 'Fixer le rendez-vous et envoyer la convocation' }).click();
    await page.getByText(/la convocation est envoyée/).waitFor({ state: 'visible' });

    // The convocation is in the outbox (the demo keeps emails in the local mailbox).
    page = await e2e.newPage();
    await logIn(page, ADMIN);
    await page.goto('/admin/boite-envoi');
    await page.getByText(/Convocation : Entretien de suivi/).first().waitFor({ state: 'visible' });

    // Camille sees it in her space.
    page = await e2e.newPage();
    await logIn(page, CANDIDATE);
    await page.goto('/mon-parcours');
    await expectHeading(page, 'Mon parcours VAE');
    const mine = page.getByRole('region', { name: 'Mes rendez-vous' });
    await mine.getByRole('link', { name: 'Entretien de suivi' }).waitFor({ state: 'visible' });

    // The appointment takes place; Camille signs from her account afterwards.
    await advanceServerClock(e2e.baseUrl, 3);
    page = await e2e.newPage();
    await logIn(page, CANDIDATE);
    await page.goto('/mon-parcours');
    await page.getByRole('button', { name: /^J’émarge/ }).click();
    await page.getByText('Votre émargement est enregistré.').waitFor({ state: 'visible' });

    // The référente signs and writes the report.
    page = await e2e.newPage();
    await logIn(page, REFERENTE);
    await page.goto(pathwayPath);
    await page.getByRole('region', { name: 'Rendez-vous' }).getByRole('link', { name: 'Entretien de suivi' }).click();
    await expectHeading(page, 'Entretien de suivi');
    await page.getByRole('button', { name: 'J’émarge' }).click();
    await page.getByText('Émargement enregistré.').waitFor({ state: 'visible' });
    const report = page.getByRole('form', { name: 'Écrire le compte rendu' });
    await report.getByLabel(REPORT_FIELD_LABELS.pointsWorked).fill('Description de deux activités de tutorat.');
    await report.getByLabel(REPORT_FIELD_LABELS.objectivesReached).fill('Le plan du Livret 1 est arrêté.');
    await report.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    await page.getByText('Compte rendu enregistré.').waitFor({ state: 'visible' });
    expect(await page.getByRole('table').innerText()).toMatch(/Signé le[\s\S]*Signé le/);
    await expectNoAxeViolations(page);

    // The livret shows it all and exports.
    await page.getByRole('link', { name: 'livret de suivi' }).click();
    await expectHeading(page, 'Livret de suivi');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Rendez-vous : Entretien de suivi');
    expect(text).toContain('Points travaillés : Description de deux activités de tutorat.');
    expect(text.match(/Signé le/g)?.length).toBe(2);
    await expectNoAxeViolations(page);
    const pdf = await page.evaluate(async (url) => {
      const res = await fetch(url);
      return { status: res.status, type: res.headers.get('content-type'), size: (await res.arrayBuffer()).byteLength };
    }, `/api${pathwayPath.replace('/parcours/', '/pathways/')}/livret.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.size).toBeGreaterThan(2000);

    // The structure's agenda (its week is the browser's, whose clock did not move).
    await page.goto('/agenda');
    await expectHeading(page, 'Agenda');
    await page.getByText(/Aucun rendez-vous sur cette période|Entretien de suivi/).first().waitFor({ state: 'visible' });
    await expectNoAxeViolations(page);
  });
});
