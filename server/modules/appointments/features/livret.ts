import { eq } from 'drizzle-orm';
import { SHARE_SCOPES, type ShareScope } from '../../../../common/sharing';
import type { Database } from '../../../db/client';
import { candidates, certifications } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import type { Principal } from '../../../lib/principal';
import { loadPathway } from '../../pathways/pathways.store';
import { accessToPart, assertAccessToPart, type PartAccess, type ShareFacts } from '../../sharing/sharing.policy';
import { loadShareFacts, logPartRead } from '../../sharing/sharing.store';
import type { TLivret, TLivretEvent } from '../livret.schema';
import { LIVRET_SOURCES } from './livret-sources';

export type LivretFormat = 'screen' | 'pdf' | 'zip';
const FORMAT_LABELS: Record<LivretFormat, string> = { screen: 'Livret de suivi (consultation)', pdf: 'Livret de suivi (PDF)', zip: 'Livret de suivi et ses preuves (archive ZIP)' };

export interface BuiltLivret {
  livret: TLivret;
  facts: ShareFacts;
  access: Exclude<PartAccess, { allowed: false }>;
}

/**
 * The livret de suivi: every action of the pathway in time order with its proof. Read by the
 * candidate, the référent's structure (which keeps it) and the organisations the candidate shared
 * it with; within it, reports and documents follow their own sharing rules. Each professional read
 * is written to the candidate's access log.
 */
export async function assembleLivret(opts: { database: Database; clock: Clock; principal: Principal; pathwayId: string; format: LivretFormat }): Promise<BuiltLivret> {
  const db = opts.database.db;
  const { row, access: pathwayAccess } = await loadPathway(db, opts.pathwayId);
  const facts = await loadShareFacts(db, opts.pathwayId, pathwayAccess);
  const access = assertAccessToPart(opts.principal, facts, 'livret');
  const [cand] = await db.select().from(candidates).where(eq(candidates.id, row.candidateId));
  const [cert] = await db.select({ code: certifications.code, title: certifications.title }).from(certifications).where(eq(certifications.id, row.certificationId));
  const read = new Set<ShareScope>(['livret']);
  const ctx = {
    database: opts.database,
    clock: opts.clock,
    principal: opts.principal,
    pathwayId: opts.pathwayId,
    mayRead: (part: ShareScope, item = {}) => accessToPart(opts.principal, facts, part, item).allowed,
    noteRead: (part: ShareScope) => read.add(part),
  };
  const events: TLivretEvent[] = (await Promise.all(LIVRET_SOURCES.map((source) => source(ctx)))).flat();
  events.sort((x, y) => x.at.localeCompare(y.at));
  const now = opts.clock.now();
  const logged = [...read].map((part) => ({ part, access: part === 'livret' ? access : accessToPart(opts.principal, facts, part) }));
  await db.transaction(async (tx) => {
    for (const l of logged) await logPartRead(tx, { principal: opts.principal, at: now, pathwayId: opts.pathwayId, access: l.access, part: l.part, label: l.part === 'livret' ? FORMAT_LABELS[opts.format] : `${FORMAT_LABELS[opts.format]} : comptes rendus` });
  });
  const to = row.closedAt ?? now;
  return {
    facts,
    access,
    livret: {
      pathwayId: row.id,
      candidate: { name: cand ? `${cand.firstName} ${cand.lastName}` : '', birthDate: cand?.birthDate ?? null, email: cand?.email ?? null },
      certification: cert ? `${cert.code} — ${cert.title}` : '',
      period: { from: row.startedAt.toISOString(), to: to.toISOString() },
      events,
      withheld: SHARE_SCOPES.filter((s) => s !== 'livret' && !accessToPart(opts.principal, facts, s).allowed),
    },
  };
}

export async function buildLivret(opts: { database: Database; clock: Clock; principal: Principal; pathwayId: string; format?: LivretFormat }): Promise<TLivret> {
  return (await assembleLivret({ ...opts, format: opts.format ?? 'screen' })).livret;
}
