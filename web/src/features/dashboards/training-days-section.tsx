import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState, type FormEvent } from 'react';
import { apiFetch } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { useMutation } from '../../components/use-mutation';
import { formatDate } from '../../labels';
import { DateField } from '../pathways/form-fields';

interface TrainingDay {
  id: string;
  userId: string;
  userName: string;
  heldOn: string;
  days: number;
  title: string;
}

const stateOf = (error: string | undefined) => ({ state: error ? ('error' as const) : ('default' as const), stateRelatedMessage: error });

/** Professional development days of the year (seed 004: at least two a year per référent), and a form to record one. */
export function TrainingDaysSection({ organisationId, year, people, onRecorded }: { organisationId: string; year: number; people: { userId: string; name: string }[]; onRecorded: () => void }) {
  const list = useApi<{ items: TrainingDay[] }>('/api/training-days', { organisationId, year });
  const mutation = useMutation();
  const [form, setForm] = useState({ userId: '', heldOn: '', days: '1', title: '' });
  const [done, setDone] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const result = await mutation.run(() => apiFetch<TrainingDay>('/api/training-days', { method: 'POST', body: { organisationId, userId: form.userId, heldOn: form.heldOn, days: Number(form.days), title: form.title } }));
    if (result.ok) {
      setDone(`Journée enregistrée pour ${result.value.userName}.`);
      setForm((f) => ({ ...f, title: '' }));
      list.reload();
      onRecorded();
    }
  };
  return (
    <section aria-labelledby="professionnalisation" className="fr-mt-6w">
      <h2 id="professionnalisation" className="fr-h4">
        Journées de professionnalisation {year}
      </h2>
      <ErrorAlert error={list.error} title="Les journées n’ont pas pu être chargées" />
      {list.data && list.data.items.length === 0 && <p>Aucune journée enregistrée.</p>}
      {list.data && list.data.items.length > 0 && (
        <Table caption={`Journées de professionnalisation ${year}`} headers={['Date', 'Professionnel', 'Intitulé', 'Jours']} data={list.data.items.map((t) => [formatDate(`${t.heldOn}T12:00:00Z`), t.userName, t.title, t.days.toLocaleString('fr-FR')])} />
      )}
      <form aria-labelledby="nouvelle-journee" onSubmit={(e) => void submit(e)} className="fr-p-3w fr-background-alt--grey">
        <h3 id="nouvelle-journee" className="fr-h6">
          Enregistrer une journée
        </h3>
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <Select label="Professionnel" {...stateOf(mutation.fieldError('userId'))} nativeSelectProps={{ value: form.userId, required: true, onChange: (e) => setForm((f) => ({ ...f, userId: e.target.value })) }}>
              <option value="" disabled>
                Choisir
              </option>
              {people.map((p) => (
                <option key={p.userId} value={p.userId}>
                  {p.name}
                </option>
              ))}
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-3">
            <DateField label="Date" name="heldOn" required value={form.heldOn} error={mutation.fieldError('heldOn')} onChange={(heldOn) => setForm((f) => ({ ...f, heldOn }))} />
          </div>
          <div className="fr-col-12 fr-col-md-2">
            <Input label="Jours" hintText="Par demi-journées" {...stateOf(mutation.fieldError('days'))} nativeInputProps={{ type: 'number', min: 0.5, max: 5, step: 0.5, required: true, value: form.days, onChange: (e) => setForm((f) => ({ ...f, days: e.target.value })) }} />
          </div>
          <div className="fr-col-12 fr-col-md-3">
            <Input label="Intitulé" {...stateOf(mutation.fieldError('title'))} nativeInputProps={{ required: true, maxLength: 200, value: form.title, onChange: (e) => setForm((f) => ({ ...f, title: e.target.value })) }} />
          </div>
        </div>
        <ErrorAlert error={mutation.error} title="La journée n’a pas été enregistrée" fields={['userId', 'heldOn', 'days', 'title']} />
        {done && (
          <p role="status" className="fr-message fr-message--valid">
            {done}
          </p>
        )}
        <Button type="submit" disabled={mutation.pending}>
          Enregistrer la journée
        </Button>
      </form>
    </section>
  );
}
