import { and, eq, isNull } from 'drizzle-orm';
import type { Database, Executor } from '../../../db/client';
import { candidates, commitments, pathways, users } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import type { Principal } from '../../../lib/principal';
import { queueEmail } from '../../mailbox/queue-email';
import { mutateAssistance } from '../assistance.mutate';
import type { TAssistance } from '../assistance.schema';
import { dayOf } from '../assistance.store';

/** The candidate's address: their account's, else the one in their file. */
export async function candidateEmailOf(exec: Executor, pathwayId: string): Promise<string | null> {
  const [row] = await exec
    .select({ email: candidates.email, userEmail: users.email })
    .from(pathways)
    .innerJoin(candidates, eq(candidates.id, pathways.candidateId))
    .leftJoin(users, and(eq(users.id, candidates.userId), isNull(users.disabledAt)))
    .where(eq(pathways.id, pathwayId));
  return row?.userEmail ?? row?.email ?? null;
}

export async function addCommitment(opts: { database: Database; clock: Clock; principal: Principal; id: string; input: { label: string; dueOn: string } }): Promise<TAssistance> {
  return mutateAssistance({
    ...opts,
    event: 'assistance.commitment_added',
    apply: async ({ tx, loaded, now }) => {
      if (opts.input.dueOn < dayOf(now)) throw new AppError('VALIDATION_FAILED', 'L’échéance d’un engagement ne peut pas être passée.', { fields: { dueOn: 'Date passée.' } });
      const [row] = await tx.insert(commitments).values({ assistanceId: loaded.row.id, label: opts.input.label, dueOn: opts.input.dueOn, createdAt: now }).returning({ id: commitments.id });
      return { commitmentId: row?.id, dueOn: opts.input.dueOn };
    },
  });
}

/** Marking a commitment met sends the candidate a word of encouragement (seed 004: "l'encourager"). */
export async function updateCommitment(opts: { database: Database; clock: Clock; principal: Principal; id: string; itemId: string; status: 'open' | 'met' | 'dropped'; publicUrl: string }): Promise<TAssistance> {
  return mutateAssistance({
    ...opts,
    event: 'assistance.commitment_updated',
    apply: async ({ tx, loaded, now }) => {
      const [c] = await tx.select().from(commitments).where(and(eq(commitments.id, opts.itemId), eq(commitments.assistanceId, loaded.row.id)));
      if (!c) throw new AppError('NOT_FOUND', 'Engagement introuvable.');
      await tx.update(commitments).set({ status: opts.status, metAt: opts.status === 'met' ? now : null }).where(eq(commitments.id, c.id));
      if (opts.status === 'met' && c.status !== 'met') {
        await tx.update(pathways).set({ lastContactAt: now }).where(eq(pathways.id, loaded.row.pathwayId));
        const to = await candidateEmailOf(tx, loaded.row.pathwayId);
        if (to) {
          await queueEmail(tx, opts.clock, {
            to: [to],
            subject: 'Bravo : un engagement de tenu',
            text: [`Vous avez tenu votre engagement : « ${c.label} ».`, 'Chaque étape franchie vous rapproche de votre certification. Continuez ainsi !', '', `Votre parcours : ${new URL('/mon-parcours', opts.publicUrl).toString()}`].join('\n'),
          });
        }
      }
      return { commitmentId: c.id, from: c.status, to: opts.status };
    },
  });
}
