import { eq } from 'drizzle-orm';
import type { AttendanceStatus, SignatureVia } from '../../../../common/appointments';
import type { Database } from '../../../db/client';
import { appointmentParticipants, users } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import type { Principal } from '../../../lib/principal';
import { queueEmail } from '../../mailbox/queue-email';
import { mutateAppointment } from '../appointments.mutate';
import { canOnAppointment } from '../appointments.policy';
import type { TAppointment } from '../appointments.schema';
import type { ParticipantRow } from '../appointments.store';

/** An on-screen signature is given at the appointment: from its start until a few hours after its end. */
const ON_SCREEN_GRACE_MS = 6 * 3600_000;

function participantOf(participants: ParticipantRow[], id: string): ParticipantRow {
  const p = participants.find((x) => x.id === id);
  if (!p) throw new AppError('NOT_FOUND', 'Ce participant n’est pas inscrit à ce rendez-vous.');
  return p;
}

/** The professional records who came; presence and absence only once the appointment has begun. */
export async function recordAttendance(opts: { database: Database; clock: Clock; principal: Principal; id: string; items: { participantId: string; status: AttendanceStatus }[] }): Promise<TAppointment> {
  return mutateAppointment({
    ...opts,
    event: 'appointment.attendance_recorded',
    apply: async ({ tx, loaded, now }) => {
      for (const item of opts.items) {
        const p = participantOf(loaded.participants, item.participantId);
        if ((item.status === 'present' || item.status === 'absent') && now.getTime() < loaded.row.startsAt.getTime()) throw new AppError('APPOINTMENT_NOT_STARTED', 'La présence ou l’absence se note à partir du début du rendez-vous.');
        if (p.signedAt && item.status !== 'present') throw new AppError('ALREADY_SIGNED', `${p.displayName} a émargé : sa présence ne peut plus être changée.`);
        await tx.update(appointmentParticipants).set({ attendance: item.status }).where(eq(appointmentParticipants.id, p.id));
      }
      return { items: opts.items };
    },
  });
}

/**
 * Émargement. Each person signs for themself: from their own account (the candidate afterwards, or
 * the professional), or the candidate on the professional's screen at the appointment. Once only.
 */
export async function signAttendance(opts: { database: Database; clock: Clock; principal: Principal; id: string; participantId: string; via: SignatureVia }): Promise<TAppointment> {
  const { principal, via } = opts;
  const me = principal.type === 'user' ? principal.user.id : null;
  return mutateAppointment({
    ...opts,
    action: 'view',
    event: 'appointment.signed',
    apply: async ({ tx, loaded, now }) => {
      const p = participantOf(loaded.participants, opts.participantId);
      const own = me !== null && p.userId === me;
      const onScreenAllowed = p.kind === 'candidate' && canOnAppointment(principal, loaded.access, 'edit') && !own;
      if (via === 'own_account' ? !own : !onScreenAllowed) throw new AppError('SIGNATURE_NOT_OWN');
      if (p.signedAt) throw new AppError('ALREADY_SIGNED');
      if (now.getTime() < loaded.row.startsAt.getTime()) throw new AppError('APPOINTMENT_NOT_STARTED');
      if (via === 'on_screen' && now.getTime() > loaded.row.endsAt.getTime() + ON_SCREEN_GRACE_MS) throw new AppError('CONFLICT', 'La signature sur écran se fait pendant le rendez-vous ; le candidat peut encore émarger depuis son compte.');
      if (p.attendance && p.attendance !== 'present') throw new AppError('CONFLICT', `${p.displayName} est noté·e « absent·e » ou « excusé·e » : corrigez d’abord sa présence.`);
      await tx.update(appointmentParticipants).set({ signedAt: now, signedVia: via, signedByUserId: me, attendance: 'present' }).where(eq(appointmentParticipants.id, p.id));
      return { participantId: p.id, via, kind: p.kind };
    },
  });
}

/** "Je ne pourrai pas venir": the candidate is excused and the professionals are told by email. */
export async function declineAppointment(opts: { database: Database; clock: Clock; principal: Principal; id: string; reason: string; publicUrl: string }): Promise<TAppointment> {
  const me = opts.principal.type === 'user' ? opts.principal.user.id : null;
  return mutateAppointment({
    ...opts,
    action: 'view',
    event: 'appointment.declined',
    apply: async ({ tx, loaded, now }) => {
      const p = loaded.participants.find((x) => x.kind === 'candidate' && me !== null && x.userId === me);
      if (!p) throw new AppError('FORBIDDEN');
      if (now.getTime() >= loaded.row.startsAt.getTime()) throw new AppError('CONFLICT', 'Le rendez-vous a commencé : prévenez directement votre référent.');
      if (p.declinedAt) throw new AppError('CONFLICT', 'Vous avez déjà indiqué ne pas pouvoir venir.');
      await tx.update(appointmentParticipants).set({ declinedAt: now, declinedReason: opts.reason, attendance: 'excused' }).where(eq(appointmentParticipants.id, p.id));
      const pros = loaded.participants.filter((x) => x.kind === 'professional' && x.userId);
      const to: string[] = [];
      for (const pro of pros) {
        const [u] = await tx.select({ email: users.email }).from(users).where(eq(users.id, pro.userId as string));
        if (u) to.push(u.email);
      }
      if (to.length) {
        const url = new URL(`/rendez-vous/${loaded.row.id}`, opts.publicUrl).toString();
        await queueEmail(tx, opts.clock, { to, subject: `${p.displayName} ne pourra pas venir : ${loaded.row.title}`, text: [`${p.displayName} indique ne pas pouvoir venir au rendez-vous « ${loaded.row.title} ».`, `Motif : ${opts.reason}`, '', `Proposez un autre moment : ${url}`].join('\n') });
      }
      return { participantId: p.id };
    },
  });
}
