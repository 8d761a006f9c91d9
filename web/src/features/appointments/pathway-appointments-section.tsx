import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/use-api';
import { useMe } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { AppointmentsList } from './appointments-list';
import { ScheduleForm } from './schedule-form';
import type { AppointmentSummary } from './types';

const SCHEDULING = ['referent', 'accompagnateur', 'conseiller'];

/** "Rendez-vous" on the pathway page: those set so far, the form to set one, the livret de suivi. */
export function PathwayAppointmentsSection({ pathway }: { pathway: { id: string; actors: { organisationId: string; organisationName: string }[] } }) {
  const me = useMe();
  const list = useApi<{ items: AppointmentSummary[] }>(`/api/pathways/${encodeURIComponent(pathway.id)}/appointments`);
  const [done, setDone] = useState<string | null>(null);
  const mine = me.memberships.filter((m) => SCHEDULING.includes(m.role) && pathway.actors.some((a) => a.organisationId === m.organisationId));
  const organisations = [...new Map(mine.map((m) => [m.organisationId, { id: m.organisationId, name: m.organisationName }])).values()];
  return (
    <section aria-labelledby="rendez-vous" className="fr-mt-6w">
      <h2 id="rendez-vous">Rendez-vous</h2>
      <p>
        <Link to={`/parcours/${encodeURIComponent(pathway.id)}/livret`}>Livret de suivi du parcours</Link>
      </p>
      {done && <Alert severity="success" small closable onClose={() => setDone(null)} className="fr-mb-2w" description={done} />}
      <ErrorAlert error={list.error} title="Les rendez-vous n’ont pas pu être chargés" />
      {list.data && <AppointmentsList items={list.data.items} empty="Aucun rendez-vous pour ce parcours." />}
      {organisations.length > 0 && (
        <ScheduleForm
          pathwayId={pathway.id}
          organisations={organisations}
          onScheduled={(a) => {
            setDone(`Rendez-vous « ${a.title} » fixé ; la convocation est envoyée.`);
            list.reload();
          }}
        />
      )}
    </section>
  );
}
