import { Select } from '@codegouvfr/react-dsfr/Select';
import { SegmentedControl } from '@codegouvfr/react-dsfr/SegmentedControl';
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { useMe } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { usePageTitle } from '../../components/use-page-title';
import { AppointmentsList } from './appointments-list';
import type { AppointmentSummary } from './types';

const READERS = ['referent', 'accompagnateur', 'conseiller', 'director'];

/** Monday 00:00 of this week, or the first of this month, and the end of the period. */
function rangeOf(view: 'week' | 'month', offset: number): { from: Date; to: Date } {
  const now = new Date();
  if (view === 'month') return { from: new Date(now.getFullYear(), now.getMonth() + offset, 1), to: new Date(now.getFullYear(), now.getMonth() + offset + 1, 1) };
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7) + 7 * offset);
  return { from: monday, to: new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 7) };
}

/** `/agenda`: the week or month of a structure, or only mine. */
export function AgendaPage() {
  usePageTitle('Agenda');
  const me = useMe();
  const orgs = [...new Map(me.memberships.filter((m) => READERS.includes(m.role)).map((m) => [m.organisationId, m.organisationName])).entries()];
  const [organisationId, setOrganisationId] = useState(orgs[0]?.[0] ?? '');
  const [view, setView] = useState<'week' | 'month'>('week');
  const [onlyMine, setOnlyMine] = useState(false);
  const [offset, setOffset] = useState(0);
  const { from, to } = rangeOf(view, offset);
  const agenda = useApi<{ items: AppointmentSummary[] }>(organisationId ? '/api/agenda' : null, { organisationId, from: from.toISOString(), to: to.toISOString(), userId: onlyMine ? me.id : undefined });
  return (
    <div className="fr-container fr-pb-6w">
      <h1>Agenda</h1>
      {orgs.length > 1 && (
        <Select label="Structure" nativeSelectProps={{ value: organisationId, onChange: (e) => setOrganisationId(e.target.value) }}>
          {orgs.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </Select>
      )}
      <SegmentedControl
        legend="Période"
        segments={[
          { label: 'Semaine', nativeInputProps: { checked: view === 'week', onChange: () => (setView('week'), setOffset(0)) } },
          { label: 'Mois', nativeInputProps: { checked: view === 'month', onChange: () => (setView('month'), setOffset(0)) } },
        ]}
      />
      <p className="fr-mt-2w">
        <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary" onClick={() => setOffset((o) => o - 1)}>Précédent</button>{' '}
        Du {from.toLocaleDateString('fr-FR')} au {new Date(to.getTime() - 1).toLocaleDateString('fr-FR')}{' '}
        <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary" onClick={() => setOffset((o) => o + 1)}>Suivant</button>
      </p>
      <div className="fr-checkbox-group fr-mb-2w">
        <input type="checkbox" id="mine" checked={onlyMine} onChange={(e) => setOnlyMine(e.target.checked)} />
        <label className="fr-label" htmlFor="mine">Seulement mes rendez-vous</label>
      </div>
      <ErrorAlert error={agenda.error} title="L’agenda n’a pas pu être chargé" />
      {agenda.data && <AppointmentsList items={agenda.data.items} empty="Aucun rendez-vous sur cette période." />}
    </div>
  );
}
