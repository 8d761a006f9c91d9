import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, certificationEnrichments, certificationManagers, certifications, organisations } from '../../db/schema';
import { buildOrganisation, buildUser } from '../../test/factories';
import { loginAs, type Session } from '../../test/test-app';
import type { TCertificationEnrichment } from './certifications.enrichment-schema';
import { seedCertifications } from './features/seed-certifications';
import type { TCertificationDetail, TSearchCertificationsResponse } from './certifications.schema';
import { createCatalogueTestContext, type CatalogueTestContext } from './testing/catalogue-test-context';

let ctx: CatalogueTestContext;
let admin: Session;
let managerAgent: Session;
let siretAgent: Session;
let otherAgent: Session;
let referent: Session;

const ASSP_SIRET = '11004301500012';

beforeAll(async () => {
  ctx = await createCatalogueTestContext();
  const db = ctx.database.db;
  admin = await loginAs(ctx.app, (await buildUser(ctx.database, { isPlatformAdmin: true })).email);
  // Manages RNCP37274 through a row set by an admin.
  const managing = await buildOrganisation(ctx.database, { kind: 'certificateur', name: 'DDETS du Calvados' });
  const [cip] = await db.select({ id: certifications.id }).from(certifications).where(eq(certifications.code, 'RNCP37274'));
  await db.insert(certificationManagers).values({ certificationId: cip!.id, organisationId: managing.id });
  managerAgent = await loginAs(ctx.app, (await buildUser(ctx.database, { roles: [{ organisationId: managing.id, role: 'certificateur_agent' }] })).email);
  // Owns RNCP37231 through its SIRET, which the registry names as certificateur.
  const owning = await buildOrganisation(ctx.database, { kind: 'certificateur', name: 'Ministère de l’Éducation nationale' });
  await db.update(organisations).set({ siret: ASSP_SIRET }).where(eq(organisations.id, owning.id));
  siretAgent = await loginAs(ctx.app, (await buildUser(ctx.database, { roles: [{ organisationId: owning.id, role: 'certificateur_agent' }] })).email);
  // A certificateur of the same kind with no tie to either record.
  const other = await buildOrganisation(ctx.database, { kind: 'certificateur', name: 'CNAM Normandie' });
  otherAgent = await loginAs(ctx.app, (await buildUser(ctx.database, { roles: [{ organisationId: other.id, role: 'certificateur_agent' }] })).email);
  referent = await loginAs(ctx.app, (await buildUser(ctx.database, { roles: [{ role: 'referent' }] })).email);
});
afterAll(async () => ctx.close());

const search = async (query: string) => {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/certifications?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<TSearchCertificationsResponse>();
};
const codes = (r: TSearchCertificationsResponse) => r.items.map((i) => i.code);
const record = async (code: string, headers: Record<string, string> = {}) => {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/certifications/${code}`, headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<TCertificationDetail & { viewerCanEditEnrichment: boolean }>();
};

describe('GET /api/certifications (public search)', () => {
  it('finds RNCP37274 in the first three for "conseiller insertion professionnelle", without a session', async () => {
    const result = await search(`q=${encodeURIComponent('conseiller insertion professionnelle')}`);
    expect(codes(result).slice(0, 3)).toContain('RNCP37274');
    expect(result.items[0]).toMatchObject({ code: expect.stringMatching(/^(RNCP|RS)\d+$/), title: expect.any(String) });
  });

  it('tolerates typos: "conseiler insersion" finds RNCP37274 in the first three', async () => {
    expect(codes(await search(`q=${encodeURIComponent('conseiler insersion')}`)).slice(0, 3)).toContain('RNCP37274');
  });

  it('filters by ROME code: K1801 finds RNCP36625', async () => {
    const result = await search('rome=K1801');
    expect(codes(result)).toContain('RNCP36625');
    for (const item of result.items) expect(item.romeCodes).toContain('K1801');
  });

  it('filters by level (repeatable) and paginates, with facet counts over all matches', async () => {
    const all = await search('pageSize=100');
    const byLevel = await search('level=5&level=6&pageSize=2&page=1');
    expect(byLevel.items.length).toBeLessThanOrEqual(2);
    for (const item of byLevel.items) expect([5, 6]).toContain(item.level);
    const expected = all.facets.levels.filter((l) => l.level === 5 || l.level === 6).reduce((n, l) => n + l.count, 0);
    expect(byLevel.total).toBe(expected);
    expect(byLevel.facets.levels.every((l) => l.level === 5 || l.level === 6)).toBe(true);
    const page2 = await search('level=5&level=6&pageSize=2&page=2');
    expect(codes(page2).some((c) => codes(byLevel).includes(c))).toBe(false);
  });

  it('filters by certificateur SIRET, VAE access and blocs', async () => {
    const result = await search(`certificateur=${ASSP_SIRET}&vaeOpen=true`);
    expect(codes(result)).toContain('RNCP37231');
    for (const item of result.items) expect(item.vaeOpen).toBe(true);
    const withBlocs = await search('hasBlocs=true&pageSize=100');
    for (const item of withBlocs.items) expect(item.blocCount).toBeGreaterThan(0);
  });

  it.each([['rome=XYZ'], ['pageSize=1000'], ['level=9'], ['page=0'], ['inconnu=1'], ['nsf=abc']])('400 VALIDATION_FAILED for a bad query (%s)', async (query) => {
    const res = await ctx.app.inject({ method: 'GET', url: `/api/certifications?${query}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
});

describe('GET /api/certifications/:code (public record)', () => {
  it('returns the whole record with its blocs and VAE enrichment', async () => {
    const detail = await record('rncp37274');
    expect(detail.code).toBe('RNCP37274');
    expect(detail.blocs).toHaveLength(3);
    expect(detail.enrichment?.vaeFiling?.filingBody).toMatch(/DDETS/);
    expect(detail.viewerCanEditEnrichment).toBe(false);
  });

  it('says who may edit the enrichment', async () => {
    expect((await record('RNCP37274', managerAgent.headers)).viewerCanEditEnrichment).toBe(true);
    expect((await record('RNCP37274', otherAgent.headers)).viewerCanEditEnrichment).toBe(false);
    expect((await record('RNCP37231', siretAgent.headers)).viewerCanEditEnrichment).toBe(true);
    expect((await record('RNCP37231', admin.headers)).viewerCanEditEnrichment).toBe(true);
  });

  it('404 NOT_FOUND for a code absent from the catalogue, 400 for something that is not a code', async () => {
    const missing = await ctx.app.inject({ method: 'GET', url: '/api/certifications/RNCP99999999' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
    const bad = await ctx.app.inject({ method: 'GET', url: '/api/certifications/pas-un-code' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
  });
});

describe('PUT /api/certifications/:code/enrichment', () => {
  let enrichment: TCertificationEnrichment;
  beforeAll(async () => {
    const detail = await record('RNCP37274');
    enrichment = detail.enrichment!;
  });
  const withRates = (total: number): TCertificationEnrichment => ({ ...enrichment, validationRates: { total, partial: 100 - total, refusal: 0, source: 'Certificateur' } });
  const put = (code: string, session: Session | null, payload: unknown) =>
    ctx.app.inject({ method: 'PUT', url: `/api/certifications/${code}/enrichment`, headers: session?.headers ?? {}, payload: payload as object });
  const storedRates = async (code: string) => {
    const [row] = await ctx.database.db
      .select({ rates: certificationEnrichments.validationRates })
      .from(certificationEnrichments)
      .innerJoin(certifications, eq(certifications.id, certificationEnrichments.certificationId))
      .where(eq(certifications.code, code));
    return row?.rates ?? null;
  };

  it('401 without a session', async () => {
    const res = await put('RNCP37274', null, withRates(60));
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('403 for a role other than certificateur agent', async () => {
    const res = await put('RNCP37274', referent, withRates(60));
    expect(res.statusCode).toBe(403);
  });

  it('403 for a certificateur agent of another organisation, and nothing changes', async () => {
    const before = await storedRates('RNCP37274');
    const res = await put('RNCP37274', otherAgent, withRates(60));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    expect(await storedRates('RNCP37274')).toEqual(before);
  });

  it('403 for the agent of a managing organisation on a record it does not manage', async () => {
    expect((await put('RNCP37231', managerAgent, withRates(60))).statusCode).toBe(403);
  });

  it('400 VALIDATION_FAILED for a bad body, and nothing changes', async () => {
    const before = await storedRates('RNCP37274');
    for (const payload of [{ ...withRates(60), inconnu: true }, { ...enrichment, validationRates: { total: 140, partial: null, refusal: null, source: null } }, {}]) {
      const res = await put('RNCP37274', managerAgent, payload);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect(await storedRates('RNCP37274')).toEqual(before);
  });

  it('404 for an unknown code', async () => {
    const res = await put('RNCP99999999', managerAgent, withRates(60));
    expect(res.statusCode).toBe(404);
  });

  it('403 CSRF_FAILED without the CSRF token', async () => {
    const res = await ctx.app.inject({ method: 'PUT', url: '/api/certifications/RNCP37274/enrichment', headers: { cookie: managerAgent.cookie }, payload: withRates(60) });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
  });

  it('200 for an agent of the managing organisation, with the audit event', async () => {
    const res = await put('RNCP37274', managerAgent, withRates(70));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TCertificationDetail>().enrichment?.validationRates?.total).toBe(70);
    expect(await storedRates('RNCP37274')).toMatchObject({ total: 70 });
    const events = await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.eventType, 'certification.enrichment_updated'));
    const last = events.at(-1);
    expect(last?.details).toMatchObject({ code: 'RNCP37274', after: { validationRates: { total: 70 } } });
  });

  it('an edited enrichment survives the next start: the reference seed leaves it alone', async () => {
    expect((await put('RNCP37274', managerAgent, withRates(71))).statusCode).toBe(200);
    // What the server does at every start.
    expect(await seedCertifications(ctx.database)).toMatchObject({ enrichmentsWritten: 0 });
    expect(await storedRates('RNCP37274')).toMatchObject({ total: 71 });
  });

  it('200 for an agent of an organisation whose SIRET is the record’s certificateur', async () => {
    const assp = (await record('RNCP37231')).enrichment!;
    const res = await put('RNCP37231', siretAgent, { ...assp, validationConditions: ['Dossier complet'] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TCertificationDetail>().enrichment?.validationConditions).toEqual(['Dossier complet']);
  });

  it('200 for a platform admin, and creates the enrichment of a record that had none', async () => {
    const [bare] = await ctx.database.db
      .select({ code: certifications.code, id: certifications.id })
      .from(certifications)
      .where(and(eq(certifications.source, 'import'), eq(certifications.kind, 'rs')))
      .limit(1);
    // RNCP37274's bloc notes are not about this record's blocs: they are left out.
    const res = await put(bare!.code, admin, { ...withRates(50), blocNotes: [] });
    expect(res.statusCode, res.body).toBe(200);
    expect(await storedRates(bare!.code)).toMatchObject({ total: 50 });
  });
});
