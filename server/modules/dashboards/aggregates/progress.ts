import type { TargetService } from '../../../../common/targets';
import type { Executor } from '../../../db/client';
import { completedMonths, targetAlert, type TargetAlert } from '../../../domain/dashboards/alert';
import { apportionPlan } from '../../../domain/dashboards/smoothing';
import type { TAgreement } from '../../targets/targets.schema';
import { parisYearMonth } from './calendar';
import { monthsBy, readMonths, type MonthsRow } from './rollup';

export interface StructureProgress {
  organisationId: string;
  name: string;
  /** The structure's part of the line (the whole line for a single-structure agreement). */
  share: number;
  plan: number[];
  realised: number[];
  alert: TargetAlert;
}

export interface LineProgress {
  lineId: string;
  service: TargetService;
  territoryLabel: string;
  departementCodes: string[];
  quantity: number;
  budgetCents: number;
  plan: number[];
  realised: number[];
  alert: TargetAlert;
  structures: StructureProgress[];
}

const cell = (org: string, service: string, dep: string) => `${org}|${service}|${dep}`;

/** Months of the structure (or, with org '*', of all structures) summed over the line's départements. */
function lineMonths(index: ReadonlyMap<string, readonly number[]>, org: string, line: TAgreement['lines'][number]): number[] {
  const out = Array<number>(12).fill(0);
  for (const dep of line.departementCodes) (index.get(cell(org, line.service, dep)) ?? []).forEach((n, i) => (out[i] = (out[i] ?? 0) + n));
  return out;
}

/** Rollup rows (structure, département, twelve months) indexed by structure, service and département (and '*' for all). */
function indexRows(rows: readonly MonthsRow[]): Map<string, number[]> {
  const byStructure = monthsBy(rows, (r) => cell(r.organisationId, r.key, r.departementCode));
  const all = monthsBy(rows, (r) => cell('*', r.key, r.departementCode));
  return new Map([...byStructure, ...all]);
}

/** The realised rollup of some of the agreement's structures, indexed by structure, service and département (and '*' for all). */
async function realisedIndex(exec: Executor, agreement: TAgreement, organisationIds: string[]) {
  const deps = [...new Set(agreement.lines.flatMap((l) => l.departementCodes))];
  return indexRows(await readMonths(exec, { organisationIds, year: agreement.year, metric: 'realised', departementCodes: deps, keep: ['organisation', 'departement'] }));
}

function structureProgress(agreement: TAgreement, line: TAgreement['lines'][number], s: { id: string; name: string }, index: ReadonlyMap<string, readonly number[]>, done: number): StructureProgress {
  const share = line.shares.find((x) => x.organisationId === s.id)?.quantity ?? 0;
  const plan = apportionPlan(share, line.quantity, line.months);
  const mine = lineMonths(index, s.id, line);
  return { organisationId: s.id, name: s.name, share, plan, realised: mine, alert: targetAlert({ plan, realised: mine, marginPct: agreement.alertMarginPct, completedMonths: done }) };
}

/**
 * Realised against plan for every line of an agreement, and for each structure's share. A
 * realisation fills a line when its structure answers for the agreement, its service is the line's
 * and the candidate's département (at the time) is one the line covers. Exact figures: callers
 * mask them for funders. `linesOnly` leaves `structures` empty (the funder's dashboard reads the lines only).
 */
export async function agreementProgress(exec: Executor, opts: { agreement: TAgreement; now: Date; linesOnly?: boolean }): Promise<LineProgress[]> {
  const index = await realisedIndex(exec, opts.agreement, opts.agreement.structures.map((s) => s.id));
  return progressFrom(index, opts);
}

/**
 * The same from realised rows the caller already read (structure, département and month kept, the
 * agreement's year), of any wider set of structures: the funder's dashboard reads its year's
 * rollup once for its tables and every agreement's lines.
 */
export function agreementProgressFromRows(rows: readonly MonthsRow[], opts: { agreement: TAgreement; now: Date; linesOnly?: boolean }): LineProgress[] {
  const mine = new Set(opts.agreement.structures.map((s) => s.id));
  return progressFrom(indexRows(rows.filter((r) => mine.has(r.organisationId))), opts);
}

function progressFrom(index: ReadonlyMap<string, readonly number[]>, opts: { agreement: TAgreement; now: Date; linesOnly?: boolean }): LineProgress[] {
  const { agreement } = opts;
  const done = completedMonths(agreement.year, parisYearMonth(opts.now));
  return agreement.lines.map((line) => {
    const realised = lineMonths(index, '*', line);
    return {
      lineId: line.id,
      service: line.service,
      territoryLabel: line.territoryLabel,
      departementCodes: line.departementCodes,
      quantity: line.quantity,
      budgetCents: line.budgetCents,
      plan: line.months,
      realised,
      alert: targetAlert({ plan: line.months, realised, marginPct: agreement.alertMarginPct, completedMonths: done }),
      // Each structure's share is 200,000 small plans for a national agreement: skipped when unused.
      structures: opts.linesOnly ? [] : agreement.structures.map((s) => structureProgress(agreement, line, s, index, done)),
    };
  });
}

/**
 * One structure's share of each line of an agreement (plan, realised, alert), reading only that
 * structure's rollup: a structure of a national agreement must not pay for the thousand others.
 */
export async function structureShares(exec: Executor, opts: { agreement: TAgreement; now: Date; organisationId: string }) {
  const { agreement } = opts;
  const me = agreement.structures.find((s) => s.id === opts.organisationId);
  if (!me) return [];
  const index = await realisedIndex(exec, agreement, [me.id]);
  const done = completedMonths(agreement.year, parisYearMonth(opts.now));
  return agreement.lines.map((line) => ({ line, mine: structureProgress(agreement, line, me, index, done) }));
}
