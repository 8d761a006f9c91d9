import { format } from 'date-fns';
import { fr } from 'date-fns/locale';
import { eq } from 'drizzle-orm';
import { CONDITION_LIST_LABELS, CONDITION_LISTS, CONDITION_STATUS_LABELS, IMPORTANCE_LABELS } from '../../../../common/assistance';
import type { Database } from '../../../db/client';
import { assessmentItems, assessments, candidates, organisations, pathways } from '../../../db/schema';
import { AppError } from '../../../lib/errors';
import type { Principal } from '../../../lib/principal';
import { renderTextPdf } from '../../../lib/text-pdf';
import { catalogueFor } from '../assistance.catalogue';
import { assertCanOnAssistance } from '../assistance.policy';
import { loadAssistance } from '../assistance.store';

/**
 * The shared diagnostic as a document the candidate and the référent both read and print: every
 * condition with its status, importance and comment. The confidential notes are never in it.
 */
export async function assessmentDocument(opts: { database: Database; principal: Principal; assessmentId: string }): Promise<{ name: string; content: Buffer }> {
  const { db } = opts.database;
  const [assessment] = await db.select().from(assessments).where(eq(assessments.id, opts.assessmentId));
  if (!assessment) throw new AppError('NOT_FOUND', 'Diagnostic introuvable.');
  const { row, access } = await loadAssistance(db, assessment.assistanceId);
  assertCanOnAssistance(opts.principal, access, 'view');
  const items = new Map((await db.select().from(assessmentItems).where(eq(assessmentItems.assessmentId, assessment.id))).map((i) => [i.conditionCode, i]));
  const { catalogue } = await catalogueFor(db, row.organisationId);
  const [who] = await db
    .select({ firstName: candidates.firstName, lastName: candidates.lastName, org: organisations.name })
    .from(pathways)
    .innerJoin(candidates, eq(candidates.id, pathways.candidateId))
    .innerJoin(organisations, eq(organisations.id, row.organisationId))
    .where(eq(pathways.id, row.pathwayId));
  const lines: string[] = [
    `Candidat : ${who?.firstName ?? ''} ${who?.lastName ?? ''}. Structure : ${who?.org ?? ''}.`,
    `Diagnostic du ${format(assessment.assessedAt, 'd MMMM yyyy', { locale: fr })}.`,
    'Le handicap n’est jamais un motif de refus : il appelle des aménagements, convenus ensemble.',
  ];
  for (const list of CONDITION_LISTS) {
    lines.push('', CONDITION_LIST_LABELS[list]);
    for (const c of catalogue.conditions.filter((x) => x.list === list)) {
      const item = items.get(c.code);
      const status = CONDITION_STATUS_LABELS[item?.status ?? 'not_assessed'];
      lines.push(`• ${c.wording} — ${status} (${IMPORTANCE_LABELS[item?.importance ?? c.defaultImportance].toLowerCase()})${item?.comment ? ` : ${item.comment}` : ''}`);
    }
  }
  if (assessment.summary) lines.push('', `Synthèse : ${assessment.summary}`);
  const content = await renderTextPdf('Diagnostic partagé des conditions de réussite', lines);
  return { name: `diagnostic-${format(assessment.assessedAt, 'yyyy-MM-dd')}.pdf`, content };
}
