import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { anyUuid } from '../../db/any-of';
import type { Executor } from '../../db/client';
import { departements, groupementMembers, groupements, organisations, targetAgreements, targetLineMonths, targetLines, targetLineShares, zoneDepartements, zones } from '../../db/schema';
import { AppError } from '../../lib/errors';
import type { AgreementAccessFacts } from './targets.policy';
import type { TAgreement, TLine } from './targets.schema';

type AgreementRow = typeof targetAgreements.$inferSelect;

export interface LoadedAgreement {
  row: AgreementRow;
  access: AgreementAccessFacts;
  view: TAgreement;
}

/** The structures answering for an agreement: the groupement's members, or the structure itself. */
async function structuresOf(exec: Executor, row: AgreementRow): Promise<{ id: string; name: string }[]> {
  if (row.organisationId) return exec.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.id, row.organisationId));
  return exec
    .select({ id: organisations.id, name: organisations.name })
    .from(groupementMembers)
    .innerJoin(organisations, eq(organisations.id, groupementMembers.organisationId))
    .where(eq(groupementMembers.groupementId, row.groupementId ?? ''))
    .orderBy(asc(organisations.name));
}

export async function loadAgreement(exec: Executor, id: string, opts: { forUpdate?: boolean } = {}): Promise<LoadedAgreement> {
  const base = exec.select().from(targetAgreements).where(eq(targetAgreements.id, id));
  const [row] = opts.forUpdate ? await base.for('update') : await base;
  if (!row) throw new AppError('NOT_FOUND', 'Convention introuvable.');
  const [view] = await presentAgreements(exec, [row]);
  if (!view) throw new AppError('NOT_FOUND', 'Convention introuvable.');
  return { row, access: { commanditaireId: row.commanditaireId, structureIds: view.structures.map((s) => s.id) }, view };
}

/** Agreements where this organisation is the commanditaire, the structure, or a groupement member. */
export async function agreementsOf(exec: Executor, organisationId: string, year?: number): Promise<TAgreement[]> {
  const memberOf = exec.select({ id: groupementMembers.groupementId }).from(groupementMembers).where(eq(groupementMembers.organisationId, organisationId));
  const rows = await exec
    .select()
    .from(targetAgreements)
    .where(
      and(
        or(eq(targetAgreements.commanditaireId, organisationId), eq(targetAgreements.organisationId, organisationId), inArray(targetAgreements.groupementId, memberOf)),
        year === undefined ? undefined : eq(targetAgreements.year, year),
      ),
    )
    .orderBy(asc(targetAgreements.year), asc(targetAgreements.title));
  return presentAgreements(exec, rows);
}

export async function presentAgreements(exec: Executor, rows: AgreementRow[]): Promise<TAgreement[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const lines = await exec.select().from(targetLines).where(anyUuid(targetLines.agreementId, ids)).orderBy(asc(targetLines.position));
  const lineIds = lines.map((l) => l.id);
  const months = lineIds.length ? await exec.select().from(targetLineMonths).where(anyUuid(targetLineMonths.lineId, lineIds)) : [];
  const shares = lineIds.length
    ? await exec.select({ s: targetLineShares, name: organisations.name }).from(targetLineShares).innerJoin(organisations, eq(organisations.id, targetLineShares.organisationId)).where(anyUuid(targetLineShares.lineId, lineIds))
    : [];
  const zoneIds = [...new Set(lines.flatMap((l) => (l.zoneId ? [l.zoneId] : [])))];
  const zoneRows = zoneIds.length ? await exec.select().from(zones).where(inArray(zones.id, zoneIds)) : [];
  const zoneDeps = zoneIds.length ? await exec.select().from(zoneDepartements).where(inArray(zoneDepartements.zoneId, zoneIds)) : [];
  const depCodes = [...new Set(lines.flatMap((l) => (l.departementCode ? [l.departementCode] : [])))];
  const depRows = depCodes.length ? await exec.select().from(departements).where(inArray(departements.code, depCodes)) : [];
  const orgIds = [...new Set(rows.flatMap((r) => [r.commanditaireId, ...(r.organisationId ? [r.organisationId] : [])]))];
  const orgRows = await exec.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, orgIds));
  const gIds = [...new Set(rows.flatMap((r) => (r.groupementId ? [r.groupementId] : [])))];
  const gRows = gIds.length ? await exec.select().from(groupements).where(inArray(groupements.id, gIds)) : [];
  const nameOf = (id: string) => orgRows.find((o) => o.id === id)?.name ?? '';
  // Indexed once: a national agreement has hundreds of lines, thousands of months and shares.
  const monthsOf = new Map<string, number[]>();
  for (const x of months) {
    const m = monthsOf.get(x.lineId) ?? Array<number>(12).fill(0);
    m[x.month - 1] = x.quantity;
    monthsOf.set(x.lineId, m);
  }
  const sharesOf = new Map<string, typeof shares>();
  for (const x of shares) sharesOf.set(x.s.lineId, [...(sharesOf.get(x.s.lineId) ?? []), x]);
  const out: TAgreement[] = [];
  for (const r of rows) {
    const structures = await structuresOf(exec, r);
    const viewLines: TLine[] = lines
      .filter((l) => l.agreementId === r.id)
      .map((l) => {
        const m = monthsOf.get(l.id) ?? Array<number>(12).fill(0);
        const s = (sharesOf.get(l.id) ?? []).map((x) => ({ organisationId: x.s.organisationId, organisationName: x.name, quantity: x.s.quantity }));
        const dep = depRows.find((d) => d.code === l.departementCode);
        const zone = zoneRows.find((z) => z.id === l.zoneId);
        return {
          id: l.id,
          service: l.service,
          departementCode: l.departementCode,
          zoneId: l.zoneId,
          territoryLabel: dep ? `${dep.name} (${dep.code})` : (zone?.name ?? ''),
          departementCodes: l.departementCode ? [l.departementCode] : zoneDeps.filter((z) => z.zoneId === l.zoneId).map((z) => z.departementCode).sort(),
          quantity: l.quantity,
          budgetCents: l.budgetCents,
          months: m,
          shares: r.groupementId ? s.sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'fr')) : [{ organisationId: r.organisationId ?? '', organisationName: nameOf(r.organisationId ?? ''), quantity: l.quantity }],
          splitComplete: r.groupementId ? s.reduce((a, b) => a + b.quantity, 0) === l.quantity && s.length > 0 : true,
        };
      });
    out.push({
      id: r.id,
      commanditaireId: r.commanditaireId,
      commanditaireName: nameOf(r.commanditaireId),
      year: r.year,
      title: r.title,
      alertMarginPct: r.alertMarginPct,
      party: r.groupementId ? { kind: 'groupement', id: r.groupementId, name: gRows.find((g) => g.id === r.groupementId)?.name ?? '' } : { kind: 'structure', id: r.organisationId ?? '', name: nameOf(r.organisationId ?? '') },
      structures,
      lines: viewLines,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    });
  }
  return out;
}
