import { asc, eq } from 'drizzle-orm';
import type { SatisfactionContext } from '../../../common/satisfaction';
import type { Executor } from '../../db/client';
import { organisations, satisfactionRequests } from '../../db/schema';

export interface SatisfactionLivretEntry {
  at: Date;
  kind: 'questionnaire_sent' | 'questionnaire_answered';
  organisationName: string;
  label: string;
  context: SatisfactionContext;
}

/**
 * Dated entries for the livret de suivi of a pathway: questionnaires sent and answered. The answers
 * stay out (the livret is shared with the actors and funders, an answer is the candidate's opinion
 * of one of them), and so do complaints, which only the organisation concerned may see.
 */
export async function listSatisfactionForLivret(db: Executor, pathwayId: string): Promise<SatisfactionLivretEntry[]> {
  const requests = await db
    .select({ r: satisfactionRequests, organisationName: organisations.name })
    .from(satisfactionRequests)
    .innerJoin(organisations, eq(organisations.id, satisfactionRequests.organisationId))
    .where(eq(satisfactionRequests.pathwayId, pathwayId))
    .orderBy(asc(satisfactionRequests.createdAt));
  const out: SatisfactionLivretEntry[] = [];
  for (const { r, organisationName } of requests) {
    if (r.sentAt) out.push({ at: r.sentAt, kind: 'questionnaire_sent', organisationName, label: 'Questionnaire de satisfaction envoyé au candidat', context: r.context });
    if (r.answeredAt) out.push({ at: r.answeredAt, kind: 'questionnaire_answered', organisationName, label: 'Questionnaire de satisfaction rempli par le candidat', context: r.context });
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}
