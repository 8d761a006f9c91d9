import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { MONTH_LABELS } from '../common/targets';
import { pdfText } from '../server/test/pdf-text';
import { expectNoAxeViolations, setupE2E, skipBrowserTests } from './support/browser';
import { expectHeading, logIn, pathOf, type DemoAccount } from './support/jalon';
import { advanceServerClock, serverNow } from './support/pathway-steps';
import { parisCalendar, signAssistanceAgreement } from './support/targets-steps';

const REGION: DemoAccount = { who: 'financeur (Région)', email: 'region@jalon.test', home: 'Espace financeur' };
const DIRECTION: DemoAccount = { who: 'direction CIBC', email: 'direction.cibc@jalon.test', home: 'Espace direction' };
const REFERENTE_CAEN: DemoAccount = { who: 'référente Caen', email: 'referente.caen@jalon.test', home: 'Espace référent de parcours' };
const REFERENT_BAYEUX: DemoAccount = { who: 'référent Bayeux', email: 'referent.bayeux@jalon.test', home: 'Espace référent de parcours' };
const REFERENTE_ROUEN: DemoAccount = { who: 'référente Rouen', email: 'referente.rouen@jalon.test', home: 'Espace référent de parcours' };
const CARIF: DemoAccount = { who: 'centre ressource', email: 'carif@jalon.test', home: 'Espace financeur' };
const TITLE = 'Convention assistance renforcée Calvados et Seine-Maritime';

async function openFromHome(page: Page, card: RegExp, path: string): Promise<void> {
  await page.getByRole('link', { name: card }).first().click();
  await page.waitForURL((url) => url.pathname === path);
}

/** One line of the creation form: its service, territory, objective and budget. */
async function fillLine(page: Page, n: number, territory: string, quantity: number, euros: number): Promise<void> {
  await page.getByLabel(`Service (ligne ${n})`).selectOption({ label: 'Assistance renforcée' });
  await page.getByLabel(`Territoire (ligne ${n})`).selectOption({ label: territory });
  await page.getByLabel(`Objectif (ligne ${n})`).fill(String(quantity));
  await page.getByLabel(`Budget en euros (ligne ${n})`).fill(String(euros));
}

/**
 * Issue 8's journey: the Région sets a yearly target for Calvados and Seine-Maritime for its
 * groupement, the CIBC's director splits the Calvados line and smooths it (a plan of the wrong sum
 * is refused with the server's reason), the référents' signed assistance agreements fill it, and
 * once the month is over the director's dashboard shows the gap to plan, down to the list behind
 * a figure; the funders' dashboards show the counts masked; the director signs and downloads the
 * groupement's yearly report.
 */
describe.skipIf(skipBrowserTests)('conventions, objectifs et tableaux de bord (issue 8)', () => {
  const e2e = setupE2E({ CLOCK_CONTROL: 'true' });

  test('objectif par département, répartition, réalisé par les référents, écart au tableau de bord', { timeout: 600_000 }, async () => {
    const start = await serverNow(e2e.baseUrl);
    const signed = parisCalendar(start);

    // The Région writes the agreement with the groupement.
    const region = await e2e.newPage();
    await logIn(region, REGION);
    await openFromHome(region, /Conventions et objectifs/, '/objectifs');
    await expectHeading(region, 'Conventions et objectifs');
    await region.getByRole('form', { name: 'Nouvelle convention' }).waitFor({ state: 'visible' });
    await expectNoAxeViolations(region);
    await region.getByLabel('Intitulé').fill(TITLE);
    await region.getByRole('form', { name: 'Nouvelle convention' }).getByLabel('Année').fill(String(signed.year));
    const party = region.getByLabel('Convention passée avec');
    await party.locator('option', { hasText: 'Groupement VAE Normandie' }).first().waitFor({ state: 'attached' });
    await party.selectOption({ label: (await party.locator('option', { hasText: 'Groupement VAE Normandie' }).first().innerText()).trim() });
    await region.getByLabel(/^Marge d’alerte/).fill('10');
    await fillLine(region, 1, 'Calvados (14)', 24, 19200);
    await region.getByRole('button', { name: 'Ajouter une ligne' }).click();
    await fillLine(region, 2, 'Seine-Maritime (76)', 12, 9600);
    await region.getByRole('button', { name: 'Créer la convention' }).click();
    await region.waitForURL((url) => /^\/objectifs\/[0-9a-f-]{36}$/.test(url.pathname));
    const agreementPath = pathOf(region);
    await expectHeading(region, TITLE);
    const lines = region.getByRole('table', { name: 'Lignes de la convention' });
    expect(await lines.innerText()).toContain('Calvados (14)');
    expect(await lines.innerText()).toContain('Seine-Maritime (76)');
    await expectNoAxeViolations(region);

    // The CIBC's director splits the Calvados line with the MIFE and smooths it over the year.
    let director = await e2e.newPage();
    await logIn(director, DIRECTION);
    await openFromHome(director, /Conventions et objectifs/, '/objectifs');
    await director.getByRole('link', { name: TITLE }).click();
    await director.waitForURL((url) => url.pathname === agreementPath);
    const calvados = director.getByRole('region', { name: 'Assistance renforcée — Calvados (14)' });
    await calvados.getByLabel('Part de CIBC du Calvados').fill('12');
    await calvados.getByLabel('Part de MIFE de Seine-Maritime').fill('12');
    await calvados.getByRole('button', { name: 'Enregistrer la répartition' }).click();
    await calvados.getByText('Répartition enregistrée.').waitFor({ state: 'visible' });
    const rouen = director.getByRole('region', { name: 'Assistance renforcée — Seine-Maritime (76)' });
    await rouen.getByLabel('Part de CIBC du Calvados').fill('0');
    await rouen.getByLabel('Part de MIFE de Seine-Maritime').fill('12');
    await rouen.getByRole('button', { name: 'Enregistrer la répartition' }).click();
    await rouen.getByText('Répartition enregistrée.').waitFor({ state: 'visible' });
    expect(await director.getByRole('table', { name: 'Lignes de la convention' }).innerText()).toContain('CIBC du Calvados : 12 ; MIFE de Seine-Maritime : 12');

    // A plan that does not add up to the objective is refused, with the server's reason.
    await calvados.getByLabel('janvier', { exact: true }).fill('5');
    await calvados.getByText('Total du plan : 27 sur un objectif de 24').waitFor({ state: 'visible' });
    await calvados.getByRole('button', { name: 'Enregistrer le plan' }).click();
    await calvados.getByText('Le plan totalise 27 alors que l’objectif est de 24 : ajustez les mois.').waitFor({ state: 'visible' });
    await calvados.getByLabel('janvier', { exact: true }).fill('2');
    await calvados.getByRole('button', { name: 'Enregistrer le plan' }).click();
    await calvados.getByText('Plan mensuel enregistré.').waitFor({ state: 'visible' });
    await expectNoAxeViolations(director);

    // The référents sign assistance agreements: two Calvados candidates at the CIBC, one Seine-Maritime one at the MIFE.
    for (const [account, firstName, departementCode] of [
      [REFERENTE_CAEN, 'Nora', '14'],
      [REFERENT_BAYEUX, 'Théo', '14'],
      [REFERENTE_ROUEN, 'Lina', '76'],
    ] as const) {
      const page = await e2e.newPage();
      await logIn(page, account);
      await signAssistanceAgreement(page, { firstName, lastName: 'Objectif', departementCode, now: start });
    }

    // The référente's own dashboard this month.
    const referente = await e2e.newPage();
    await logIn(referente, REFERENTE_CAEN);
    await openFromHome(referente, /Mon tableau de bord/, '/tableau-de-bord/referent');
    const month = referente.getByRole('region', { name: /^Ce mois-ci/ });
    await month.getByRole('button', { name: /Assistance renforcée réalisés par vous/ }).click();
    await referente.getByRole('region', { name: /^Liste :/ }).getByRole('link', { name: 'Nora Objectif' }).waitFor({ state: 'visible' });
    await expectNoAxeViolations(referente);

    // The month ends: it now counts against the plan (1 a month for the CIBC's 12 of 24).
    await advanceServerClock(e2e.baseUrl, signed.daysInMonth - signed.day + 1);
    director = await e2e.newPage();
    await logIn(director, DIRECTION);
    await openFromHome(director, /Tableau de bord/, '/tableau-de-bord/structure');
    await expectHeading(director, 'Tableau de bord de la structure');
    await director.getByLabel('Année').selectOption(String(signed.year));
    const line = director.getByRole('region', { name: `${TITLE} — Assistance renforcée, Calvados (14)` });
    await line.waitFor({ state: 'visible' });
    const expected = signed.month;
    const gap = expected - 2;
    const text = await line.innerText();
    expect(text).toContain('Part de la structure : 12');
    expect(text).toContain(`Attendus à fin ${MONTH_LABELS[signed.month - 1]} selon le plan : ${expected}`);
    expect(text).toContain(`réalisés : 2 ; écart au plan : ${gap > 0 ? `−${gap}` : gap < 0 ? `+${-gap}` : '0'}`);
    // The badge is drawn in capitals (CSS): compare without case.
    if (expected * 0.9 > 2) expect(text).toMatch(/alerte : retard sur le plan/i);
    // The figure opens on the two pathways it counts.
    await line.getByRole('button', { name: new RegExp(`^2 — voir la liste : Assistance renforcée, Calvados \\(14\\), mois ${signed.month}$`) }).click();
    const list = director.getByRole('region', { name: /^Liste :/ });
    await list.getByRole('link', { name: 'Nora Objectif' }).waitFor({ state: 'visible' });
    expect(await list.getByRole('link', { name: 'Théo Objectif' }).count()).toBe(1);
    expect(await list.getByRole('link', { name: 'Lina Objectif' }).count()).toBe(0);
    const referents = director.getByRole('table', { name: /^Activité des référents/ });
    for (const name of ['Claire Lebrun', 'Hugo Marie']) {
      expect(await referents.getByRole('button', { name: `1 — voir la liste : Assistance renforcée réalisés par ${name}`, exact: true }).count()).toBe(1);
    }
    await director.getByRole('form', { name: 'Enregistrer une journée' }).getByLabel('Professionnel').selectOption({ label: 'Claire Lebrun' });
    await director.getByLabel('Date').fill(`${signed.year}-${String(signed.month).padStart(2, '0')}-02`);
    await director.getByLabel('Intitulé').fill('Journée régionale des référents');
    await director.getByRole('button', { name: 'Enregistrer la journée' }).click();
    await director.getByText('Journée enregistrée pour Claire Lebrun.').waitFor({ state: 'visible' });
    await expectNoAxeViolations(director);

    // The Région sees the line, with the two Calvados agreements masked (fewer than five people).
    const funder = await e2e.newPage();
    await logIn(funder, REGION);
    await openFromHome(funder, /^Tableau de bord/, '/tableau-de-bord/commanditaire');
    await funder.getByLabel('Année').selectOption(String(signed.year));
    await funder.getByRole('heading', { name: /Assistance renforcée, Calvados \(14\) : objectif 24/ }).waitFor({ state: 'visible' });
    expect(await funder.getByText('masqué', { exact: true }).count()).toBeGreaterThan(0);
    expect(await funder.locator('main').innerText()).not.toMatch(/Nora|Théo|Lina/);
    await expectNoAxeViolations(funder);

    const carif = await e2e.newPage();
    await logIn(carif, CARIF);
    await openFromHome(carif, /Statistiques régionales/, '/tableau-de-bord/ressources');
    await carif.getByLabel('Année').selectOption(String(signed.year));
    await carif.getByText(/structures de conseil de la région/).waitFor({ state: 'visible' });
    await expectNoAxeViolations(carif);

    // The year's report of the groupement for the Région: the director opens it, signs it and downloads it.
    await director.goto(new URL('/', e2e.baseUrl).href);
    await openFromHome(director, /^Rapports/, '/rapports');
    await director.getByLabel('Année').selectOption(String(signed.year));
    await director.getByRole('button', { name: /^Créer le brouillon pour Région .* — Groupement VAE Normandie/ }).click();
    await director.waitForURL((url) => /^\/rapports\/[0-9a-f-]{36}$/.test(url.pathname));
    await expectHeading(director, 'Rapport annuel');
    const byService = director.getByRole('table', { name: 'Bénéficiaires par service' });
    await byService.waitFor({ state: 'visible' });
    expect(await byService.getByRole('row', { name: /Assistance renforcée/ }).count()).toBe(1);
    await director.getByRole('button', { name: 'Signer le rapport' }).click();
    await director.getByText('Rapport signé.').waitFor({ state: 'visible' });
    await expectNoAxeViolations(director);
    const [download] = await Promise.all([director.waitForEvent('download'), director.getByRole('link', { name: 'Télécharger le rapport (PDF)' }).click()]);
    const pdf = await pdfText(await readFile(await download.path()));
    for (const section of ['Partie quantitative', 'Partie qualitative', 'Partie financière', 'Budget et réalisé par ligne de convention', 'Calvados (14)', 'Seine-Maritime (76)']) expect(pdf).toContain(section);
    expect(pdf).toMatch(/19 200/);
    expect(pdf).toMatch(/Signé dans Jalon par .+, direction, le .+ — empreinte SHA-256 du contenu : [0-9a-f]{64}/);
  });
});
