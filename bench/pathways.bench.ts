import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp } from '../server/app';
import { openPostgres, type Database } from '../server/db/client';
import { migrate } from '../server/db/migrate';
import { FixedClock } from '../server/lib/clock';
import { loadEnv } from '../server/lib/env';
import { createLogger } from '../server/lib/logger';
import { principalFromSession } from '../server/modules/auth/sessions';
import { getPathway } from '../server/modules/pathways/features/get-pathway';
import { listPathways } from '../server/modules/pathways/features/list-pathways';
import { ZPathwayListQuery } from '../server/modules/pathways/pathways.schema';
import { loadTerritories } from '../server/modules/territories/load-territories';
import { SCALE_PASSWORD, SCALE_REFERENCE, seedScale } from './generators/seed';
import { measure } from './lib/http-load';
import { captureStatements, measureLoop, replay } from './lib/sql-load';
import type { BenchContext, BenchRow, Measure } from './lib/types';

/**
 * The pathway reads at volume: a référent's filtered list and the pathway page, over HTTP at the
 * bench's connections (20 in the issue), each beside the bare Fastify route measured right before
 * it and beside the bare SQL of the same read: the statements the feature sent (captured once
 * through a Drizzle logger) replayed on the driver by as many concurrent clients, in the same process.
 *
 *   npm run bench -- --only pathways --connections 20                     20,000 pathways, PGlite
 *   BENCH_DATABASE_URL=postgres://… BENCH_PATHWAYS=150000 \
 *     npm run bench -- --only pathways --db postgres --connections 20     the issue's scale
 *
 * BENCH_PATHWAYS               pathways to generate (default 20,000; candidates = pathways / 1.5,
 *                              300 organisations, ≈ 10 transitions per pathway).
 * BENCH_PATHWAYS_DATABASE_URL  a PostgreSQL database to keep between runs: seeded on the first run
 *                              (if it has no pathways), only migrated on the next ones.
 * The clock is fixed at the generator's reference date, so "overdue" selects the same rows on any day.
 */
export const name = 'pathways';

const clock = new FixedClock(SCALE_REFERENCE);

async function prepare(ctx: BenchContext, pathways: number): Promise<Database> {
  const kept = process.env.BENCH_PATHWAYS_DATABASE_URL;
  let database: Database;
  if (kept) {
    database = openPostgres(kept, 10);
    await migrate(database);
    const [deps] = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM departements');
    if ((deps?.n ?? 0) === 0) await loadTerritories(database);
  } else {
    database = await ctx.openDatabase();
  }
  const [existing] = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM pathways');
  if ((existing?.n ?? 0) < pathways) {
    const started = performance.now();
    const options = { candidates: Math.ceil(pathways / 1.5), organisations: 300, professionalsPerOrganisation: 4, pathways, seed: `bench${pathways}` };
    await seedScale(database, options, { onDone: (g, rows, ms) => ctx.log(`  ${g}: ${rows} lignes en ${(ms / 1000).toFixed(1)} s`) });
    ctx.log(`données de volume : ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  // As autovacuum would have by then: fresh statistics and a visibility map for index-only scans.
  await database.exec('VACUUM ANALYZE');
  return database;
}

async function login(base: string, email: string): Promise<{ cookie: string; token: string }> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: SCALE_PASSWORD }) });
  if (res.status !== 200) throw new Error(`login ${email}: HTTP ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('jalon_session='))?.split(';')[0];
  if (!cookie) throw new Error(`login ${email}: no session cookie`);
  return { cookie, token: decodeURIComponent(cookie.slice('jalon_session='.length)) };
}

/** A référent of the counselling structure that follows the most pathways: the heaviest list. */
async function busiestReferent(database: Database, seed: string) {
  const [row] = await database.query<{ email: string; organisation_id: string; n: number }>(
    `SELECT u.email, a.organisation_id, a.n FROM (
       SELECT organisation_id, count(*)::int AS n FROM pathway_actors WHERE role = 'referent' GROUP BY organisation_id
     ) a JOIN memberships m ON m.organisation_id = a.organisation_id AND m.role = 'referent'
       JOIN users u ON u.id = m.user_id AND u.email LIKE $1
     ORDER BY a.n DESC, u.email LIMIT 1`,
    [`%.${seed}.%@scale.jalon.test`],
  );
  if (!row) throw new Error('aucun référent généré ne suit de parcours');
  return row;
}

export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const pathways = Number(process.env.BENCH_PATHWAYS ?? 20_000);
  if (!Number.isInteger(pathways) || pathways < 1) throw new Error('BENCH_PATHWAYS attend un entier positif');
  const database = await prepare(ctx, pathways);
  const bare = Fastify({ logger: false });
  bare.get('/bare', async () => ({ status: 'ok' }));
  const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', COOKIE_SECURE: 'false', PUBLIC_URL: 'http://127.0.0.1' });
  const app: FastifyInstance = await buildApp({ database, env, clock, logger: createLogger(env), mailer: null });
  try {
    const bareBase = await bare.listen({ host: '127.0.0.1', port: 0 });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const referent = await busiestReferent(database, `bench${pathways}`);
    const [counts] = await database.query<{ p: number; t: number }>('SELECT (SELECT count(*)::int FROM pathways) AS p, (SELECT count(*)::int FROM pathway_transitions) AS t');
    ctx.log(`${counts?.p} parcours, ${counts?.t} transitions ; référent ${referent.email} (structure suivant ${referent.n} parcours)`);
    const session = await login(base, referent.email);
    const principal = await principalFromSession(database, clock, session.token);
    const firstPage = (await (await fetch(`${base}/api/pathways`, { headers: { cookie: session.cookie } })).json()) as { items: { id: string }[]; total: number };
    const pageId = firstPage.items[0]?.id;
    if (!pageId) throw new Error('la liste du référent est vide');

    const lists = [
      { label: 'GET /api/pathways (référent, page 1)', qs: '' },
      { label: 'GET /api/pathways?overdue=true', qs: 'overdue=true' },
      { label: 'GET /api/pathways?state=validation_writing&hasRemainingBlocs=true', qs: 'state=validation_writing&hasRemainingBlocs=true' },
    ];
    const reads = [
      ...lists.map((l) => ({
        label: l.label,
        url: `${base}/api/pathways${l.qs ? `?${l.qs}` : ''}`,
        call: (db: Database) => listPathways({ database: db, clock, principal, query: ZPathwayListQuery.parse(Object.fromEntries(new URLSearchParams(l.qs))) }),
      })),
      { label: 'GET /api/pathways/:id (page)', url: `${base}/api/pathways/${pageId}`, call: (db: Database) => getPathway({ database: db, clock, principal, id: pageId }) },
    ];
    const rows: BenchRow[] = [];
    for (const r of reads) {
      const statements = await captureStatements(database, r.call);
      ctx.log(`${r.label} (${statements.length} requêtes SQL)`);
      // The bare route right before each measure: the machine's background load drifts within a minute.
      const baseline = await checked('GET /bare', measure({ url: `${bareBase}/bare`, ...ctx.load }));
      const route = await checked(r.label, measure({ url: r.url, headers: { cookie: session.cookie }, ...ctx.load }));
      const sql = await measureLoop(() => replay(database, statements), ctx.load);
      rows.push({ name: r.label, ...route, baseline });
      rows.push({ name: `  SQL seul (${statements.length} requêtes, ${ctx.load.connections} clients)`, ...sql, baseline: null });
      rows.push({ name: '  route ÷ SQL seul', ...route, baseline: sql });
    }
    return rows;
  } finally {
    await bare.close();
    await app.close();
    await database.close();
  }
}

/** A 401 or 429 answers fast and would flatter the figures: such a run is an error, not a result. */
async function checked(label: string, pending: Promise<Measure>): Promise<Measure> {
  const m = await pending;
  if (m.non2xx > 0 || m.errors > 0) throw new Error(`${label}: ${m.non2xx} non-2xx responses, ${m.errors} errors`);
  return m;
}
