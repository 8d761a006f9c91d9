import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations, setupE2E, skipBrowserTests } from './support/browser';
import { ADMIN, CANDIDATE, logIn, type DemoAccount } from './support/jalon';

const REFERENTE: DemoAccount = { who: 'référente', email: 'referente.caen@jalon.test', home: 'Espace référent de parcours' };

/**
 * The newest questionnaire link in the platform's local mailbox (read by the administrator). The
 * link is made by a job a moment after the sending: the list is reloaded until the message is there.
 */
async function questionnaireLinkFromMailbox(page: Page): Promise<string> {
  const message = page.getByRole('link', { name: /Votre avis sur votre accompagnement VAE/ }).first();
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.goto('/admin/boite-envoi');
    const found = await message
      .waitFor({ state: 'visible', timeout: 1500 })
      .then(() => true)
      .catch(() => false);
    if (found) break;
  }
  await message.click();
  const text = await page.locator('pre').first().innerText();
  const path = /\/satisfaction\/[A-Za-z0-9_-]+/.exec(text)?.[0];
  expect(path, text).toBeDefined();
  return path ?? '';
}

/**
 * Issue 6 point 5: the référente sends the satisfaction questionnaire at the end of Camille's
 * accompaniment, Camille answers through the emailed link without an account (once), the result
 * shows in the structure's aggregates; Camille files a complaint from her space, the structure
 * acknowledges and answers it, and Camille sees its status and the answer.
 */
describe.skipIf(skipBrowserTests)('questionnaire de satisfaction et réclamations', () => {
  const e2e = setupE2E();

  test('envoi, réponse par lien unique, résultats, puis réclamation suivie jusqu’à la réponse', { timeout: 300_000 }, async () => {
    const page = await e2e.newPage();
    await logIn(page, REFERENTE);
    await page.getByRole('link', { name: /Satisfaction et réclamations/ }).first().click();
    await page.waitForURL((url) => url.pathname === '/satisfaction');
    const pathwaySelect = page.getByLabel('Parcours', { exact: true });
    await pathwaySelect.locator('option', { hasText: 'Camille Martin' }).first().waitFor({ state: 'attached' });
    const value = await pathwaySelect.locator('option', { hasText: 'Camille Martin' }).first().getAttribute('value');
    await pathwaySelect.selectOption(value ?? '');
    await page.getByRole('button', { name: 'Envoyer le questionnaire de satisfaction' }).click();
    await page.getByText('Le questionnaire est envoyé à Camille Martin.').waitFor({ state: 'visible' });
    await expectNoAxeViolations(page);

    const admin = await e2e.newPage();
    await logIn(admin, ADMIN);
    const link = await questionnaireLinkFromMailbox(admin);

    const candidate = await e2e.newPage();
    await candidate.goto(link);
    await candidate.getByRole('heading', { name: 'Votre avis sur votre accompagnement' }).waitFor({ state: 'visible' });
    await candidate.getByRole('group', { name: /Dans l’ensemble/ }).waitFor({ state: 'visible' });
    await expectNoAxeViolations(candidate);
    // Submitting without every answer names what is missing, and stores nothing.
    await candidate.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await candidate.getByText('Vos réponses n’ont pas été enregistrées').waitFor({ state: 'visible' });
    for (const [question, answer] of [
      [/Dans l’ensemble/, '5 – Très satisfait·e'],
      [/informations sur la VAE/, '4 – Satisfait·e'],
      [/disponible/, '5 – Très satisfait·e'],
      [/appuis proposés/, '4 – Satisfait·e'],
      [/rythme des rendez-vous/, '3 – Moyennement satisfait·e'],
      [/Recommanderiez-vous/, 'Oui'],
    ] as const) {
      await candidate.getByRole('group', { name: question }).getByText(answer, { exact: true }).click();
    }
    // The scale is usable from the keyboard: arrows move within a fieldset's radios.
    await candidate.getByRole('group', { name: /rythme des rendez-vous/ }).getByLabel('3 – Moyennement satisfait·e').focus();
    await candidate.keyboard.press('ArrowDown');
    expect(await candidate.getByRole('group', { name: /rythme des rendez-vous/ }).getByLabel('4 – Satisfait·e').isChecked()).toBe(true);
    await candidate.getByLabel(/Souhaitez-vous ajouter un commentaire/).fill('Une écoute précieuse, merci.');
    await candidate.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await candidate.getByText('Merci, vos réponses sont enregistrées').waitFor({ state: 'visible' });
    await expectNoAxeViolations(candidate);

    // The link works once.
    const again = await e2e.newPage();
    await again.goto(link);
    await again.getByText(/déjà été rempli/).waitFor({ state: 'visible' });

    await page.reload();
    const results = page.getByRole('region', { name: 'Résultats des questionnaires' });
    await results.getByText(/1 réponse\(s\)/).waitFor({ state: 'visible' });
    await results.getByText(/Une écoute précieuse, merci\./).waitFor({ state: 'visible' });
    await page.getByRole('region', { name: 'Questionnaires envoyés' }).getByText(/Répondu le/).waitFor({ state: 'visible' });

    // Camille files a complaint from her space.
    const space = await e2e.newPage();
    await logIn(space, CANDIDATE);
    await space.goto('/mon-parcours');
    const mine = space.getByRole('region', { name: 'Mes réclamations' });
    await mine.getByText('Vous n’avez déposé aucune réclamation.').waitFor({ state: 'visible' });
    await mine.getByRole('button', { name: 'Déposer une réclamation' }).click();
    await mine.getByRole('button', { name: 'Envoyer ma réclamation' }).click();
    await mine.getByText('La réclamation n’a pas été enregistrée').waitFor({ state: 'visible' });
    await mine.getByLabel('Objet').fill('Rendez-vous déplacé sans prévenir');
    await mine.getByLabel(/Ce qui s’est passé/).fill('Mon rendez-vous du 12 a été déplacé sans que je sois prévenue.');
    await mine.getByLabel(/Parcours concerné/).selectOption({ index: 1 });
    await mine.getByRole('button', { name: 'Envoyer ma réclamation' }).click();
    await mine.getByText('Votre réclamation est enregistrée.').waitFor({ state: 'visible' });
    await mine.getByRole('heading', { name: 'Rendez-vous déplacé sans prévenir' }).waitFor({ state: 'visible' });
    await mine.getByText('Reçue', { exact: true }).first().waitFor({ state: 'visible' });
    await expectNoAxeViolations(space);

    // The structure concerned acknowledges it, then records its answer.
    await page.reload();
    const complaints = page.getByRole('region', { name: 'Réclamations' });
    await complaints.getByRole('heading', { name: 'Rendez-vous déplacé sans prévenir' }).waitFor({ state: 'visible' });
    await complaints.getByRole('button', { name: /Accuser réception/ }).click();
    await complaints.getByLabel(/Réponse apportée/).fill('Nous vous prions de nous excuser : les changements vous seront désormais annoncés par courriel.');
    await complaints.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    await complaints.getByRole('button', { name: /Clore la réclamation/ }).waitFor({ state: 'visible' });
    await expectNoAxeViolations(page);

    await space.reload();
    await mine.getByText('Réponse apportée', { exact: true }).first().waitFor({ state: 'visible' });
    await mine.getByText(/les changements vous seront désormais annoncés/).waitFor({ state: 'visible' });
  });
});
