import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificationManagers, certifications, organisations } from '../../db/schema';
import { buildOrganisation, buildUser } from '../../test/factories';
import { loginAs, type Session } from '../../test/test-app';
import type { TCertificationEnrichment } from './certifications.enrichment-schema';
import type { TCertificationDetail } from './certifications.schema';
import { listMyCertifications } from './features/list-my-certifications';
import type { TMyCertificationsResponse } from './my-certifications.schema';
import { createCatalogueTestContext, type CatalogueTestContext } from './testing/catalogue-test-context';

let ctx: CatalogueTestContext;
let agent: Session;
let otherAgent: Session;
let agentOfDisabled: Session;
let referent: Session;
let disabledId: string;

/** The Éducation nationale SIRET: the registry names it as certificateur of RNCP37231 and RNCP37488. */
const ASSP_SIRET = '11004301500012';

async function manage(organisationId: string, codes: string[]) {
  const rows = await ctx.database.db.select({ id: certifications.id }).from(certifications).where(inArray(certifications.code, codes));
  expect(rows).toHaveLength(codes.length);
  await ctx.database.db.insert(certificationManagers).values(rows.map((r) => ({ certificationId: r.id, organisationId })));
}

beforeAll(async () => {
  ctx = await createCatalogueTestContext();
  // Manages RNCP37274 and RNCP37488 (rows set by an admin); its SIRET certifies RNCP37231 and RNCP37488.
  const owning = await buildOrganisation(ctx.database, { kind: 'certificateur', name: 'Rectorat de Normandie' });
  await ctx.database.db.update(organisations).set({ siret: ASSP_SIRET }).where(eq(organisations.id, owning.id));
  await manage(owning.id, ['RNCP37274', 'RNCP37488']);
  agent = await loginAs(ctx.app, (await buildUser(ctx.database, { roles: [{ organisationId: owning.id, role: 'certificateur_agent' }] })).email);
  // A disabled organisation managing a record, and certifying another through its SIRET.
  const disabled = await buildOrganisation(ctx.database, { kind: 'certificateur', name: 'Ancien certificateur', disabled: true });
  disabledId = disabled.id;
  await ctx.database.db.update(organisations).set({ siret: '52875765100013' }).where(eq(organisations.id, disabled.id));
  await manage(disabled.id, ['RNCP36625']);
  const active = await buildOrganisation(ctx.database, { kind: 'certificateur', name: 'Nouveau certificateur' });
  agentOfDisabled = await loginAs(
    ctx.app,
    (await buildUser(ctx.database, { roles: [{ organisationId: active.id, role: 'certificateur_agent' }, { organisationId: disabled.id, role: 'certificateur_agent' }] })).email,
  );
  const other = await buildOrganisation(ctx.database, { kind: 'certificateur', name: 'CNAM Normandie' });
  otherAgent = await loginAs(ctx.app, (await buildUser(ctx.database, { roles: [{ organisationId: other.id, role: 'certificateur_agent' }] })).email);
  referent = await loginAs(ctx.app, (await buildUser(ctx.database, { roles: [{ role: 'referent' }] })).email);
});
afterAll(async () => ctx.close());

const mine = (session: Session | null, query = '') => ctx.app.inject({ method: 'GET', url: `/api/certifications/mine${query}`, headers: session?.headers ?? {} });

describe('GET /api/certifications/mine', () => {
  it('401 without a session (the static path wins over /:code)', async () => {
    const res = await mine(null);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('403 for a role other than certificateur agent', async () => {
    const res = await mine(referent);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });

  it('400 VALIDATION_FAILED for a bad page, page size or an unknown parameter', async () => {
    for (const query of ['?page=0', '?page=abc', '?pageSize=0', '?pageSize=101', '?q=cip']) {
      const res = await mine(agent, query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('200: the records the organisation manages and those its SIRET certifies, by title, with why and the enrichment state', async () => {
    // A person edits RNCP37231's enrichment: it carries editedAt from then on.
    const record = await ctx.app.inject({ method: 'GET', url: '/api/certifications/RNCP37231' });
    const enrichment = record.json<TCertificationDetail>().enrichment as TCertificationEnrichment;
    const put = await ctx.app.inject({ method: 'PUT', url: '/api/certifications/RNCP37231/enrichment', headers: agent.headers, payload: { ...enrichment, validationConditions: ['Dossier complet'] } });
    expect(put.statusCode, put.body).toBe(200);

    const res = await mine(agent);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<TMyCertificationsResponse>();
    expect(body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    // By title: « BAC PRO - Accompagnement… », « Conseiller en insertion… », « Cybersécurité ».
    expect(body.items.map((i) => i.code)).toEqual(['RNCP37231', 'RNCP37274', 'RNCP37488']);
    const byCode = new Map(body.items.map((i) => [i.code, i]));
    // Managed, with the platform's reference enrichment that no one edited.
    expect(byCode.get('RNCP37274')).toMatchObject({ why: ['manager'], editedAt: null, level: 5, active: true });
    expect(byCode.get('RNCP37274')?.enrichmentUpdatedAt).toEqual(expect.any(String));
    // Certified through the SIRET, edited just now (the test clock).
    expect(byCode.get('RNCP37231')).toMatchObject({ why: ['siret'], editedAt: '2026-03-02T09:00:00.000Z' });
    // Both, and no enrichment at all.
    expect(byCode.get('RNCP37488')).toMatchObject({ why: ['manager', 'siret'], enrichmentUpdatedAt: null, editedAt: null });
  });

  it('pages the list and tells the total even past the end', async () => {
    const all = (await mine(agent)).json<TMyCertificationsResponse>().items.map((i) => i.code);
    const first = (await mine(agent, '?pageSize=2')).json<TMyCertificationsResponse>();
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.items.map((i) => i.code)).toEqual(all.slice(0, 2));
    const second = (await mine(agent, '?pageSize=2&page=2')).json<TMyCertificationsResponse>();
    expect(second.items.map((i) => i.code)).toEqual(all.slice(2));
    const past = (await mine(agent, '?pageSize=2&page=5')).json<TMyCertificationsResponse>();
    expect(past).toMatchObject({ items: [], total: 3, page: 5 });
  });

  it('a disabled organisation gives no record', async () => {
    const res = await mine(agentOfDisabled);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TMyCertificationsResponse>()).toMatchObject({ items: [], total: 0 });
    // Even for a principal still naming it (a token read before the organisation was disabled).
    const direct = await listMyCertifications({
      exec: ctx.database.db,
      principal: { type: 'api_token', tokenId: 'token', organisationId: disabledId, role: 'certificateur_agent' },
      query: { page: 1, pageSize: 20 },
    });
    expect(direct).toMatchObject({ items: [], total: 0 });
  });

  it('the agent of another organisation sees none of them', async () => {
    const res = await mine(otherAgent);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TMyCertificationsResponse>()).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
  });
});
