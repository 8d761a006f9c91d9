import { Button } from '@codegouvfr/react-dsfr/Button';
import { ATTENDANCE_LABELS, ATTENDANCE_STATUSES, SIGNATURE_VIA_LABELS, type AttendanceStatus, type SignatureVia } from '../../../../common/appointments';
import { formatDateTime } from '../../labels';
import type { Appointment } from './types';

export interface ParticipantActions {
  pending: boolean;
  sign: (participantId: string, via: SignatureVia) => void;
  mark: (participantId: string, status: AttendanceStatus) => void;
}

/** The attendance sheet on screen: presence, signature, and the buttons each person may use. */
export function ParticipantsTable({ appointment, actions }: { appointment: Appointment; actions: ParticipantActions }) {
  const open = appointment.status === 'scheduled';
  return (
    <div className="fr-table">
      <table>
        <caption>Participants et émargement</caption>
        <thead>
          <tr>
            <th scope="col">Participant</th>
            <th scope="col">Présence</th>
            <th scope="col">Signature</th>
            {open && <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {appointment.participants.map((p) => (
            <tr key={p.id}>
              <td>
                {p.displayName} ({p.kind === 'candidate' ? 'candidat·e' : 'professionnel·le'})
                {p.declinedReason && <div className="fr-text--sm">A prévenu : {p.declinedReason}</div>}
              </td>
              <td>{p.attendance ? ATTENDANCE_LABELS[p.attendance] : 'Non renseignée'}</td>
              <td>{p.signedAt && p.signedVia ? `Signé le ${formatDateTime(p.signedAt)}, ${SIGNATURE_VIA_LABELS[p.signedVia]}` : 'Non signé'}</td>
              {open && (
                <td>
                  <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                    {appointment.mySignableParticipantId === p.id && (
                      <li>
                        <Button type="button" disabled={actions.pending} onClick={() => actions.sign(p.id, 'own_account')}>
                          J’émarge
                        </Button>
                      </li>
                    )}
                    {appointment.canEdit && appointment.hasStarted && p.kind === 'candidate' && !p.signedAt && (
                      <li>
                        <Button type="button" priority="secondary" disabled={actions.pending} onClick={() => actions.sign(p.id, 'on_screen')}>
                          Signature sur écran<span className="fr-sr-only"> de {p.displayName}</span>
                        </Button>
                      </li>
                    )}
                    {appointment.canEdit &&
                      !p.signedAt &&
                      ATTENDANCE_STATUSES.filter((s) => s !== 'cancelled' && s !== p.attendance && (appointment.hasStarted || s === 'excused')).map((s) => (
                        <li key={s}>
                          <Button type="button" priority="tertiary" disabled={actions.pending} onClick={() => actions.mark(p.id, s)}>
                            {ATTENDANCE_LABELS[s]}
                            <span className="fr-sr-only"> : {p.displayName}</span>
                          </Button>
                        </li>
                      ))}
                  </ul>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
