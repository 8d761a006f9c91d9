import { createHash } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { groupementMembers, yearlyReports } from '../../db/schema';
import { AppError } from '../../lib/errors';
import type { Principal } from '../../lib/principal';
import { isStructureReader, type ReportAccessFacts } from './reports.policy';
import { ZReportContent, type TReport, type TReportContent } from './reports.schema';
import { viewReport } from './features/report-view';

export type ReportRow = typeof yearlyReports.$inferSelect;

export interface LoadedReport {
  row: ReportRow;
  content: TReportContent;
  access: ReportAccessFacts;
}

/** JSON with keys sorted at every level: jsonb does not keep key order, the fingerprint must not depend on it. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
export const contentSha256 = (content: TReportContent) => createHash('sha256').update(canonicalJson(content)).digest('hex');

/** The structures answering for a party: the structure itself, or the groupement's members. */
export async function structureIdsOf(exec: Executor, party: { organisationId: string | null; groupementId: string | null }): Promise<string[]> {
  if (party.organisationId) return [party.organisationId];
  const rows = await exec.select({ id: groupementMembers.organisationId }).from(groupementMembers).where(eq(groupementMembers.groupementId, party.groupementId ?? ''));
  return rows.map((r) => r.id);
}

export async function loadReport(exec: Executor, id: string, opts: { forUpdate?: boolean } = {}): Promise<LoadedReport> {
  const base = exec.select().from(yearlyReports).where(eq(yearlyReports.id, id));
  const [row] = opts.forUpdate ? await base.for('update') : await base;
  if (!row) throw new AppError('NOT_FOUND', 'Rapport introuvable.');
  const content = ZReportContent.parse(row.content);
  return { row, content, access: { commanditaireId: row.commanditaireId, structureIds: await structureIdsOf(exec, row), status: row.status } };
}

/** Reports where the organisation is the commanditaire (sent ones only) or one of the structures. */
export async function reportRowsFor(exec: Executor, organisationId: string): Promise<ReportRow[]> {
  const memberOf = exec.select({ id: groupementMembers.groupementId }).from(groupementMembers).where(eq(groupementMembers.organisationId, organisationId));
  const mine = await exec.select().from(yearlyReports).where(eq(yearlyReports.organisationId, organisationId));
  const ofGroupements = await exec.select().from(yearlyReports).where(inArray(yearlyReports.groupementId, memberOf));
  const funded = (await exec.select().from(yearlyReports).where(eq(yearlyReports.commanditaireId, organisationId))).filter((r) => r.status === 'sent');
  return [...mine, ...ofGroupements, ...funded].sort((a, b) => b.year - a.year || a.createdAt.getTime() - b.createdAt.getTime());
}

/** The report as its reader may see it: exact for the structures, masked for the commanditaire. */
export function presentReport(loaded: LoadedReport, principal: Principal): TReport {
  const { row, content } = loaded;
  const masked = !isStructureReader(principal, loaded.access);
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: row.id,
    status: row.status,
    year: row.year,
    commanditaire: content.commanditaire,
    party: content.party,
    structures: content.structures,
    agreements: content.agreements,
    narrative: row.status === 'draft' ? row.narrative : content.qualitative.narrative,
    computedAt: content.computedAt,
    contentSha256: row.contentSha256,
    signedByName: row.signedByName,
    signedAt: iso(row.signedAt),
    sentAt: iso(row.sentAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    view: viewReport({ ...content, qualitative: { ...content.qualitative, narrative: row.status === 'draft' ? row.narrative : content.qualitative.narrative } }, { masked, minCount: content.minCount }),
  };
}
