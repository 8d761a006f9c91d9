import { groupementMembers, groupements, organisationDepartements, organisations, targetAgreements, targetLineMonths, targetLines, targetLineShares } from '../../server/db/schema';
import type { Tx } from '../../server/db/client';
import { evenPlan } from '../../server/domain/dashboards/smoothing';
import { createPrng, type Prng } from './prng';
import type { GeneratedOrganisation, ScaleGenerator, ScaleState } from './types';

/**
 * The commanditaires' yearly agreements over the generated structures, written after the pathways
 * and assistances so each target can be set near what was realised the year before (as a funder
 * would): per région with counselling structures, the Région (a commanditaire) with a groupement of
 * the région's structures and an agreement per year; and the State, nationally, with a groupement
 * of every structure for the reference year. One line per département and service, an even monthly
 * plan, the line split among the groupement's structures serving that département.
 */
const SERVICES = [
  ['conseil_vae', 300],
  ['assistance_renforcee', 1_800],
] as const;
const NATIONAL_NAME = 'État — DGEFP (commanditaire national)';

/** Realised per département and service in a year, over some structures (as the rollup holds it). */
async function realisedIn(state: ScaleState, year: number, structureIds: string[]): Promise<Map<string, number>> {
  const rows = await state.database.query<{ dep: string; key: string; n: number }>(
    `SELECT departement_code AS dep, key, sum(n)::int AS n FROM dashboard_monthly_counts
     WHERE organisation_id = ANY($1::uuid[]) AND metric = 'realised' AND month >= $2::date AND month < $3::date GROUP BY 1, 2`,
    [structureIds, `${year}-01-01`, `${year + 1}-01-01`],
  );
  return new Map(rows.map((r) => [`${r.dep}|${r.key}`, Number(r.n)]));
}

async function writeAgreement(
  tx: Tx,
  prng: Prng,
  opts: { commanditaireId: string; groupementId: string; year: number; title: string; deps: string[]; members: GeneratedOrganisation[]; base: Map<string, number>; at: Date },
): Promise<number> {
  const [agreement] = await tx
    .insert(targetAgreements)
    .values({ commanditaireId: opts.commanditaireId, year: opts.year, title: opts.title, groupementId: opts.groupementId, alertMarginPct: 10, createdAt: opts.at, updatedAt: opts.at })
    .returning({ id: targetAgreements.id });
  if (!agreement) throw new Error('target agreement insert failed');
  let position = 0;
  const lines: (typeof targetLines.$inferInsert)[] = [];
  const months: (typeof targetLineMonths.$inferInsert)[] = [];
  const shares: (typeof targetLineShares.$inferInsert)[] = [];
  for (const dep of opts.deps) {
    const serving = opts.members.filter((m) => m.departementCodes.includes(dep));
    if (serving.length === 0) continue;
    for (const [service, euros] of SERVICES) {
      // Near last year's realised (± 20 %), at least one per structure serving the département.
      const quantity = Math.max(serving.length, Math.round((opts.base.get(`${dep}|${service}`) ?? 0) * (0.9 + prng.next() * 0.3)));
      const id = prng.uuid();
      lines.push({ id, agreementId: agreement.id, service, departementCode: dep, quantity, budgetCents: quantity * euros * 100, position: position++ });
      evenPlan(quantity).forEach((q, i) => months.push({ lineId: id, month: i + 1, quantity: q }));
      serving.forEach((s, i) => shares.push({ lineId: id, organisationId: s.id, quantity: Math.floor(quantity / serving.length) + (i < quantity % serving.length ? 1 : 0) }));
    }
  }
  for (let i = 0; i < lines.length; i += 1000) await tx.insert(targetLines).values(lines.slice(i, i + 1000));
  for (let i = 0; i < months.length; i += 2000) await tx.insert(targetLineMonths).values(months.slice(i, i + 2000));
  for (let i = 0; i < shares.length; i += 2000) await tx.insert(targetLineShares).values(shares.slice(i, i + 2000));
  return 1 + lines.length + months.length + shares.length;
}

/** A commanditaire organisation with its territory, a groupement of its structures, its agreements. */
async function writeCommanditaire(
  state: ScaleState,
  prng: Prng,
  opts: { name: string; deps: string[]; members: GeneratedOrganisation[]; years: number[] },
): Promise<number> {
  const id = prng.uuid();
  const at = new Date(Date.UTC(Math.min(...opts.years) - 1, 11, 1, 9));
  const memberIds = opts.members.map((m) => m.id);
  const bases = new Map<number, Map<string, number>>();
  for (const year of opts.years) bases.set(year, await realisedIn(state, year - 1, memberIds));
  return state.database.db.transaction(async (tx) => {
    await tx.insert(organisations).values({ id, kind: 'commanditaire', name: opts.name, createdAt: at, updatedAt: at });
    for (let i = 0; i < opts.deps.length; i += 1000) await tx.insert(organisationDepartements).values(opts.deps.slice(i, i + 1000).map((departementCode) => ({ organisationId: id, departementCode })));
    const groupementId = prng.uuid();
    await tx.insert(groupements).values({ id: groupementId, name: `Groupement ${opts.name}`, commanditaireId: id, createdAt: at });
    for (let i = 0; i < memberIds.length; i += 1000) await tx.insert(groupementMembers).values(memberIds.slice(i, i + 1000).map((organisationId) => ({ groupementId, organisationId })));
    let rows = 2 + opts.deps.length + memberIds.length;
    for (const year of opts.years) {
      const base = bases.get(year) ?? new Map<string, number>();
      rows += await writeAgreement(tx, prng, { commanditaireId: id, groupementId, year, title: `Convention conseil et assistance renforcée VAE ${year}`, deps: opts.deps, members: opts.members, base, at });
    }
    state.organisations.push({ id, kind: 'commanditaire', departementCodes: opts.deps });
    return rows;
  });
}

export const targetsGenerator: ScaleGenerator = {
  name: 'targets',
  // Per région: the Région, its groupement, two agreements of ~2 lines per département with plans and shares.
  plannedRows: (state) => ((state.options.pathways ?? 0) > 0 ? state.departements.length * 2 * 20 * 3 : 0),
  run: async (state, progress) => {
    if ((state.options.pathways ?? 0) === 0) return;
    const prng = createPrng(`${state.options.seed}:targets`);
    const year = state.reference.getUTCFullYear();
    const structures = state.organisations.filter((o) => o.kind === 'counselling_structure');
    const regions = [...new Set(state.departements.map((d) => d.regionCode))].sort();
    const regionNames = new Map((await state.database.query<{ code: string; name: string }>('SELECT code, name FROM regions')).map((r) => [r.code, r.name]));
    for (const region of regions) {
      const deps = state.departements.filter((d) => d.regionCode === region).map((d) => d.code);
      const members = structures.filter((s) => s.departementCodes.some((c) => deps.includes(c)));
      if (members.length === 0) continue;
      const name = `Région ${regionNames.get(region) ?? region} — graine ${state.slug}`;
      progress(await writeCommanditaire(state, prng, { name, deps, members, years: [year - 1, year] }));
    }
    if (structures.length > 0) {
      const deps = [...new Set(structures.flatMap((s) => s.departementCodes))].sort();
      progress(await writeCommanditaire(state, prng, { name: `${NATIONAL_NAME} — graine ${state.slug}`, deps, members: structures, years: [year] }));
    }
  },
};
