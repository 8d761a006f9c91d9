import { createHash } from 'node:crypto';
import { addMonths, addYears, format } from 'date-fns';
import { fr } from 'date-fns/locale';
import { and, asc, desc, eq, ne } from 'drizzle-orm';
import { CARRIER_KIND_LABELS } from '../../../../common/assistance';
import type { Database } from '../../../db/client';
import { agreements, candidates, organisations, pathways, planItems } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import type { Principal } from '../../../lib/principal';
import { renderTextPdf } from '../../../lib/text-pdf';
import { mutateAssistance } from '../assistance.mutate';
import { assertCanOnAssistance } from '../assistance.policy';
import type { TAgreementCreate, TAssistance } from '../assistance.schema';
import { loadAssistance } from '../assistance.store';

const day = (d: Date | string) => format(typeof d === 'string' ? new Date(`${d}T12:00:00Z`) : d, 'd MMMM yyyy', { locale: fr });

/** A new version of the agreement, rendered as a PDF and fingerprinted; earlier versions stay as history. */
export async function createAgreement(opts: { database: Database; clock: Clock; principal: Principal; id: string; input: TAgreementCreate }): Promise<TAssistance> {
  const { input } = opts;
  return mutateAssistance({
    ...opts,
    event: 'assistance.agreement_created',
    apply: async ({ tx, loaded, now }) => {
      const { row } = loaded;
      const next = new Date(input.nextAppointmentAt);
      if (next.getTime() <= now.getTime()) throw new AppError('VALIDATION_FAILED', 'Le prochain rendez-vous doit être à venir.', { fields: { nextAppointmentAt: 'Date passée.' } });
      const mandateEnd = addYears(row.startedAt, 2);
      if (addMonths(now, input.durationMonths).getTime() > mandateEnd.getTime()) {
        throw new AppError('VALIDATION_FAILED', `L’assistance renforcée ne peut pas dépasser deux ans : elle prend fin le ${day(mandateEnd)}.`, { fields: { durationMonths: 'Au-delà des deux ans.' } });
      }
      const [pathway] = await tx.select({ candidateId: pathways.candidateId }).from(pathways).where(eq(pathways.id, row.pathwayId));
      const [cand] = await tx.select({ firstName: candidates.firstName, lastName: candidates.lastName }).from(candidates).where(eq(candidates.id, pathway?.candidateId ?? ''));
      const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, row.organisationId));
      const plan = await tx
        .select({ p: planItems, orgName: organisations.name })
        .from(planItems)
        .leftJoin(organisations, eq(organisations.id, planItems.carrierOrganisationId))
        .where(and(eq(planItems.assistanceId, row.id), ne(planItems.status, 'dropped')))
        .orderBy(asc(planItems.dueOn), asc(planItems.createdAt));
      const [last] = await tx.select({ version: agreements.version }).from(agreements).where(eq(agreements.assistanceId, row.id)).orderBy(desc(agreements.version)).limit(1);
      const version = (last?.version ?? 0) + 1;
      const supports = plan.map(({ p, orgName }) => ({ wording: p.wording, carrier: orgName ? `${CARRIER_KIND_LABELS[p.carrierKind]} (${orgName})` : CARRIER_KIND_LABELS[p.carrierKind], dueOn: p.dueOn }));
      const content = { version, candidate: `${cand?.firstName ?? ''} ${cand?.lastName ?? ''}`.trim(), structure: org?.name ?? '', objectives: input.objectives, durationMonths: input.durationMonths, candidateCommitments: input.candidateCommitments, supports, nextAppointmentAt: next.toISOString(), writtenAt: now.toISOString() };
      const pdf = await renderTextPdf(`Accord d’assistance renforcée — version ${version}`, [
        `Entre ${content.candidate}, candidat à la validation des acquis de l’expérience, et ${content.structure}, structure mandatée pour l’assistance renforcée au parcours de VAE.`,
        `Rédigé le ${day(now)}, pour une durée de ${input.durationMonths} mois (l’assistance renforcée prend fin au plus tard le ${day(mandateEnd)}).`,
        'Objectifs :',
        ...input.objectives.map((o) => `• ${o}`),
        'Appuis convenus, qui les porte et quand :',
        ...(supports.length ? supports.map((s) => `• ${s.wording} — ${s.carrier}${s.dueOn ? `, pour le ${day(s.dueOn)}` : ''}`) : ['• (aucun appui inscrit au plan)']),
        'Engagements du candidat :',
        ...(input.candidateCommitments.length ? input.candidateCommitments.map((c) => `• ${c}`) : ['• (aucun)']),
        `Prochain rendez-vous : le ${day(next)} à ${format(next, 'HH:mm')}.`,
        'Le handicap n’est jamais un motif de refus : il appelle des aménagements, convenus ensemble.',
      ]);
      const sha256 = createHash('sha256').update(pdf).digest('hex');
      await tx.insert(agreements).values({ assistanceId: row.id, version, content, pdf, sha256, nextAppointmentAt: next, createdAt: now, createdByUserId: opts.principal.type === 'user' ? opts.principal.user.id : null });
      return { version, sha256, supports: supports.length, objectives: input.objectives.length };
    },
  });
}

/** The candidate agrees from their account, or the référent records the signature given on screen. */
export async function acceptAgreement(opts: { database: Database; clock: Clock; principal: Principal; agreementId: string; input: { via: 'account' | 'on_screen'; sha256: string; signatureName?: string } }): Promise<TAssistance> {
  const [agreement] = await opts.database.db.select({ id: agreements.id, assistanceId: agreements.assistanceId }).from(agreements).where(eq(agreements.id, opts.agreementId));
  if (!agreement) throw new AppError('NOT_FOUND', 'Accord introuvable.');
  const { input } = opts;
  return mutateAssistance({
    ...opts,
    id: agreement.assistanceId,
    // Only the candidate agrees from an account; only the référent records an on-screen signature.
    action: input.via === 'account' ? 'accept_as_candidate' : 'edit',
    event: 'assistance.agreement_accepted',
    apply: async ({ tx, now }) => {
      const [current] = await tx.select().from(agreements).where(eq(agreements.assistanceId, agreement.assistanceId)).orderBy(desc(agreements.version)).limit(1);
      if (!current || current.id !== agreement.id) throw new AppError('AGREEMENT_CHANGED', 'Une version plus récente de l’accord existe : c’est elle qu’il faut accepter.');
      if (current.acceptedAt) throw new AppError('AGREEMENT_ALREADY_ACCEPTED');
      if (current.sha256 !== input.sha256) throw new AppError('AGREEMENT_CHANGED');
      await tx
        .update(agreements)
        .set({ acceptedAt: now, acceptedVia: input.via, acceptedByUserId: opts.principal.type === 'user' ? opts.principal.user.id : null, acceptedSignatureName: input.signatureName ?? null, acceptedSha256: input.sha256 })
        .where(eq(agreements.id, current.id));
      return { agreementId: current.id, version: current.version, via: input.via, sha256: input.sha256 };
    },
  });
}

/** The PDF of one version, for those who may see the assistance. */
export async function agreementDocument(opts: { database: Database; principal: Principal; agreementId: string }): Promise<{ name: string; content: Buffer }> {
  const [agreement] = await opts.database.db.select().from(agreements).where(eq(agreements.id, opts.agreementId));
  if (!agreement) throw new AppError('NOT_FOUND', 'Accord introuvable.');
  const { access } = await loadAssistance(opts.database.db, agreement.assistanceId);
  assertCanOnAssistance(opts.principal, access, 'view');
  return { name: `accord-assistance-renforcee-v${agreement.version}.pdf`, content: Buffer.from(agreement.pdf) };
}
