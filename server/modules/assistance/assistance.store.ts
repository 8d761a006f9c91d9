import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { assistances } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { loadPathway } from '../pathways/pathways.store';
import type { AssistanceAccessFacts } from './assistance.policy';

export type AssistanceRow = typeof assistances.$inferSelect;

export interface LoadedAssistance {
  row: AssistanceRow;
  access: AssistanceAccessFacts;
}

export async function loadAssistance(exec: Executor, id: string, opts: { forUpdate?: boolean } = {}): Promise<LoadedAssistance> {
  const base = exec.select().from(assistances).where(eq(assistances.id, id));
  const [row] = opts.forUpdate ? await base.for('update') : await base;
  if (!row) throw new AppError('NOT_FOUND', 'Assistance renforcée introuvable.');
  const pathway = await loadPathway(exec, row.pathwayId);
  return { row, access: { organisationId: row.organisationId, status: row.status, pathway: pathway.access } };
}

/** The pathway's open assistance, else its most recent closed one. */
export async function findAssistanceIdOfPathway(exec: Executor, pathwayId: string): Promise<string | null> {
  const [open] = await exec.select({ id: assistances.id }).from(assistances).where(and(eq(assistances.pathwayId, pathwayId), eq(assistances.status, 'open')));
  if (open) return open.id;
  const [last] = await exec.select({ id: assistances.id }).from(assistances).where(eq(assistances.pathwayId, pathwayId)).orderBy(desc(assistances.startedAt)).limit(1);
  return last?.id ?? null;
}

/** A calendar day (YYYY-MM-DD) in UTC, to compare with date columns. */
export function dayOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}
