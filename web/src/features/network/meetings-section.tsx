import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { ZMeeting } from '../../../../server/modules/network/meetings.schema';
import { apiFetch } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/text-field';
import { useMutation } from '../../components/use-mutation';
import { formatDateTime } from '../../labels';
import { DateField, TextAreaField } from '../pathways/form-fields';

type Meeting = z.infer<typeof ZMeeting>;

function ReportForm({ meeting, onSaved }: { meeting: Meeting; onSaved: () => void }) {
  const [report, setReport] = useState(meeting.report);
  const [decision, setDecision] = useState({ text: '', followedBy: '' });
  const mutation = useMutation();
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const decisions = decision.text ? [...meeting.decisions, decision] : meeting.decisions;
    const result = await mutation.run(() => apiFetch(`/api/network/meetings/${encodeURIComponent(meeting.id)}`, { method: 'PATCH', body: { report, decisions } }));
    if (result.ok) {
      setDecision({ text: '', followedBy: '' });
      onSaved();
    }
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={`Compte rendu : ${meeting.title}`}>
      <ErrorAlert error={mutation.error} title="Le compte rendu n’a pas été enregistré" />
      <TextAreaField label="Compte rendu" name="report" value={report} onChange={setReport} />
      <TextField label="Nouvelle décision" name="decision" value={decision.text} onChange={(text) => setDecision((d) => ({ ...d, text }))} />
      <TextField label="Suivie par" name="followedBy" value={decision.followedBy} onChange={(followedBy) => setDecision((d) => ({ ...d, followedBy }))} />
      <Button type="submit" size="small" priority="secondary" disabled={mutation.pending}>
        Enregistrer
      </Button>
    </form>
  );
}

/** Meetings of the territory's actors run by the structure: agenda, report, decisions and who follows them. */
export function MeetingsSection({ organisationId, canKeep }: { organisationId: string; canKeep: boolean }) {
  const list = useApi<{ items: Meeting[] }>('/api/network/meetings', { organisationId });
  const [draft, setDraft] = useState({ title: '', day: '', time: '14:00', agenda: '' });
  const mutation = useMutation();
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const heldAt = draft.day ? new Date(`${draft.day}T${draft.time || '09:00'}`).toISOString() : '';
    const result = await mutation.run(() => apiFetch('/api/network/meetings', { method: 'POST', body: { organisationId, title: draft.title, heldAt, agenda: draft.agenda } }));
    if (result.ok) {
      setDraft({ title: '', day: '', time: '14:00', agenda: '' });
      list.reload();
    }
  };
  return (
    <section aria-labelledby="reunions" className="fr-mb-4w">
      <h2 id="reunions">Réunions du réseau</h2>
      <ErrorAlert error={list.error} title="Les réunions n’ont pas pu être chargées" />
      {list.data?.items.length === 0 && <p>Aucune réunion pour le moment.</p>}
      <ul className="fr-raw-list">
        {list.data?.items.map((m) => (
          <li key={m.id} className="fr-card fr-p-3w fr-mb-2w">
            <h3 className="fr-h6">
              {m.title} – {formatDateTime(m.heldAt)}
            </h3>
            {m.participants.length > 0 && <p className="fr-text--sm">Participants : {m.participants.map((p) => p.name).join(', ')}</p>}
            {m.agenda && <p className="fr-text--sm">Ordre du jour : {m.agenda}</p>}
            {m.decisions.length > 0 && (
              <ul>
                {m.decisions.map((d, i) => (
                  <li key={i}>
                    {d.text}
                    {d.followedBy && ` (suivi : ${d.followedBy})`}
                  </li>
                ))}
              </ul>
            )}
            {canKeep ? <ReportForm meeting={m} onSaved={list.reload} /> : m.report && <p>{m.report}</p>}
          </li>
        ))}
      </ul>
      {canKeep && (
        <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Programmer une réunion" className="fr-p-3w fr-background-alt--grey">
          <ErrorAlert error={mutation.error} title="La réunion n’a pas été enregistrée" />
          <TextField label="Titre de la réunion" name="title" value={draft.title} onChange={(title) => setDraft((d) => ({ ...d, title }))} required />
          <DateField label="Date" name="day" value={draft.day} onChange={(day) => setDraft((d) => ({ ...d, day }))} required />
          <DateField label="Heure" type="time" name="time" value={draft.time} onChange={(time) => setDraft((d) => ({ ...d, time }))} />
          <TextAreaField label="Ordre du jour" name="agenda" value={draft.agenda} onChange={(agenda) => setDraft((d) => ({ ...d, agenda }))} />
          <Button type="submit" disabled={mutation.pending}>
            Programmer la réunion
          </Button>
        </form>
      )}
    </section>
  );
}
