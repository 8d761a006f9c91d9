import { format } from 'date-fns';
import { fr } from 'date-fns/locale';
import { eq } from 'drizzle-orm';
import { ATTENDANCE_LABELS, MODALITY_LABELS, SIGNATURE_VIA_LABELS, type AttendanceStatus, type SignatureVia } from '../../../../common/appointments';
import type { Database } from '../../../db/client';
import { organisations } from '../../../db/schema';
import type { Principal } from '../../../lib/principal';
import { renderTextPdf } from '../../../lib/text-pdf';
import { assertCanOnAppointment } from '../appointments.policy';
import { loadAppointment } from '../appointments.store';

export const longDay = (d: Date) => format(d, 'EEEE d MMMM yyyy', { locale: fr });
export const hm = (d: Date) => format(d, 'HH:mm');

interface SignatureFacts {
  displayName: string;
  kind: 'professional' | 'candidate';
  attendance: AttendanceStatus | null;
  signedAt: Date | string | null;
  signedVia: SignatureVia | null;
  declinedReason: string | null;
}

/** One line per participant: who, as what, attendance, and the signature with its date and manner. */
export function signatureLines(participants: readonly SignatureFacts[]): string[] {
  return participants.map((p) => {
    const who = `${p.displayName} (${p.kind === 'candidate' ? 'candidat·e' : 'professionnel·le'})`;
    const attendance = p.attendance ? ATTENDANCE_LABELS[p.attendance] : 'présence non renseignée';
    const at = p.signedAt ? new Date(p.signedAt) : null;
    const signature = at && p.signedVia ? `Signé le ${format(at, 'd MMMM yyyy', { locale: fr })} à ${hm(at)}, ${SIGNATURE_VIA_LABELS[p.signedVia]}` : 'Signature : non signé';
    return `• ${who} — ${attendance} — ${signature}${p.declinedReason ? ` — a prévenu : ${p.declinedReason}` : ''}`;
  });
}

/** The printable attendance sheet (feuille d'émargement) of one appointment or workshop. */
export async function attendanceSheet(opts: { database: Database; principal: Principal; id: string }): Promise<{ name: string; content: Buffer }> {
  const db = opts.database.db;
  const loaded = await loadAppointment(db, opts.id);
  assertCanOnAppointment(opts.principal, loaded.access, 'view');
  const { row } = loaded;
  const [org] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, row.organisationId));
  const minutes = Math.round((row.endsAt.getTime() - row.startsAt.getTime()) / 60_000);
  const content = await renderTextPdf(`Feuille d’émargement — ${row.title}`, [
    `Structure : ${org?.name ?? ''}`,
    `Date : ${longDay(row.startsAt)}, de ${hm(row.startsAt)} à ${hm(row.endsAt)} (durée : ${minutes} minutes)`,
    `Modalité : ${MODALITY_LABELS[row.modality]}${row.place ? ` — ${row.place}` : ''}${row.link ? ` — ${row.link}` : ''}`,
    `Type : ${row.kind === 'collective' ? 'rendez-vous collectif' : 'rendez-vous individuel'}${row.status === 'cancelled' ? ` — ANNULÉ (${row.cancellationReason ?? ''})` : ''}`,
    'Participants et signatures :',
    ...signatureLines(loaded.participants),
  ]);
  return { name: `emargement-${format(row.startsAt, 'yyyy-MM-dd')}.pdf`, content };
}
