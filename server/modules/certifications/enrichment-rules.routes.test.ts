import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOC_NOTE_TEXT_MESSAGE, CERTIFICATION_CODE_MESSAGE } from '../../../common/certifications';
import { certificationEnrichments, certificationManagers, certifications } from '../../db/schema';
import { buildOrganisation, buildUser } from '../../test/factories';
import { loginAs, type Session } from '../../test/test-app';
import type { TCertificationEnrichment } from './certifications.enrichment-schema';
import type { TCertificationDetail } from './certifications.schema';
import { createCatalogueTestContext, type CatalogueTestContext } from './testing/catalogue-test-context';

/**
 * The rules of the enrichment that the schema alone does not show: a bloc note's prerequisites and
 * its bloc, an equivalence's target code, and enrichments stored before those fields existed.
 */
let ctx: CatalogueTestContext;
let agent: Session;
let cipId: string;

const CODE = 'RNCP37274';

beforeAll(async () => {
  ctx = await createCatalogueTestContext({ withSamples: false });
  const managing = await buildOrganisation(ctx.database, { kind: 'certificateur', name: 'DDETS du Calvados' });
  const [cip] = await ctx.database.db.select({ id: certifications.id }).from(certifications).where(eq(certifications.code, CODE));
  cipId = cip!.id;
  await ctx.database.db.insert(certificationManagers).values({ certificationId: cipId, organisationId: managing.id });
  agent = await loginAs(ctx.app, (await buildUser(ctx.database, { roles: [{ organisationId: managing.id, role: 'certificateur_agent' }] })).email);
});
afterAll(async () => ctx.close());

type View = TCertificationDetail & { viewerCanEditEnrichment: boolean };

const read = async (): Promise<View> => {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/certifications/${CODE}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<View>();
};
const put = (payload: unknown) => ctx.app.inject({ method: 'PUT', url: `/api/certifications/${CODE}/enrichment`, headers: agent.headers, payload: payload as object });
/** The stored jsonb, as the database holds it. */
const stored = async () => {
  const [row] = await ctx.database.db.select().from(certificationEnrichments).where(eq(certificationEnrichments.certificationId, cipId));
  return { blocNotes: row?.blocNotes, equivalences: row?.equivalences };
};

const EQUIVALENCE = { target: 'Titre RNCP Chargé d’accompagnement social et professionnel', description: 'Passerelle vers le titre du CNAM.', modulesExempted: null, modulesTotal: null };

describe('PUT /api/certifications/:code/enrichment: bloc prerequisites and equivalence codes', () => {
  let seeded: TCertificationEnrichment;
  beforeAll(async () => {
    seeded = (await read()).enrichment!;
  });

  it('200: a bloc note with prerequisites only, another with both texts, and equivalences with and without a code', async () => {
    const blocNotes = [
      { blocCode: 'RNCP37274BC01', vaeFocus: seeded.blocNotes[0]!.vaeFocus, prerequisites: 'Savoir conduire un entretien individuel.' },
      { blocCode: 'RNCP37274BC03', vaeFocus: null, prerequisites: 'Connaître le tissu économique local.' },
    ];
    const equivalences = [
      { ...EQUIVALENCE, targetCode: 'RNCP36625' },
      { target: 'Une certification que le catalogue n’a pas', description: 'Passerelle partielle.', targetCode: 'RNCP35830', modulesExempted: 5, modulesTotal: 8 },
      { target: 'Un diplôme sans code connu', description: 'Passerelle.', targetCode: null, modulesExempted: null, modulesTotal: null },
    ];
    const res = await put({ ...seeded, blocNotes, equivalences });
    expect(res.statusCode, res.body).toBe(200);
    const saved = res.json<View>();
    expect(saved.enrichment?.blocNotes).toEqual(blocNotes);
    expect(saved.enrichment?.equivalences).toEqual(equivalences);
    // The catalogue holds RNCP36625 (a seed record), not RNCP35830: only the first is linked.
    expect(saved.codesInCatalogue).toEqual(['RNCP36625']);
    expect((await read()).enrichment?.blocNotes[1]).toEqual(blocNotes[1]);
    expect(await stored()).toEqual({ blocNotes, equivalences });
  });

  it('400 VALIDATION_FAILED, in French, for a bloc note with neither text, and nothing is written', async () => {
    const before = await stored();
    const res = await put({ ...seeded, blocNotes: [{ blocCode: 'RNCP37274BC02', vaeFocus: null, prerequisites: null }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: { 'blocNotes.0': BLOC_NOTE_TEXT_MESSAGE } } });
    expect(await stored()).toEqual(before);
  });

  it('400 VALIDATION_FAILED naming the field for a note on a bloc the record does not have, or a second note on one bloc', async () => {
    const before = await stored();
    const unknown = await put({ ...seeded, blocNotes: [...seeded.blocNotes, { blocCode: 'RNCP37274BC09', vaeFocus: 'Un bloc inventé.', prerequisites: null }] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: { 'blocNotes.3.blocCode': '« RNCP37274BC09 » n’est pas un bloc de compétences de la certification RNCP37274 (blocs : RNCP37274BC01, RNCP37274BC02, RNCP37274BC03).' } },
    });
    expect(unknown.json().error.message).toMatch(/^Une note de bloc ne porte pas sur un bloc de cette certification/);
    const twice = await put({ ...seeded, blocNotes: [seeded.blocNotes[1]!, { blocCode: 'RNCP37274BC02', vaeFocus: null, prerequisites: 'Avoir accompagné des personnes.' }] });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.details.fields).toEqual({ 'blocNotes.1.blocCode': 'Le bloc RNCP37274BC02 a déjà une note : réunissez-les en une seule.' });
    expect(await stored()).toEqual(before);
  });

  it.each([['RNCP-35830'], ['35830'], ['CQP123'], ['RNCP035830'], ['rncp35830'], ['']])('400 VALIDATION_FAILED for the target code %j, and nothing is written', async (targetCode) => {
    const before = await stored();
    const res = await put({ ...seeded, equivalences: [{ ...EQUIVALENCE, targetCode }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: { 'equivalences.0.targetCode': CERTIFICATION_CODE_MESSAGE } } });
    expect(await stored()).toEqual(before);
  });
});

describe('an enrichment stored before bloc prerequisites and equivalence codes', () => {
  it('still reads and validates: the new fields come back as null', async () => {
    // The shape written before this change: no prerequisites, no targetCode.
    const oldNotes = [{ blocCode: 'RNCP37274BC01', vaeFocus: 'Accueillir et diagnostiquer.' }];
    const oldEquivalences = [{ target: 'Diplôme d’État d’aide-soignant', description: 'Passerelle partielle.', modulesExempted: 5, modulesTotal: 8 }];
    await ctx.database.db
      .update(certificationEnrichments)
      .set({ blocNotes: sql`${JSON.stringify(oldNotes)}::jsonb`, equivalences: sql`${JSON.stringify(oldEquivalences)}::jsonb` })
      .where(eq(certificationEnrichments.certificationId, cipId));
    expect(await stored()).toEqual({ blocNotes: oldNotes, equivalences: oldEquivalences });
    const view = await read();
    expect(view.enrichment?.blocNotes).toEqual([{ ...oldNotes[0], prerequisites: null }]);
    expect(view.enrichment?.equivalences).toEqual([{ ...oldEquivalences[0], targetCode: null }]);
    expect(view.codesInCatalogue).toEqual([]);
  });

  it('is still accepted in that shape by PUT (an API client not yet sending the new fields)', async () => {
    const enrichment = (await read()).enrichment!;
    const oldShape = {
      ...enrichment,
      blocNotes: enrichment.blocNotes.map(({ prerequisites: _p, ...note }) => note),
      equivalences: enrichment.equivalences.map(({ targetCode: _c, ...equivalence }) => equivalence),
    };
    const res = await put(oldShape);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<View>().enrichment?.blocNotes).toEqual(enrichment.blocNotes);
    expect(res.json<View>().enrichment?.equivalences).toEqual(enrichment.equivalences);
  });
});
