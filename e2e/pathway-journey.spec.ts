import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations, setupE2E, skipBrowserTests } from './support/browser';
import { CANDIDATE, expectHeading, logIn } from './support/jalon';
import { ACCOMPAGNATRICE, advanceServerClock, candidateTakes, candidateUploads, dayInput, DREETS, expectNextAction, openMyPathway, professionalTakes, serverNow } from './support/pathway-steps';

/**
 * Seed 003's journey: Camille Martin (demo data, RNCP37274, dossier de faisabilité in preparation)
 * goes to a first jury that validates blocs 1 and 2, then to a second jury on bloc 3 alone.
 * Each person signs in in their own browser context; the server's clock is moved past each jury.
 */
describe.skipIf(skipBrowserTests)('parcours VAE de bout en bout (RNCP37274, deux jurys)', () => {
  const e2e = setupE2E({ CLOCK_CONTROL: 'true' });
  let pathwayId = '';

  async function as(account: typeof CANDIDATE): Promise<Page> {
    const page = await e2e.newPage();
    await logIn(page, account);
    return page;
  }

  async function scheduleJury(daysAhead: number): Promise<void> {
    const now = await serverNow(e2e.baseUrl);
    const page = await as(DREETS);
    await professionalTakes(page, pathwayId, 'Programmer le jury', async (form) => {
      await form.getByLabel(/^Date du jury/).fill(dayInput(now, daysAhead));
      await form.getByLabel(/^Heure du jury/).fill('10:00');
      await form.getByLabel(/^Lieu ou lien de connexion/).fill('AFPA de Caen, salle 3');
      await form.getByText('En présentiel', { exact: true }).click();
    });
  }

  async function recordResult(blocs: [string, boolean][]): Promise<void> {
    const page = await as(DREETS);
    await professionalTakes(page, pathwayId, 'Saisir le résultat du jury', async (form) => {
      await form.getByText('Présence', { exact: true }).click();
      for (const [code, validated] of blocs) {
        const group = form.getByRole('group', { name: new RegExp(`^${code}`) });
        await group.getByText(validated ? 'Validé' : 'Non validé', { exact: true }).click();
        if (!validated) await form.getByLabel(`Préconisations du jury pour ${code} (facultatif)`).fill('Décrire une expérience de relations avec les entreprises.');
      }
    });
  }

  async function postJuryInterview(): Promise<void> {
    const page = await as(ACCOMPAGNATRICE);
    await professionalTakes(page, pathwayId, 'Tenir l’entretien post-jury', async (form) => {
      await form.getByLabel(/^Date de l’entretien/).fill(dayInput(new Date(), 0));
      await form.getByLabel(/^Synthèse de l’entretien/).fill('Point sur le résultat et la suite du parcours.');
    });
  }

  test('Livret 1, recevabilité, Livret 2, jury partiel, entretien, second jury sur le bloc 3, certification', { timeout: 600_000 }, async () => {
    // 1. Camille files her dossier de faisabilité.
    let page = await as(CANDIDATE);
    await openMyPathway(page);
    await expectHeading(page, 'Mon parcours VAE');
    await expectNextAction(page, 'Complétez votre dossier de faisabilité');
    await expectNoAxeViolations(page);
    await candidateUploads(page, 'Dossier de faisabilité (Livret 1)', 'livret1-camille.pdf');
    await candidateTakes(page, 'Déposer le dossier de faisabilité');
    await expectNextAction(page, 'le certificateur doit vous répondre avant le');

    // 2. The DREETS finds it in its inbox and declares it recevable.
    page = await as(DREETS);
    await page.goto('/certificateur/dossiers');
    const toDeclare = page.getByRole('region', { name: /Dossiers à déclarer recevables/ });
    await toDeclare.getByRole('link', { name: /Camille Martin/ }).click();
    await page.waitForURL((url) => /^\/parcours\/[0-9a-f-]{36}$/.test(url.pathname));
    pathwayId = new URL(page.url()).pathname.split('/')[2] ?? '';
    await expectHeading(page, 'Camille Martin');
    await expectNoAxeViolations(page);
    await professionalTakes(page, pathwayId, 'Déclarer recevable', async (form) => {
      await form.getByLabel(/^Date de la décision de recevabilité/).fill(dayInput(new Date(), 0));
    });

    // 3. Camille writes and files her dossier de validation.
    page = await as(CANDIDATE);
    await openMyPathway(page);
    await expectNextAction(page, 'Votre dossier est recevable');
    await candidateTakes(page, 'Commencer le dossier de validation');
    await expectNextAction(page, 'Rédigez votre dossier de validation');
    await candidateUploads(page, 'Dossier de validation (Livret 2)', 'livret2-camille.pdf');
    await candidateTakes(page, 'Déposer le dossier de validation');
    await expectNextAction(page, 'le certificateur va vous convoquer');

    // 4. First jury: blocs 1 and 2 validated, bloc 3 not.
    await scheduleJury(10);
    page = await as(CANDIDATE);
    await openMyPathway(page);
    await expectNextAction(page, 'Présentez-vous au jury le');
    await advanceServerClock(e2e.baseUrl, 11);
    await recordResult([['RNCP37274BC01', true], ['RNCP37274BC02', true], ['RNCP37274BC03', false]]);

    page = await as(CANDIDATE);
    await openMyPathway(page);
    await expectNextAction(page, 'entretien post-jury');
    const blocs = await page.getByRole('region', { name: 'Mes blocs de compétences' }).innerText();
    expect(blocs).toContain('2 blocs acquis sur 3');
    expect(blocs).toContain('Décrire une expérience de relations avec les entreprises.');

    // 5. Post-jury interview, then a new cycle on bloc 3 alone.
    await postJuryInterview();
    page = await as(CANDIDATE);
    await openMyPathway(page);
    await expectNextAction(page, 'RNCP37274BC03');
    await candidateTakes(page, 'Préparer un nouveau jury sur les blocs restants');
    await expectNextAction(page, 'pour le nouveau jury sur les blocs restants : RNCP37274BC03');
    await candidateUploads(page, 'Dossier de validation (Livret 2)', 'livret2-camille-bloc3.pdf');
    await candidateTakes(page, 'Déposer le dossier de validation');

    // 6. Second jury on bloc 3 only: the form offers only the remaining bloc.
    await scheduleJury(10);
    await advanceServerClock(e2e.baseUrl, 11);
    page = await as(DREETS);
    await page.goto(`/parcours/${pathwayId}`);
    await page.getByRole('region', { name: 'Prochaines étapes' }).getByRole('button', { name: 'Saisir le résultat du jury' }).click();
    await page.getByText('Présence', { exact: true }).click();
    expect(await page.getByRole('group', { name: /^RNCP37274BC0[12]/ }).count()).toBe(0);
    await recordResult([['RNCP37274BC03', true]]);

    // 7. Post-jury interview and the certification obtained.
    await postJuryInterview();
    page = await as(ACCOMPAGNATRICE);
    await professionalTakes(page, pathwayId, 'Clore : certification obtenue');
    page = await as(CANDIDATE);
    await openMyPathway(page);
    await expectNextAction(page, 'Félicitations');
    expect(await page.getByRole('region', { name: 'Mes blocs de compétences' }).innerText()).toContain('3 blocs acquis sur 3');
    await expectNoAxeViolations(page);
  });
});
