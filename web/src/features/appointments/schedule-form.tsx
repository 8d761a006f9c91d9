import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { APPOINTMENT_MODALITIES, MODALITY_LABELS, type AppointmentModality } from '../../../../common/appointments';
import { apiFetch } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/text-field';
import { useMutation } from '../../components/use-mutation';
import { DateField } from '../pathways/form-fields';
import { toInstant } from './appointment-format';
import type { Appointment } from './types';

const FIELDS = ['title', 'startsAt', 'endsAt', 'place', 'link', 'pathwayIds', 'professionalUserIds'];

/** Sets an individual appointment on a pathway; the convocation leaves with its calendar invitation. */
export function ScheduleForm({ pathwayId, organisations, onScheduled }: { pathwayId: string; organisations: { id: string; name: string }[]; onScheduled: (a: Appointment) => void }) {
  const [draft, setDraft] = useState({ organisationId: organisations[0]?.id ?? '', title: 'Entretien de suivi', day: '', start: '09:00', end: '10:00', modality: 'face_to_face' as AppointmentModality, place: '', link: '', reminder: '48' });
  const mutation = useMutation();
  const set = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!draft.day) return;
    const body = {
      organisationId: draft.organisationId,
      kind: 'individual',
      title: draft.title,
      modality: draft.modality,
      ...(draft.place ? { place: draft.place } : {}),
      ...(draft.link ? { link: draft.link } : {}),
      startsAt: toInstant(draft.day, draft.start),
      endsAt: toInstant(draft.day, draft.end),
      pathwayIds: [pathwayId],
      reminderHoursBefore: Number(draft.reminder) || 48,
    };
    const res = await mutation.run(() => apiFetch<Appointment>('/api/appointments', { method: 'POST', body }));
    if (res.ok) onScheduled(res.value);
  };
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="fixer-rdv" className="fr-p-3w fr-background-alt--grey fr-mt-2w">
      <h3 id="fixer-rdv" className="fr-h5">
        Fixer un rendez-vous
      </h3>
      <ErrorAlert error={mutation.error} title="Le rendez-vous n’a pas été fixé" fields={FIELDS} />
      {organisations.length > 1 && (
        <Select label="Structure" nativeSelectProps={{ name: 'organisationId', value: draft.organisationId, onChange: (e) => set({ organisationId: e.target.value }) }}>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
      )}
      <TextField label="Objet" name="title" value={draft.title} onChange={(title) => set({ title })} error={mutation.fieldError('title')} maxLength={200} required />
      <DateField label="Date" name="day" value={draft.day} onChange={(day) => set({ day })} error={mutation.fieldError('startsAt')} required />
      <DateField label="Début" name="start" type="time" value={draft.start} onChange={(start) => set({ start })} required />
      <DateField label="Fin" name="end" type="time" value={draft.end} onChange={(end) => set({ end })} error={mutation.fieldError('endsAt')} required />
      <Select label="Modalité" nativeSelectProps={{ name: 'modality', value: draft.modality, onChange: (e) => set({ modality: e.target.value as AppointmentModality }) }}>
        {APPOINTMENT_MODALITIES.map((m) => (
          <option key={m} value={m}>
            {MODALITY_LABELS[m]}
          </option>
        ))}
      </Select>
      {draft.modality === 'face_to_face' && <TextField label="Lieu" name="place" value={draft.place} onChange={(place) => set({ place })} error={mutation.fieldError('place')} required />}
      {draft.modality === 'video' && <TextField label="Lien de la visioconférence" name="link" type="url" value={draft.link} onChange={(link) => set({ link })} error={mutation.fieldError('link')} required />}
      <TextField label="Rappel, en heures avant le rendez-vous" name="reminder" value={draft.reminder} onChange={(reminder) => set({ reminder })} inputMode="numeric" />
      <Button type="submit" disabled={mutation.pending}>
        Fixer le rendez-vous et envoyer la convocation
      </Button>
    </form>
  );
}
