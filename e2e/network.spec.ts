import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations, setupE2E, skipBrowserTests } from './support/browser';
import { api } from './support/api';
import { ADMIN, logIn, type DemoAccount } from './support/jalon';

const REFERENTE: DemoAccount = { who: 'référente', email: 'referente.caen@jalon.test', home: 'Espace référent de parcours' };
const PARTNER = 'Foyer Jeunes Travailleurs de Caen';

/** The newest referral link in the platform's local mailbox (read by the administrator). */
async function linkFromMailbox(page: Page, subject: RegExp): Promise<string> {
  await page.goto('/admin/boite-envoi');
  await page.getByRole('link', { name: subject }).first().click();
  const text = await page.locator('pre').first().innerText();
  const path = /\/mise-en-relation\/[A-Za-z0-9_-]+/.exec(text)?.[0];
  expect(path, text).toBeDefined();
  return path ?? '';
}

/**
 * Issue 7: the référente adds a housing partner, refers Camille from a plan item with her consent,
 * the partner accepts through the emailed link without an account, later reports the outcome, and
 * the référente sees it on the pathway and in the plan item.
 */
describe.skipIf(skipBrowserTests)('réseau partenaires et mise en relation', () => {
  const e2e = setupE2E();

  test('fiche partenaire, mise en relation depuis un appui, réponse et résultat du partenaire', { timeout: 300_000 }, async () => {
    const page = await e2e.newPage();
    await logIn(page, REFERENTE);
    await page.getByRole('link', { name: /Réseau partenaires/ }).first().click();
    await page.waitForURL((url) => url.pathname === '/reseau');
    await page.getByRole('button', { name: 'Ajouter un partenaire' }).click();
    const form = page.getByRole('form', { name: 'Nouvelle fiche partenaire' });
    await form.getByLabel('Nom de la structure partenaire').fill(PARTNER);
    await form.getByText('Logement', { exact: true }).click();
    await form.getByLabel('Départements couverts').fill('14');
    await form.getByLabel('Nom du contact').fill('Hélène Lefèvre');
    await form.getByLabel('Adresse électronique du contact').fill('helene@fjt-caen.test');
    await form.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await page.getByRole('heading', { name: PARTNER }).waitFor({ state: 'visible' });
    await page.getByLabel('Domaine').selectOption({ label: 'Logement' });
    await page.getByText('1 partenaire(s)').waitFor({ state: 'visible' });
    await expectNoAxeViolations(page);

    // Camille's pathway, with an assistance renforcée and one support in its plan (covered by assistance.spec).
    await page.goto('/parcours');
    await page.getByRole('link', { name: /Camille Martin/ }).first().click();
    await page.waitForURL((url) => /^\/parcours\/[0-9a-f-]{36}$/.test(url.pathname));
    const pathwayId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const pathway = await api<{ actors: { organisationId: string; role: string }[] }>(page, 'GET', `/api/pathways/${pathwayId}`);
    const organisationId = pathway.actors.find((a) => a.role === 'referent')?.organisationId;
    const assistance = await api<{ id: string }>(page, 'POST', `/api/pathways/${pathwayId}/assistance`, { organisationId, proposerKind: 'counselling_structure', startPhase: 'before_recevabilite' });
    await api(page, 'POST', `/api/assistances/${assistance.id}/plan-items`, { supportCode: 'SUP-05', carrierKind: 'referent' });
    await page.reload();

    await page.getByRole('button', { name: 'Mettre en relation avec un partenaire' }).click();
    const referral = page.getByRole('form', { name: 'Orienter vers un partenaire' });
    await referral.getByLabel('Contact du partenaire').selectOption({ index: 1 });
    await referral.getByLabel(/^Appui du plan concerné/).selectOption({ index: 1 });
    await referral.getByLabel(/^Informations transmises au partenaire/).fill('Camille cherche un logement à Caen à partir d’avril.');
    await referral.getByRole('button', { name: 'Envoyer la mise en relation' }).click();
    await page.getByText('La mise en relation n’a pas été envoyée').waitFor({ state: 'visible' });
    await referral.getByText(/Le candidat a donné son accord/).click();
    await referral.getByRole('button', { name: 'Envoyer la mise en relation' }).click();
    const section = page.getByRole('region', { name: 'Mises en relation avec des partenaires' });
    await section.getByText('Envoyée, sans réponse').waitFor({ state: 'visible' });

    // The partner receives the link by email (read here from the administrator's local mailbox).
    const admin = await e2e.newPage();
    await logIn(admin, ADMIN);
    const answerPath = await linkFromMailbox(admin, /vous oriente un candidat/);
    const partner = await e2e.newPage();
    await partner.goto(answerPath);
    await partner.getByText('Camille cherche un logement à Caen à partir d’avril.').waitFor({ state: 'visible' });
    await expectNoAxeViolations(partner);
    await partner.getByRole('button', { name: 'Accepter la mise en relation' }).click();
    await partner.getByRole('button', { name: 'Transmettre le résultat' }).waitFor({ state: 'visible' });
    expect(new URL(partner.url()).pathname).not.toBe(answerPath);

    // The first link works only once.
    const again = await e2e.newPage();
    await again.goto(answerPath);
    await again.getByText(/déjà été utilisé/).waitFor({ state: 'visible' });

    // Later, the partner reports the outcome through the second link, received by email.
    const outcomePath = await linkFromMailbox(admin, /transmettre le résultat/);
    await partner.goto(outcomePath);
    await partner.getByLabel(/^Résultat de l’appui/).fill('Studio attribué au 1er avril.');
    await partner.getByRole('button', { name: 'Transmettre le résultat' }).click();
    await partner.getByText('Merci : le résultat est transmis au référent.').waitFor({ state: 'visible' });

    await page.reload();
    await section.getByText('Résultat transmis').waitFor({ state: 'visible' });
    await section.getByText(/Studio attribué au 1er avril/).waitFor({ state: 'visible' });
    await page.goto(`/parcours/${pathwayId}/assistance`);
    await page.getByText(/Résultat transmis par Foyer Jeunes Travailleurs de Caen/).first().waitFor({ state: 'visible' });

    // The livret de suivi shows the referral and its outcome too.
    await page.goto(`/parcours/${pathwayId}/livret`);
    await page.getByRole('heading', { name: new RegExp(`Mise en relation : ${PARTNER}`) }).waitFor({ state: 'visible' });
    await page.getByText('Résultat : Studio attribué au 1er avril.').waitFor({ state: 'visible' });
    await expectNoAxeViolations(page);

    // The référente edits the partner's contact from the address book.
    await page.goto('/reseau');
    await page.getByRole('button', { name: 'Modifier le contact Hélène Lefèvre' }).click();
    const contact = page.getByRole('form', { name: 'Modifier le contact Hélène Lefèvre' });
    await contact.getByLabel('Téléphone').fill('02 31 44 55 66');
    await contact.getByLabel('Horaires').fill('Lundi au vendredi, 9 h – 17 h');
    await contact.getByRole('button', { name: 'Enregistrer le contact' }).click();
    await page.getByText(/02 31 44 55 66.*\(Lundi au vendredi, 9 h – 17 h\)/).waitFor({ state: 'visible' });
    await expectNoAxeViolations(page);

    // The référente reads the referral delays; the administrator changes them.
    await page.getByRole('link', { name: /Délais des mises en relation/ }).click();
    await page.getByText(/Rappel au partenaire sans réponse \(jours\) : 7/).waitFor({ state: 'visible' });
    await admin.goto('/reseau/delais');
    await admin.getByLabel(/^Rappel au partenaire sans réponse/).fill('5');
    await admin.getByRole('button', { name: 'Enregistrer les délais' }).click();
    await admin.getByText(/Les délais sont enregistrés/).waitFor({ state: 'visible' });
    await expectNoAxeViolations(admin);
  });
});
