import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations, setupE2E, skipBrowserTests } from './support/browser';
import { expectHeading, heading, pathOf } from './support/jalon';

/** Waits until the page has its h1 and no request or loading message is pending. */
async function settle(page: Page): Promise<void> {
  await heading(page).waitFor({ state: 'visible' });
  await page.waitForLoadState('networkidle');
  await page.getByRole('status').filter({ hasText: /Chargement…|Recherche en cours…/ }).first().waitFor({ state: 'hidden' });
}

/** The value of a fact of the record's description lists (`<dt>label</dt><dd>value</dd>`). */
async function factOf(page: Page, label: string): Promise<string> {
  return (await page.locator('dl.jalon-facts dt', { hasText: label }).first().locator('xpath=following-sibling::dd[1]').innerText()).trim();
}

describe.skipIf(skipBrowserTests)('catalogue des certifications (sans connexion)', () => {
  const e2e = setupE2E();

  test('rechercher « conseiler insersion », ouvrir RNCP37274 et lire ses trois blocs', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    // Logged-out visitors reach the catalogue from the main navigation.
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Certifications', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/certifications');
    await expectHeading(page, 'Rechercher une certification');

    await page.getByLabel(/^Mots recherchés/).fill('conseiler insersion');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    // The query is in the address, so the search can be shared.
    await page.waitForURL((url) => url.searchParams.get('q') === 'conseiler insersion');
    const results = page.getByRole('region', { name: 'Résultats' }).getByRole('listitem');
    await results.first().waitFor({ state: 'visible' });
    await settle(page);
    const firstThree = await Promise.all([0, 1, 2].map((i) => results.nth(i).innerText().catch(() => '')));
    expect(firstThree.some((text) => text.includes('RNCP37274')), firstThree.join('\n---\n')).toBe(true);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: /Conseiller en insertion professionnelle/ }).first().click();
    await page.waitForURL((url) => url.pathname === '/certifications/RNCP37274');
    await expectHeading(page, 'Conseiller en insertion professionnelle');
    await settle(page);
    const blocs = page.getByRole('region', { name: 'Blocs de compétences' }).getByRole('button', { name: /^RNCP37274BC0\d/ });
    expect(await blocs.count()).toBe(3);
    for (let i = 0; i < 3; i++) expect(await blocs.nth(i).isVisible()).toBe(true);
    // Opening a bloc shows its competences.
    await blocs.first().click();
    expect(await blocs.first().getAttribute('aria-expanded')).toBe('true');
    // The registry facts beyond the blocs: short title, partial validation, the certificateur's SIRET.
    expect(await factOf(page, 'Intitulé abrégé')).toBe('Titre professionnel (TP)');
    expect(await factOf(page, 'Validation partielle')).toContain('bloc par bloc');
    const certificateurs = page.getByRole('region', { name: 'Certificateurs et organismes habilités' }).getByRole('table', { name: 'Organismes certificateurs' });
    expect(await certificateurs.getByRole('row').nth(1).innerText()).toContain('11000007200014');
    const routes = page.getByRole('table', { name: /^Voies d’accès à la certification/ });
    expect(await routes.getByRole('row', { name: /VAE/ }).textContent()).toContain('Oui');
    // The summary lists only the sections the record fills, and leads to them.
    const summary = page.getByRole('navigation', { name: 'Sommaire' });
    expect(await summary.getByRole('link').allInnerTexts()).not.toContain('Chiffres clés');
    await expectNoAxeViolations(page);
    expect(pathOf(page)).toBe('/certifications/RNCP37274');
  });

  test('RNCP36625 : unités de formation avec modalité et semestres, appellations ROME', async () => {
    const page = await e2e.newPage();
    await page.goto('/certifications/RNCP36625');
    await expectHeading(page, 'Chargé d\'accompagnement social et professionnel');
    await settle(page);
    const units = page.getByRole('table', { name: /^Unités de formation \(15\)/ });
    const headers = await units.getByRole('columnheader').allInnerTexts();
    expect(headers).toEqual(expect.arrayContaining(['Modalité', 'Année 2023/2024', 'Année 2024/2025', 'Année 2025/2026']));
    const first = await units.getByRole('row', { name: /FPG003/ }).getByRole('cell').allInnerTexts();
    expect(first).toEqual(['FPG003', 'Projet personnel et professionnel : auto-orientation pédagogique', 'Enseignement', '6', '51', 'Oui', 'Non précisée', 'Semestre 2', 'Semestre 1', 'Semestre 1']);
    expect(await factOf(page, 'Habilitation du parcours jusqu’au')).toBe('1 juillet 2027');
    const vae = page.getByRole('region', { name: 'La VAE pour cette certification' });
    expect(await vae.getByRole('heading', { name: 'Délais d’accès et périodes d’inscription' }).isVisible()).toBe(true);
    expect(await vae.getByText('seeds/002 : fiche récapitulative CNAM CRN01').isVisible()).toBe(true);
    const codes = page.getByRole('region', { name: 'Métiers et domaines (codes)' });
    expect(await codes.getByText('Chargé / Chargée d\'intervention sociale').isVisible()).toBe(true);
    await expectNoAxeViolations(page);
  });

  test('RNCP37231 : chiffres d’insertion avec leur source, date du dernier Journal officiel', async () => {
    const page = await e2e.newPage();
    await page.goto('/certifications/RNCP37231');
    await expectHeading(page, 'BAC PRO');
    await settle(page);
    const figures = page.getByRole('region', { name: 'Chiffres clés' });
    const insertion = figures.getByRole('table', { name: 'Taux d’insertion (source : InserJeunes, 2023)' });
    expect(await insertion.getByRole('row', { name: /Taux d'insertion global/ }).getByRole('cell').allInnerTexts()).toEqual(['Taux d\'insertion global dans l\'emploi (national)', '29 %']);
    expect(await factOf(page, 'Dernier Journal officiel')).toBe('1 septembre 2022');
    await expectNoAxeViolations(page);
  });

  test('une fiche importée montre partenaires, jurys, publications et correspondances', async () => {
    const page = await e2e.newPage();
    // The seeds carry no partners nor publications: the imported record is the seed's answer completed.
    const base = (await (await page.request.get('/api/certifications/RNCP37274')).json()) as Record<string, unknown>;
    const jury = 'Jury de professionnels du secteur désignés par la DDETS.';
    const partners = Array.from({ length: 200 }, (_, i) => ({
      siret: `1234567890${String(i).padStart(4, '0')}`,
      name: `Organisme ${i + 1}`,
      habilitation: i % 2 ? 'HABILITATION_FORMER' : 'HABILITATION_ORGA_FORM',
      state: 'Actif',
      activeSince: '2024-03-28',
      stateChangedOn: null,
    }));
    const imported = {
      ...base,
      source: 'import',
      importedAt: '2025-06-02T08:00:00.000Z',
      registrationType: 'Enregistrement de droit',
      state: 'Publiée',
      dates: { decision: '2022-12-14', effect: '2023-01-01', registrationEnd: '2027-12-31', lastJo: null, deliveryLimit: null, publication: null },
      accessRoutes: [
        { route: 'continuing_education', active: true, juryComposition: jury, modifiedOn: '2023-01-05' },
        { route: 'vae', active: true, juryComposition: jury, modifiedOn: '2023-01-05' },
      ],
      partners: { total: 1487, items: partners },
      codes: { rome: [{ code: 'K1801', label: 'Conseil en emploi et insertion socioprofessionnelle' }], nsf: [], formacode: [], idcc: [{ code: '1516', label: 'Organismes de formation' }] },
      publications: [{ kind: 'creation', title: 'Arrêté du 14 décembre 2022 relatif au titre professionnel', date: '2022-12-20' }],
      blocCorrespondences: [
        { sourceBlocCodes: ['RNCP37274BC01'], targetCode: 'RNCP34140', targetBlocCodes: ['RNCP34140BC01'] },
        { sourceBlocCodes: ['RNCP37274BC02'], targetCode: 'RNCP99998', targetBlocCodes: [] },
      ],
      // RNCP99998 is not in the catalogue: named, not linked.
      codesInCatalogue: ['RNCP34140'],
    };
    await page.route('**/api/certifications/RNCP37274', (route) => route.fulfill({ json: imported }));
    await page.goto('/certifications/RNCP37274');
    await expectHeading(page, 'Conseiller en insertion professionnelle');
    await settle(page);

    const partnersToggle = page.getByRole('button', { name: 'Organismes partenaires habilités (1\u202f487)' });
    expect(await partnersToggle.getAttribute('aria-expanded')).toBe('false');
    await partnersToggle.click();
    const partnerTable = page.getByRole('table', { name: 'Organismes partenaires et leur habilitation' });
    await partnerTable.waitFor({ state: 'visible' });
    expect(await partnerTable.getByRole('row').count()).toBe(201);
    expect(await partnerTable.getByRole('row', { name: /Organisme 2 / }).getByRole('cell').allTextContents()).toEqual(['Organisme 2', '12345678900001', 'Former', 'Actif', '28 mars 2024']);
    expect(await page.getByText('200 premiers organismes affichés sur 1\u202f487').isVisible()).toBe(true);

    const juries = page.getByRole('region', { name: 'Accès à la certification' });
    expect(await juries.getByText('Voies : VAE, Formation continue').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Composition du jury VAE fixée par le registre' }).getAttribute('href')).toBe('#jurys');
    expect(await factOf(page, 'Type d’enregistrement')).toBe('Enregistrement de droit');
    expect(await factOf(page, 'Date d’effet')).toBe('1 janvier 2023');
    expect(await factOf(page, 'Conventions collectives (IDCC)')).toBe('1516 – Organismes de formation');
    const registration = page.getByRole('region', { name: 'Enregistrement au répertoire' });
    expect(await registration.getByRole('listitem').filter({ hasText: 'Texte de création, Journal officiel du 20 décembre 2022' }).count()).toBe(1);
    const correspondences = page.getByRole('table', { name: 'Correspondances entre blocs de compétences' });
    expect(await correspondences.getByRole('link', { name: 'RNCP34140' }).isVisible()).toBe(true);
    expect(await correspondences.getByRole('cell', { name: 'RNCP99998' }).isVisible()).toBe(true);
    expect(await correspondences.getByRole('link', { name: 'RNCP99998' }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  test('trouver un certificateur par son nom, filtrer sur lui et sur le répertoire', async () => {
    const page = await e2e.newPage();
    await page.goto('/certifications');
    await settle(page);
    // Every level of the national framework can be chosen, from 1 to 8.
    const levels = await page.getByLabel('Niveau').locator('option').allInnerTexts();
    expect(levels.filter((text) => /^Niveau [1-8]\b/.test(text))).toHaveLength(8);

    await page.getByLabel(/^Chercher un autre certificateur/).fill('ministere travail');
    const found = page.getByRole('list', { name: 'Certificateurs trouvés' }).getByRole('button', { name: /MINISTERE DU TRAVAIL .*SIRET 11000007200014/ });
    await found.waitFor({ state: 'visible' });
    await expectNoAxeViolations(page);
    await found.click();
    // The choice is now the list's value, and the focus is on that list.
    const select = page.getByLabel('Certificateur', { exact: true });
    expect(await select.inputValue()).toBe('11000007200014');
    expect(await select.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByLabel('Répertoire').selectOption('rncp');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('certificateur') === '11000007200014' && url.searchParams.get('kind') === 'rncp');
    await settle(page);
    await page.getByRole('region', { name: 'Résultats' }).getByText('RNCP37274').first().waitFor({ state: 'visible' });
    const cards = await page.getByRole('region', { name: 'Résultats' }).getByRole('listitem').allInnerTexts();
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((text) => !/\bRS\d+/.test(text)), cards.join('\n---\n')).toBe(true);
  });

  test('une adresse de recherche partagée donne les mêmes résultats', async () => {
    const page = await e2e.newPage();
    await page.goto('/certifications?rome=K1801');
    await settle(page);
    await page.getByRole('region', { name: 'Résultats' }).getByText('RNCP36625').first().waitFor({ state: 'visible' });
    expect(await page.getByLabel('Code ROME').inputValue()).toBe('K1801');
  });
});
