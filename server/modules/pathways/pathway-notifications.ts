import { format } from 'date-fns';
import { fr } from 'date-fns/locale';
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { candidates, certifications, memberships, pathwayActors, users } from '../../db/schema';
import type { PathwaySnapshot, TransitionType } from '../../domain/pathway-machine';
import type { Clock } from '../../lib/clock';
import { queueEmail } from '../mailbox/queue-email';
import type { PathwayRow } from './pathways.store';

/** Who hears of a step: the candidate, the certificateur's agents, or the people following the pathway. */
export type Audience = 'candidate' | 'certificateur' | 'followers';

export interface Notice {
  audience: Audience;
  subject: string;
  /** Plain text; never any sensitive data, only what to do and where (the details are behind sign-in). */
  lines: string[];
  /** Path of the page to open, under the public URL. */
  path: string;
}

const day = (d: Date) => format(d, 'EEEE d MMMM yyyy', { locale: fr });
const hour = (d: Date) => format(d, 'HH:mm');

/** The messages a step sends, as pure data so each rule is tested without a mailbox. */
export function noticesFor(type: TransitionType, next: PathwaySnapshot, ctx: { pathwayId: string; certificationCode: string; candidateName: string }): Notice[] {
  const mine = '/mon-parcours';
  const page = `/parcours/${ctx.pathwayId}`;
  const cert = ctx.certificationCode;
  switch (type) {
    case 'file_faisabilite':
      return [{ audience: 'certificateur', subject: `Dossier de faisabilité à instruire (${cert})`, lines: [`Le dossier de faisabilité de ${ctx.candidateName} pour ${cert} vient d’être déposé.`, 'Vous disposez de deux mois pour vous prononcer sur sa recevabilité.'], path: page }];
    case 'declare_recevable':
      return [
        { audience: 'candidate', subject: 'Votre dossier est recevable', lines: [`Bonne nouvelle : votre dossier de faisabilité pour ${cert} est recevable.`, 'Vous pouvez commencer votre dossier de validation (Livret 2) avec votre accompagnateur.'], path: mine },
        { audience: 'followers', subject: `${ctx.candidateName} : dossier recevable`, lines: [`Le dossier de faisabilité de ${ctx.candidateName} (${cert}) a été déclaré recevable.`], path: page },
      ];
    case 'declare_non_recevable':
    case 'declare_incomplete':
      return [
        { audience: 'candidate', subject: 'Réponse du certificateur sur votre dossier', lines: [`Le certificateur a répondu sur votre dossier de faisabilité pour ${cert}.`, 'Connectez-vous pour lire sa réponse ; votre référent vous aidera à la suite.'], path: mine },
        { audience: 'followers', subject: `${ctx.candidateName} : réponse sur la recevabilité`, lines: [`Le certificateur a répondu sur le dossier de faisabilité de ${ctx.candidateName} (${cert}).`], path: page },
      ];
    case 'file_validation':
      return [{ audience: 'certificateur', subject: `Dossier de validation déposé : jury à programmer (${cert})`, lines: [`Le dossier de validation de ${ctx.candidateName} pour ${cert} vient d’être déposé.`, 'Programmez le passage devant le jury.'], path: page }];
    case 'schedule_jury': {
      const jury = next.jury;
      if (!jury) return [];
      return [
        { audience: 'candidate', subject: 'Votre passage devant le jury', lines: [`Votre jury pour ${cert} aura lieu le ${day(jury.date)} à ${hour(jury.date)}.`, `Lieu : ${jury.place} (${jury.format === 'distanciel' ? 'à distance' : 'sur place'}).`], path: mine },
        { audience: 'followers', subject: `${ctx.candidateName} : jury programmé`, lines: [`Le jury de ${ctx.candidateName} (${cert}) aura lieu le ${day(jury.date)} à ${hour(jury.date)}.`], path: page },
      ];
    }
    case 'record_jury_result':
      return [
        { audience: 'candidate', subject: 'Le résultat de votre jury est disponible', lines: [`Le résultat de votre jury pour ${cert} est disponible dans votre espace, bloc par bloc.`], path: mine },
        { audience: 'followers', subject: `${ctx.candidateName} : résultat du jury, entretien post-jury à tenir`, lines: [`Le résultat du jury de ${ctx.candidateName} (${cert}) est saisi.`, 'Proposez-lui l’entretien post-jury.'], path: page },
      ];
    case 'obtain_certification':
      return [{ audience: 'candidate', subject: 'Félicitations : certification obtenue', lines: [`Vous avez validé tous les blocs de ${cert} : votre certification est obtenue.`], path: mine }];
    default:
      return [];
  }
}

/** Resolves each audience to addresses and writes the messages to the outbox, in the step's transaction. */
export async function queuePathwayNotices(exec: Executor, clock: Clock, opts: { row: PathwayRow; type: TransitionType; next: PathwaySnapshot; publicUrl: string; exceptUserId: string | null }): Promise<number> {
  const [cand] = await exec
    .select({ firstName: candidates.firstName, lastName: candidates.lastName, email: candidates.email, userEmail: users.email })
    .from(candidates)
    .leftJoin(users, eq(users.id, candidates.userId))
    .where(eq(candidates.id, opts.row.candidateId));
  const [cert] = await exec.select({ code: certifications.code }).from(certifications).where(eq(certifications.id, opts.row.certificationId));
  if (!cand || !cert) return 0;
  const notices = noticesFor(opts.type, opts.next, { pathwayId: opts.row.id, certificationCode: cert.code, candidateName: `${cand.firstName} ${cand.lastName}` });
  let queued = 0;
  for (const n of notices) {
    const to = (await recipients(exec, opts.row.id, n.audience, cand.userEmail ?? cand.email)).filter((r) => r.userId === null || r.userId !== opts.exceptUserId);
    const addresses = [...new Set(to.map((r) => r.email))];
    if (addresses.length === 0) continue;
    const text = [...n.lines, '', `Pour en savoir plus : ${new URL(n.path, opts.publicUrl).toString()}`, '', 'Jalon — parcours VAE'].join('\n');
    // One message per person: no one sees who else received it.
    for (const address of addresses) await queueEmail(exec, clock, { to: [address], subject: n.subject, text });
    queued += addresses.length;
  }
  return queued;
}

async function recipients(exec: Executor, pathwayId: string, audience: Audience, candidateEmail: string | null): Promise<{ email: string; userId: string | null }[]> {
  if (audience === 'candidate') return candidateEmail ? [{ email: candidateEmail, userId: null }] : [];
  if (audience === 'followers') {
    // The named people on the pathway (référent, accompagnateur, conseiller).
    return exec
      .select({ email: users.email, userId: users.id })
      .from(pathwayActors)
      .innerJoin(users, eq(users.id, pathwayActors.userId))
      .where(and(eq(pathwayActors.pathwayId, pathwayId), inArray(pathwayActors.role, ['referent', 'accompagnateur', 'conseiller']), isNotNull(pathwayActors.userId), isNull(users.disabledAt)));
  }
  // The certificateur's agents: the named one if any, otherwise every agent of the organisation.
  const actors = await exec.select({ organisationId: pathwayActors.organisationId, userId: pathwayActors.userId }).from(pathwayActors).where(and(eq(pathwayActors.pathwayId, pathwayId), eq(pathwayActors.role, 'certificateur_agent')));
  const out: { email: string; userId: string | null }[] = [];
  for (const a of actors) {
    const agents = await exec
      .select({ email: users.email, userId: users.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organisationId, a.organisationId), eq(memberships.role, 'certificateur_agent'), isNull(users.disabledAt), a.userId ? eq(users.id, a.userId) : undefined));
    out.push(...agents);
  }
  return out;
}
