import { desc } from 'drizzle-orm';
import { emails } from '../../../db/schema';
import { runDueJobs } from '../../../jobs/queue';
import { assistanceFixture, type AssistanceFixture } from '../../assistance/testing/fixture';
import { createSendEmailJob } from '../../mailbox/send-email.job';
import { createSendQuestionnaireJob } from '../send-questionnaire.job';

export type SatisfactionFixture = AssistanceFixture;

export const satisfactionFixture = (): Promise<SatisfactionFixture> => assistanceFixture();

/** Runs the due questionnaire jobs and the emails they queue (kept in the local outbox). */
export async function runQuestionnaireJobs(f: AssistanceFixture): Promise<number> {
  return runDueJobs({ database: f.ctx.database, clock: f.ctx.clock, definitions: [createSendQuestionnaireJob('http://jalon.test'), createSendEmailJob({ mailer: null, from: 'jalon@exemple.test' })] });
}

/** The newest questionnaire link in the outbox (the database keeps only its hash). */
export async function lastQuestionnaireToken(f: AssistanceFixture): Promise<string> {
  const rows = await f.ctx.database.db.select().from(emails).orderBy(desc(emails.createdAt));
  for (const e of rows) {
    const m = e.bodyText.match(/\/satisfaction\/([A-Za-z0-9_-]+)/);
    if (m?.[1]) return m[1];
  }
  throw new Error('no questionnaire link in the outbox');
}

export const GOOD_ANSWERS = { overall: 5, information: 4, availability: 5, supports: 4, pace: 3, recommend: true, comment: 'Merci pour votre écoute.' };
