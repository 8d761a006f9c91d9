import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, certificationImportRuns, certificationManagers, certifications, jobs, organisations } from '../../db/schema';
import { seedDemo } from '../../db/seed-demo';
import { runDueJobs } from '../../jobs/queue';
import { buildOrganisation, buildUser } from '../../test/factories';
import { loginAs, type Session } from '../../test/test-app';
import { createTestDatabase } from '../../test/test-database';
import type { TImportRun, TManager } from './certifications-admin.schema';
import { seedCertifications } from './features/seed-certifications';
import { importCertificationsJob } from './import-certifications.job';
import { createCatalogueTestContext, multipartBody, type CatalogueTestContext } from './testing/catalogue-test-context';
import { RS_XML } from './testing/sample-files';

let ctx: CatalogueTestContext;
let admin: Session;
let agent: Session;
let certificateurId = '';
let partnerId = '';

beforeAll(async () => {
  ctx = await createCatalogueTestContext({ withSamples: false });
  admin = await loginAs(ctx.app, (await buildUser(ctx.database, { isPlatformAdmin: true })).email);
  certificateurId = (await buildOrganisation(ctx.database, { kind: 'certificateur' })).id;
  partnerId = (await buildOrganisation(ctx.database, { kind: 'partner' })).id;
  agent = await loginAs(ctx.app, (await buildUser(ctx.database, { roles: [{ organisationId: certificateurId, role: 'certificateur_agent' }] })).email);
});
afterAll(async () => ctx.close());

const importsDir = () => path.join(ctx.dataDir, 'imports');
const storedFiles = () => (existsSync(importsDir()) ? readdirSync(importsDir()) : []);
const runCount = async () => (await ctx.database.db.select({ n: count() }).from(certificationImportRuns))[0]?.n ?? 0;
const upload = (session: Session | null, fileName: string, content: Buffer | string, query = '') => {
  const body = multipartBody('file', fileName, content);
  return ctx.app.inject({ method: 'POST', url: `/api/admin/certifications/imports${query}`, headers: { ...(session?.headers ?? {}), ...body.headers }, payload: body.payload });
};

describe('POST /api/admin/certifications/imports', () => {
  it('401 without a session, 403 for a certificateur agent', async () => {
    expect((await upload(null, 'export.xml', readFileSync(RS_XML))).statusCode).toBe(401);
    const res = await upload(agent, 'export.xml', readFileSync(RS_XML));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });

  it('400 IMPORT_FILE_UNSUPPORTED for a file that is neither XML nor ZIP; nothing is stored or queued', async () => {
    const before = await runCount();
    const res = await upload(admin, 'notes.xml', 'Ceci est un texte, pas un export.');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('IMPORT_FILE_UNSUPPORTED');
    expect(await runCount()).toBe(before);
    expect(storedFiles()).toEqual([]);
    expect(await ctx.database.db.select().from(jobs).where(eq(jobs.name, importCertificationsJob.name))).toEqual([]);
  });

  it('400 for an empty file, 415 without multipart, 400 for a bad query', async () => {
    expect((await upload(admin, 'vide.xml', '')).json().error.code).toBe('IMPORT_FILE_UNSUPPORTED');
    const json = await ctx.app.inject({ method: 'POST', url: '/api/admin/certifications/imports', headers: admin.headers, payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect((await upload(admin, 'export.xml', readFileSync(RS_XML), '?full=peut-etre')).statusCode).toBe(400);
    expect((await upload(admin, 'export.xml', readFileSync(RS_XML), '?full=true&forceDeactivation=oui')).statusCode).toBe(400);
    expect(storedFiles()).toEqual([]);
  });

  it('202 queues the import; the job records progress and the report, audits it and removes the file', async () => {
    const res = await upload(admin, 'export_fiches_RS.xml', readFileSync(RS_XML));
    expect(res.statusCode, res.body).toBe(202);
    const queued = res.json<TImportRun>();
    expect(queued).toMatchObject({ status: 'queued', fileName: 'export_fiches_RS.xml', fullExport: false, progress: { records: 0 } });
    expect(storedFiles()).toEqual([queued.id]);

    expect(await runDueJobs({ database: ctx.database, clock: ctx.clock, definitions: [importCertificationsJob] })).toBe(1);

    const shown = await ctx.app.inject({ method: 'GET', url: `/api/admin/certifications/imports/${queued.id}`, headers: admin.headers });
    expect(shown.statusCode).toBe(200);
    const run = shown.json<TImportRun>();
    expect(run).toMatchObject({ status: 'completed', format: 'xml', error: null });
    expect(run.created).toBeGreaterThan(0);
    expect(run.progress.records).toBe(run.created + run.updated + run.unchanged + run.rejected.length);
    expect(run.progress.bytesRead).toBe(run.progress.bytesTotal);
    expect(run.finishedAt).not.toBeNull();
    expect(storedFiles()).toEqual([]);
    const [audit] = await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.eventType, 'certification.imported'));
    expect(audit).toMatchObject({ entityId: queued.id, details: { status: 'completed', created: run.created } });

    // A duplicated job finds the run ended and imports nothing twice.
    await ctx.database.db.update(jobs).set({ status: 'pending', runAt: ctx.clock.now() }).where(eq(jobs.name, importCertificationsJob.name));
    await runDueJobs({ database: ctx.database, clock: ctx.clock, definitions: [importCertificationsJob] });
    expect((await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.eventType, 'certification.imported'))).length).toBe(1);
  });

  it('carries the forced deactivation of a full export to the job', async () => {
    const res = await upload(admin, 'export_fiches_RS.xml', readFileSync(RS_XML), '?full=true&forceDeactivation=true');
    expect(res.statusCode, res.body).toBe(202);
    const [job] = await ctx.database.db.select().from(jobs).where(and(eq(jobs.name, importCertificationsJob.name), eq(jobs.status, 'pending')));
    expect(job?.payload).toMatchObject({ runId: res.json<TImportRun>().id, full: true, forceDeactivation: true });
    expect(await runDueJobs({ database: ctx.database, clock: ctx.clock, definitions: [importCertificationsJob] })).toBe(1);
  });
});

describe('GET /api/admin/certifications/imports[/:id]', () => {
  it('401, 403, 400 and 404', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/admin/certifications/imports' })).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/admin/certifications/imports', headers: agent.headers })).statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/admin/certifications/imports?page=0', headers: admin.headers })).statusCode).toBe(400);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/admin/certifications/imports/42', headers: admin.headers })).statusCode).toBe(400);
    const missing = await ctx.app.inject({ method: 'GET', url: '/api/admin/certifications/imports/00000000-0000-4000-8000-000000000000', headers: admin.headers });
    expect(missing.statusCode).toBe(404);
  });

  it('200 lists the runs, newest first', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/admin/certifications/imports', headers: admin.headers });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ items: TImportRun[]; total: number }>();
    expect(body.total).toBe(body.items.length);
    expect(body.items[0]?.fileName).toBe('export_fiches_RS.xml');
  });

  it('pages the runs: 400 for a bad page or page size, 401 and 403 as without them, 200 with the slice and the total', async () => {
    const list = (query: string, session: Session | null = admin) =>
      ctx.app.inject({ method: 'GET', url: `/api/admin/certifications/imports${query}`, headers: session?.headers ?? {} });
    for (const query of ['?pageSize=0', '?pageSize=101', '?page=abc', '?page=1.5', '?pageSize=', '?page=10001', '?limit=2']) {
      const res = await list(query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code, query).toBe('VALIDATION_FAILED');
    }
    expect((await list('?page=2&pageSize=2', null)).statusCode).toBe(401);
    expect((await list('?page=2&pageSize=2', agent)).statusCode).toBe(403);

    // Five older runs, one day apart, after the one uploaded above.
    await ctx.database.db.insert(certificationImportRuns).values(
      [1, 2, 3, 4, 5].map((day) => ({ fileName: `ancien-${day}.xml`, fullExport: false, status: 'completed' as const, createdAt: new Date(Date.UTC(2020, 0, day)) })),
    );
    const all = (await list('?pageSize=100')).json<{ items: TImportRun[]; total: number }>();
    expect(all.total).toBe(await runCount());
    expect(all.items.map((r) => r.fileName).slice(-5)).toEqual(['ancien-5.xml', 'ancien-4.xml', 'ancien-3.xml', 'ancien-2.xml', 'ancien-1.xml']);

    const second = await list('?page=2&pageSize=2');
    expect(second.statusCode).toBe(200);
    const body = second.json<{ items: TImportRun[]; total: number; page: number; pageSize: number }>();
    expect(body).toMatchObject({ total: all.total, page: 2, pageSize: 2 });
    expect(body.items.map((r) => r.id)).toEqual(all.items.slice(2, 4).map((r) => r.id));
    const last = await list(`?page=${Math.ceil(all.total / 2)}&pageSize=2`);
    expect(last.json<{ items: TImportRun[] }>().items.at(-1)?.fileName).toBe('ancien-1.xml');
    const beyond = (await list('?page=50&pageSize=2')).json<{ items: TImportRun[]; total: number }>();
    expect(beyond).toMatchObject({ items: [], total: all.total });
  });
});

describe('/api/admin/certifications/:code/managers', () => {
  const url = '/api/admin/certifications/RNCP37274/managers';
  const post = (session: Session | null, payload: unknown, at = url) => ctx.app.inject({ method: 'POST', url: at, headers: session?.headers ?? {}, payload: payload as object });

  it('401 without a session, 403 for a certificateur agent', async () => {
    expect((await post(null, { organisationId: certificateurId })).statusCode).toBe(401);
    expect((await post(agent, { organisationId: certificateurId })).statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url, headers: agent.headers })).statusCode).toBe(403);
  });

  it('400 for a bad body, 404 for an unknown code or organisation, 409 for an organisation that is not a certificateur', async () => {
    expect((await post(admin, { organisationId: 'x' })).json().error.code).toBe('VALIDATION_FAILED');
    expect((await post(admin, { organisationId: certificateurId }, '/api/admin/certifications/RNCP99999999/managers')).statusCode).toBe(404);
    expect((await post(admin, { organisationId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    expect((await post(admin, { organisationId: partnerId })).statusCode).toBe(409);
    expect(await ctx.database.db.select().from(certificationManagers)).toEqual([]);
  });

  it('201 adds a manager whose agents may then edit the enrichment; 409 twice; 204 removes it', async () => {
    const res = await post(admin, { organisationId: certificateurId });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<{ items: TManager[] }>().items.map((m) => m.organisationId)).toEqual([certificateurId]);
    expect((await post(admin, { organisationId: certificateurId })).statusCode).toBe(409);
    const detail = await ctx.app.inject({ method: 'GET', url: '/api/certifications/RNCP37274', headers: agent.headers });
    expect(detail.json().viewerCanEditEnrichment).toBe(true);

    const listed = await ctx.app.inject({ method: 'GET', url, headers: admin.headers });
    expect(listed.json<{ items: TManager[] }>().items).toHaveLength(1);
    const removed = await ctx.app.inject({ method: 'DELETE', url: `${url}/${certificateurId}`, headers: admin.headers });
    expect(removed.statusCode).toBe(204);
    expect((await ctx.app.inject({ method: 'DELETE', url: `${url}/${certificateurId}`, headers: admin.headers })).statusCode).toBe(404);
    const after = await ctx.app.inject({ method: 'GET', url: '/api/certifications/RNCP37274', headers: agent.headers });
    expect(after.json().viewerCanEditEnrichment).toBe(false);
    const types = (await ctx.database.db.select({ t: auditEvents.eventType }).from(auditEvents)).map((e) => e.t);
    expect(types).toEqual(expect.arrayContaining(['certification.manager_added', 'certification.manager_removed']));
  });
});

describe('demo data', () => {
  it('makes the DAVA the manager of RNCP37231 and the DREETS that of RNCP37274', async () => {
    // Demo data only fills an empty database: a database of its own, as at a first start.
    const database = await createTestDatabase();
    try {
      await seedCertifications(database);
      expect(await seedDemo(database)).toBe(true);
      const rows = await database.db
        .select({ code: certifications.code, organisation: organisations.name })
        .from(certificationManagers)
        .innerJoin(certifications, eq(certifications.id, certificationManagers.certificationId))
        .innerJoin(organisations, eq(organisations.id, certificationManagers.organisationId))
        .orderBy(certifications.code);
      expect(rows).toEqual([
        { code: 'RNCP37231', organisation: 'DAVA de l’académie de Normandie' },
        { code: 'RNCP37274', organisation: 'DREETS de Normandie (titres professionnels)' },
      ]);
    } finally {
      await database.close();
    }
  }, 180_000);
});
