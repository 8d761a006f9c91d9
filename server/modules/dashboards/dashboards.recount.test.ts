import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCALE_PASSWORD, seedScale } from '../../../bench/generators/seed';
import type { MaskedCount } from '../../../common/targets';
import { groupementMembers, groupements } from '../../db/schema';
import { buildOrganisation, buildUser } from '../../test/factories';
import { createTestContext, loginAs, type Session, type TestContext } from '../../test/test-app';
import { createTestDatabase } from '../../test/test-database';
import { NO_REFERENT } from './aggregates/rollup';
import { recount, rollup, yearlyFromMonthly, yearlyRollup } from './testing/recount';

let ctx: TestContext;
let raw: Map<string, [number, number]>;
let region = '';
let deps: string[] = [];
let structures: string[] = [];
let funder: Session;
let rc: Session;
let rcId = '';
let commanditaireId = '';
const directors = new Map<string, Session>();
const YEAR = 2026;

/** Sum of the recounted figures that pass the filter (key = org|month|metric|key|dep|ref). */
function sum(filter: (k: { org: string; month: string; metric: string; key: string; dep: string; ref: string }) => boolean, which: 0 | 1 = 0): number {
  let total = 0;
  for (const [k, v] of raw) {
    const [org = '', month = '', metric = '', key = '', dep = '', ref = ''] = k.split('|');
    if (filter({ org, month, metric, key, dep, ref })) total += v[which];
  }
  return total;
}
const inMonth = (month: string, m: number) => month === `${YEAR}-${String(m).padStart(2, '0')}-01`;
const inYear = (month: string) => month.startsWith(`${YEAR}-`);

beforeAll(async () => {
  const database = await createTestDatabase();
  await seedScale(database, { candidates: 2000, organisations: 40, professionalsPerOrganisation: 3, pathways: 5000, seed: 'recount' });
  ctx = await createTestContext({ database });
  ctx.clock.set(new Date('2026-11-01T08:00:00Z'));
  // The région with the most counselling structures gets an agreement for all of them.
  const [top] = await database.query<{ region: string }>(
    `SELECT d.region_code AS region FROM organisations o JOIN organisation_departements od ON od.organisation_id = o.id JOIN departements d ON d.code = od.departement_code
     WHERE o.kind = 'counselling_structure' GROUP BY d.region_code ORDER BY count(DISTINCT o.id) DESC, d.region_code LIMIT 1`,
  );
  region = top?.region ?? '';
  deps = (await database.query<{ code: string }>(`SELECT code FROM departements WHERE region_code = $1 ORDER BY code`, [region])).map((d) => d.code);
  structures = (
    await database.query<{ id: string }>(
      `SELECT DISTINCT o.id FROM organisations o JOIN organisation_departements od ON od.organisation_id = o.id WHERE o.kind = 'counselling_structure' AND od.departement_code = ANY($1) ORDER BY o.id`,
      [deps],
    )
  ).map((s) => s.id);
  commanditaireId = (await buildOrganisation(database, { kind: 'commanditaire', departementCodes: deps })).id;
  rcId = (await buildOrganisation(database, { kind: 'resource_centre', departementCodes: deps })).id;
  const [g] = await database.db.insert(groupements).values({ name: 'Groupement régional', commanditaireId, createdAt: new Date('2026-01-01T00:00:00Z') }).returning();
  await database.db.insert(groupementMembers).values(structures.map((organisationId) => ({ groupementId: g?.id ?? '', organisationId })));
  funder = await loginAs(ctx.app, (await buildUser(database, { roles: [{ organisationId: commanditaireId, role: 'funder_analyst' }] })).email);
  rc = await loginAs(ctx.app, (await buildUser(database, { roles: [{ organisationId: rcId, role: 'funder_analyst' }] })).email);
  for (const s of structures.slice(0, 3)) directors.set(s, await loginAs(ctx.app, (await buildUser(database, { roles: [{ organisationId: s, role: 'director' }] })).email));
  const lines = deps.flatMap((d) => (['conseil_vae', 'assistance_renforcee'] as const).map((service) => ({ service, departementCode: d, quantity: 40, budgetCents: 100_000 })));
  const created = await ctx.app.inject({ method: 'POST', url: '/api/target-agreements', headers: funder.headers, payload: { commanditaireId, year: YEAR, title: 'Convention régionale', groupementId: g?.id, lines } });
  expect(created.statusCode, created.body).toBe(201);
  const agreement = created.json<{ lines: { id: string; quantity: number }[] }>();
  for (const line of agreement.lines) {
    const shares = structures.map((organisationId, i) => ({ organisationId, quantity: Math.floor(line.quantity / structures.length) + (i < line.quantity % structures.length ? 1 : 0) }));
    const [dir] = [...directors.values()];
    if (dir) await ctx.app.inject({ method: 'PUT', url: `/api/target-lines/${line.id}/shares`, headers: dir.headers, payload: { shares } });
  }
  raw = await recount(database);
}, 240_000);
afterAll(async () => ctx?.close());

describe('the rollup equals a straight recount from the raw tables', () => {
  it('holds every figure of every structure, month, metric, département and référent', async () => {
    expect(raw.size).toBeGreaterThan(100);
    expect(sum((k) => k.metric === 'realised' && k.key === 'assistance_renforcee')).toBeGreaterThan(10);
    expect(sum((k) => k.metric === 'jury')).toBeGreaterThan(10);
    expect(await rollup(ctx.database)).toEqual(raw);
    expect(await yearlyRollup(ctx.database)).toEqual(yearlyFromMonthly(raw));
  });

  it('stays equal when results are corrected, assistances closed and pathways erased', async () => {
    const db = ctx.database;
    await db.exec(`UPDATE jury_sessions SET overall = CASE overall WHEN 'total' THEN 'partial' ELSE 'total' END WHERE id IN (SELECT id FROM jury_sessions WHERE overall IS NOT NULL ORDER BY id LIMIT 25)`);
    await db.exec(`UPDATE jury_sessions SET overall = NULL WHERE id IN (SELECT id FROM jury_sessions WHERE overall IS NOT NULL ORDER BY id DESC LIMIT 5)`);
    await db.exec(`UPDATE assistances SET status = 'closed', closed_at = '2026-10-15T10:00:00Z', closure_reason = 'relay' WHERE id IN (SELECT id FROM assistances WHERE status = 'open' ORDER BY id LIMIT 10)`);
    await db.exec(`DELETE FROM plan_items WHERE id IN (SELECT id FROM plan_items ORDER BY id LIMIT 10)`);
    await db.exec(`DELETE FROM pathways WHERE id IN (SELECT id FROM pathways ORDER BY id LIMIT 20)`);
    raw = await recount(db);
    expect(await rollup(db)).toEqual(raw);
    expect(await yearlyRollup(db)).toEqual(yearlyFromMonthly(raw));
  });
});

/** Every shown cell equals the recount; no count from 1 to 4 is shown. Counts the non-zero cells checked. */
let checked = 0;
function checkCells(cells: MaskedCount[], expected: number[]) {
  cells.forEach((c, i) => {
    if (c.masked) return;
    expect(c.value).toBe(expected[i]);
    expect(c.value === 0 || c.value >= 5).toBe(true);
    if (c.value > 0) checked++;
  });
}

describe('every dashboard figure equals the recount', () => {
  it('the director’s lines, référents and territories', async () => {
    for (const [org, session] of directors) {
      const d = (await ctx.app.inject({ method: 'GET', url: `/api/dashboards/structure?organisationId=${org}&year=${YEAR}`, headers: session.headers })).json();
      for (const line of d.lines) {
        const expected = Array.from({ length: 12 }, (_, m) => sum((k) => k.org === org && k.metric === 'realised' && k.key === line.service && (line.departementCodes as string[]).includes(k.dep) && inMonth(k.month, m + 1)));
        expect(line.realised).toEqual(expected);
      }
      for (const r of d.referents) expect(r.realised.assistance_renforcee).toBe(sum((k) => k.org === org && k.ref === r.userId && k.metric === 'realised' && k.key === 'assistance_renforcee' && inYear(k.month)));
      for (const t of d.territories) expect(t.realised).toBe(sum((k) => k.org === org && k.dep === t.departementCode && k.metric === 'realised' && k.key === t.service && inYear(k.month)));
    }
  });

  it('the commanditaire’s lines, structures, territories, outcomes, durations and supports (shown cells only)', async () => {
    checked = 0;
    const d = (await ctx.app.inject({ method: 'GET', url: `/api/dashboards/commanditaire?organisationId=${commanditaireId}&year=${YEAR}`, headers: funder.headers })).json();
    const realisedIn = (service: string, keep: (k: { org: string; dep: string }) => boolean) => Array.from({ length: 12 }, (_, m) => sum((k) => k.metric === 'realised' && k.key === service && structures.includes(k.org) && keep(k) && inMonth(k.month, m + 1)));
    for (const line of d.agreements[0].lines) {
      const dep = String(line.territoryLabel).match(/\(([^)]+)\)$/)?.[1] ?? '';
      checkCells(line.realised.cells, realisedIn(line.service, (k) => k.dep === dep));
    }
    for (const table of d.byStructure) for (const row of table.rows) checkCells(row.cells, realisedIn(table.service, (k) => k.org === row.id && deps.includes(k.dep)));
    for (const table of d.byTerritory) for (const row of table.rows) checkCells(row.cells, realisedIn(table.service, (k) => k.dep === row.id));
    const scoped = (metric: string, key: string) => sum((k) => k.metric === metric && k.key === key && structures.includes(k.org) && deps.includes(k.dep) && inYear(k.month));
    for (const item of d.outcomes.jury.items) checkCells([item.count], [scoped('jury', item.key)]);
    for (const item of d.outcomes.pathwayClosures.items) checkCells([item.count], [scoped('pathway_closed', item.key)]);
    for (const item of d.outcomes.assistanceClosures.items) checkCells([item.count], [scoped('assistance_closed', item.key)]);
    for (const item of d.supports.items) checkCells([item.count], [scoped('support', item.code)]);
    for (const row of d.durations) {
      const n = scoped('phase_time', row.state);
      const seconds = sum((k) => k.metric === 'phase_time' && k.key === row.state && structures.includes(k.org) && deps.includes(k.dep) && inYear(k.month), 1);
      if (n < 5) expect(row.meanDays).toEqual({ masked: true });
      else expect(row.meanDays).toEqual({ masked: false, value: Math.round((seconds / 86_400 / n) * 10) / 10, n });
    }
    expect(checked).toBeGreaterThan(10);
    expect(d.durations.some((r: { meanDays: { masked: boolean } }) => !r.meanDays.masked)).toBe(true);
  });

  it('the director’s monthly curve and a generated référent’s month (structure-wide and their own)', async () => {
    for (const [org, session] of directors) {
      const d = (await ctx.app.inject({ method: 'GET', url: `/api/dashboards/structure?organisationId=${org}&year=${YEAR}`, headers: session.headers })).json();
      for (const m of d.monthly) expect(m.realised).toEqual(Array.from({ length: 12 }, (_, i) => sum((k) => k.org === org && k.metric === 'realised' && k.key === m.service && inMonth(k.month, i + 1))));
    }
    // The référent who realised most in October, signed in with the generated accounts' password, on 15 October.
    const october = `${YEAR}-10-01`;
    const [best] = [...raw.entries()]
      .map(([k, v]) => ({ parts: k.split('|'), n: v[0] }))
      .filter((x) => x.parts[1] === october && x.parts[2] === 'realised' && x.parts[5] !== NO_REFERENT)
      .sort((a, b) => b.n - a.n);
    const [org = '', , , , , ref = ''] = best?.parts ?? [];
    const [user] = await ctx.database.query<{ email: string }>('SELECT email FROM users WHERE id = $1', [ref]);
    const referent = await loginAs(ctx.app, user?.email ?? '', SCALE_PASSWORD);
    ctx.clock.set(new Date('2026-10-15T10:00:00Z'));
    const d = (await ctx.app.inject({ method: 'GET', url: `/api/dashboards/referent?organisationId=${org}`, headers: referent.headers })).json();
    ctx.clock.set(new Date('2026-11-01T08:00:00Z'));
    expect(d.month).toBe(10);
    for (const s of d.services) {
      expect(s.realised).toBe(sum((k) => k.org === org && k.metric === 'realised' && k.key === s.service && k.month === october));
      expect(s.mine).toBe(sum((k) => k.org === org && k.ref === ref && k.metric === 'realised' && k.key === s.service && k.month === october));
    }
    expect(d.services.reduce((a: number, s: { mine: number }) => a + s.mine, 0)).toBeGreaterThan(0);
  });

  it('the generated State agreement over every structure: lines and structures (shown cells only)', async () => {
    checked = 0;
    const [state] = await ctx.database.query<{ id: string }>(`SELECT id FROM organisations WHERE kind = 'commanditaire' AND name LIKE 'État%'`);
    const analyst = await loginAs(ctx.app, (await buildUser(ctx.database, { roles: [{ organisationId: state?.id ?? '', role: 'funder_analyst' }] })).email);
    const d = (await ctx.app.inject({ method: 'GET', url: `/api/dashboards/commanditaire?organisationId=${state?.id}&year=${YEAR}`, headers: analyst.headers })).json();
    expect(d.agreements).toHaveLength(1);
    const months = (keep: (k: { org: string; key: string; dep: string }) => boolean) => Array.from({ length: 12 }, (_, m) => sum((k) => k.metric === 'realised' && keep(k) && inMonth(k.month, m + 1)));
    for (const line of d.agreements[0].lines) {
      const dep = String(line.territoryLabel).match(/\(([^)]+)\)$/)?.[1] ?? '';
      checkCells(line.realised.cells, months((k) => k.key === line.service && k.dep === dep));
    }
    for (const table of d.byStructure) {
      const deps = new Set(d.agreements[0].lines.filter((l: { service: string }) => l.service === table.service).map((l: { territoryLabel: string }) => String(l.territoryLabel).match(/\(([^)]+)\)$/)?.[1]));
      for (const row of table.rows) checkCells(row.cells, months((k) => k.key === table.service && k.org === row.id && deps.has(k.dep)));
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('the resource centre’s territories and outcomes (shown cells only)', async () => {
    const d = (await ctx.app.inject({ method: 'GET', url: `/api/dashboards/resource-centre?organisationId=${rcId}&year=${YEAR}`, headers: rc.headers })).json();
    expect(d.structureCount).toBe(structures.length);
    for (const table of d.byTerritory) {
      for (const row of table.rows) checkCells(row.cells, Array.from({ length: 12 }, (_, m) => sum((k) => k.metric === 'realised' && k.key === table.service && k.dep === row.id && structures.includes(k.org) && inMonth(k.month, m + 1))));
    }
    for (const item of d.outcomes.jury.items) checkCells([item.count], [sum((k) => k.metric === 'jury' && k.key === item.key && structures.includes(k.org) && deps.includes(k.dep) && inYear(k.month))]);
  });
});

describe('small counts are masked on every output a funder or the resource centre sees', () => {
  type Table = { rows: { cells: MaskedCount[]; total: MaskedCount }[]; columnTotals: MaskedCount[]; total: MaskedCount };
  type List = { items: { count: MaskedCount }[]; total: MaskedCount };
  const HIDDEN: MaskedCount = { masked: true };
  const exactlyOneHidden = (xs: MaskedCount[]) => xs.filter((x) => x.masked).length === 1;
  const noSmall = (xs: MaskedCount[]) => xs.every((x) => x.masked || x.value === 0 || x.value >= 5);
  function checkTable(t: Table) {
    const all = [...t.rows.flatMap((r) => [...r.cells, r.total]), ...t.columnTotals, t.total];
    expect(noSmall(all)).toBe(true);
    for (const r of t.rows) expect(exactlyOneHidden([...r.cells, r.total])).toBe(false);
    for (let c = 0; c < t.columnTotals.length; c++) expect(exactlyOneHidden([...t.rows.map((r) => r.cells[c] ?? HIDDEN), t.columnTotals[c] ?? HIDDEN])).toBe(false);
    expect(exactlyOneHidden([...t.rows.map((r) => r.total), t.total])).toBe(false);
    expect(exactlyOneHidden([...t.columnTotals, t.total])).toBe(false);
  }
  function checkList(l: List) {
    const all = [...l.items.map((i) => i.count), l.total];
    expect(noSmall(all)).toBe(true);
    expect(exactlyOneHidden(all)).toBe(false);
  }
  it('commanditaire: lines, structures, territories, outcomes, supports, durations', async () => {
    const d = (await ctx.app.inject({ method: 'GET', url: `/api/dashboards/commanditaire?organisationId=${commanditaireId}&year=${YEAR}`, headers: funder.headers })).json();
    let masked = 0;
    for (const line of d.agreements[0].lines) {
      checkList({ items: line.realised.cells.map((count: MaskedCount) => ({ count })), total: line.realised.total });
      masked += line.realised.cells.filter((c: MaskedCount) => c.masked).length;
    }
    expect(masked).toBeGreaterThan(0);
    [...d.byStructure, ...d.byTerritory].forEach(checkTable);
    [d.outcomes.jury, d.outcomes.pathwayClosures, d.outcomes.assistanceClosures, d.supports].forEach(checkList);
    for (const row of d.durations) if (!row.meanDays.masked) expect(row.meanDays.n).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(d)).not.toMatch(/firstName|lastName|pathwayId|candidateName/);
  });
  it('resource centre: territories, outcomes, supports', async () => {
    const d = (await ctx.app.inject({ method: 'GET', url: `/api/dashboards/resource-centre?organisationId=${rcId}&year=${YEAR}`, headers: rc.headers })).json();
    d.byTerritory.forEach(checkTable);
    [d.outcomes.jury, d.outcomes.pathwayClosures, d.outcomes.assistanceClosures, d.supports].forEach(checkList);
    expect(JSON.stringify(d)).not.toMatch(/firstName|lastName|pathwayId|candidateName/);
  });
});
