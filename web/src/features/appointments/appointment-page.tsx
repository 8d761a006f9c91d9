import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { AttendanceStatus, SignatureVia } from '../../../../common/appointments';
import { apiFetch } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingPage } from '../../components/loading-page';
import { TextField } from '../../components/text-field';
import { useMutation } from '../../components/use-mutation';
import { usePageTitle } from '../../components/use-page-title';
import { formatSlot, formatWhere } from './appointment-format';
import { ParticipantsTable } from './participants-table';
import { ReportSection } from './report-form';
import type { Appointment } from './types';

/** `/rendez-vous/:id`: one appointment, its attendance and signatures, its report and attendance sheet. */
export function AppointmentPage() {
  const { id = '' } = useParams();
  const path = `/api/appointments/${encodeURIComponent(id)}`;
  const record = useApi<Appointment>(path);
  const mutation = useMutation();
  const [done, setDone] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const appointment = record.data?.id === id ? record.data : null;
  usePageTitle(appointment ? appointment.title : 'Rendez-vous');
  if (record.error && !appointment) return <div className="fr-container fr-pb-6w"><h1>Rendez-vous introuvable</h1><ErrorAlert error={record.error} /></div>;
  if (!appointment) return <LoadingPage />;

  const act = async (method: 'POST' | 'PUT', suffix: string, body: unknown, message: string) => {
    const res = await mutation.run(() => apiFetch<Appointment>(`${path}${suffix}`, { method, body }));
    if (res.ok) {
      setDone(message);
      record.reload();
    }
    return res.ok;
  };
  const actions = {
    pending: mutation.pending,
    sign: (participantId: string, via: SignatureVia) => void act('POST', '/signatures', { participantId, via }, 'Émargement enregistré.'),
    mark: (participantId: string, status: AttendanceStatus) => void act('POST', '/attendance', { items: [{ participantId, status }] }, 'Présence enregistrée.'),
  };
  const cancel = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await act('POST', '/cancellation', { reason }, 'Rendez-vous annulé ; les participants sont prévenus.')) setReason('');
  };

  return (
    <div className="fr-container fr-pb-6w">
      <h1>{appointment.title}</h1>
      <p className="fr-text--lead">
        {formatSlot(appointment)} — {formatWhere(appointment)}{' '}
        {appointment.status === 'cancelled' && (
          <Badge as="span" severity="error" noIcon>
            Annulé
          </Badge>
        )}
      </p>
      <p>
        Organisé par {appointment.organisationName}
        {appointment.pathwayId && (
          <>
            {' '}— <Link to={`/parcours/${encodeURIComponent(appointment.pathwayId)}/livret`}>livret de suivi</Link>
          </>
        )}
        {appointment.cancellationReason && `. Motif de l’annulation : ${appointment.cancellationReason}`}
      </p>
      {done && <Alert severity="success" small closable onClose={() => setDone(null)} className="fr-mb-2w" description={done} />}
      <ErrorAlert error={mutation.error} title="L’action n’a pas abouti" />
      <ParticipantsTable appointment={appointment} actions={actions} />
      <p>
        <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`${path}/attendance-sheet.pdf`} download>
          Feuille d’émargement (PDF)
        </a>
      </p>
      <ReportSection appointment={appointment} pending={mutation.pending} onSave={(body) => void act('PUT', '/report', body, 'Compte rendu enregistré.')} />
      {appointment.canEdit && appointment.notifications.length > 0 && (
        <section aria-labelledby="envois" className="fr-mt-6w">
          <h2 id="envois">Convocations et rappels envoyés</h2>
          <ul>
            {appointment.notifications.map((n) => (
              <li key={`${n.kind}-${n.sequence}`}>
                {n.kind} (version {n.sequence}) — {n.emailStatus ?? 'sans destinataire'}
              </li>
            ))}
          </ul>
        </section>
      )}
      {appointment.canEdit && appointment.status === 'scheduled' && (
        <form onSubmit={(event) => void cancel(event)} noValidate aria-labelledby="annuler" className="fr-mt-6w">
          <h2 id="annuler">Annuler le rendez-vous</h2>
          <TextField label="Motif" name="reason" value={reason} onChange={setReason} required maxLength={1000} />
          <Button type="submit" priority="secondary" disabled={mutation.pending}>
            Annuler et prévenir les participants
          </Button>
        </form>
      )}
    </div>
  );
}
