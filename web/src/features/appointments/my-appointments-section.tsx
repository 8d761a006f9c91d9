import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { apiFetch } from '../../api/client';
import { useApi } from '../../api/use-api';
import { useMe } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/text-field';
import { useMutation } from '../../components/use-mutation';
import { Heading, type HeadingLevel } from '../candidate-space/heading';
import { appointmentPath, formatSlot, formatWhere } from './appointment-format';
import type { AppointmentSummary } from './types';

/** The candidate's appointments for one pathway: sign afterwards, or say they cannot come. */
export function MyAppointmentsSection({ pathwayId, level }: { pathwayId: string; level: HeadingLevel }) {
  const me = useMe();
  const list = useApi<{ items: AppointmentSummary[] }>('/api/me/appointments');
  const mutation = useMutation();
  const [done, setDone] = useState<string | null>(null);
  const [declining, setDeclining] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const items = (list.data?.items ?? []).filter((a) => a.pathwayId === pathwayId || a.participants.some((p) => p.pathwayId === pathwayId));
  const run = async (path: string, body: unknown, message: string) => {
    const res = await mutation.run(() => apiFetch(path, { method: 'POST', body }));
    if (res.ok) {
      setDone(message);
      setDeclining(null);
      setReason('');
      list.reload();
    }
  };
  const decline = (event: FormEvent<HTMLFormElement>, id: string) => {
    event.preventDefault();
    void run(`/api/me/appointments/${encodeURIComponent(id)}/absence`, { reason }, 'Votre référent est prévenu que vous ne pourrez pas venir.');
  };
  return (
    <section aria-labelledby={`mes-rdv-${pathwayId}`} className="fr-mt-6w">
      <Heading level={level} id={`mes-rdv-${pathwayId}`}>
        Mes rendez-vous
      </Heading>
      <p>
        <Link to={`/parcours/${encodeURIComponent(pathwayId)}/livret`}>Mon livret de suivi</Link>
      </p>
      {done && <Alert severity="success" small closable onClose={() => setDone(null)} className="fr-mb-2w" description={done} />}
      <ErrorAlert error={list.error ?? mutation.error} title="L’action n’a pas abouti" />
      {items.length === 0 && <p>Aucun rendez-vous pour l’instant.</p>}
      <ul className="jalon-plain-list">
        {items.map((a) => {
          const mine = a.participants.find((p) => p.userId === me.id);
          const started = a.hasStarted;
          return (
            <li key={a.id} className="fr-mb-3w">
              <Link to={appointmentPath(a.id)}>{a.title}</Link> — {formatSlot(a)} ; {formatWhere(a)}
              {a.status === 'cancelled' && ` — annulé : ${a.cancellationReason ?? ''}`}
              {mine?.signedAt && ' — vous avez émargé.'}
              {mine?.declinedAt && ' — vous avez prévenu que vous ne pourrez pas venir.'}
              {a.status === 'scheduled' && mine && !mine.signedAt && started && !mine.declinedAt && (
                <Button type="button" size="small" className="fr-ml-2w" disabled={mutation.pending} onClick={() => void run(`/api/appointments/${encodeURIComponent(a.id)}/signatures`, { participantId: mine.id, via: 'own_account' }, 'Votre émargement est enregistré.')}>
                  J’émarge<span className="fr-sr-only"> : {a.title}</span>
                </Button>
              )}
              {a.status === 'scheduled' && mine && !started && !mine.declinedAt && declining !== a.id && (
                <Button type="button" size="small" priority="secondary" className="fr-ml-2w" onClick={() => setDeclining(a.id)}>
                  Je ne pourrai pas venir<span className="fr-sr-only"> : {a.title}</span>
                </Button>
              )}
              {declining === a.id && (
                <form onSubmit={(event) => decline(event, a.id)} noValidate className="fr-mt-1w">
                  <TextField label="Pourquoi ? (votre référent vous proposera un autre moment)" name="reason" value={reason} onChange={setReason} required maxLength={1000} />
                  <Button type="submit" size="small" disabled={mutation.pending}>
                    Prévenir mon référent
                  </Button>
                </form>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
