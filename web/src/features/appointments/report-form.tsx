import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState, type FormEvent } from 'react';
import { REPORT_FIELD_LABELS, REPORT_FIELDS, type ReportField } from '../../../../common/appointments';
import { formatDateTime } from '../../labels';
import { TextAreaField } from '../pathways/form-fields';
import type { Appointment } from './types';

/** The meeting report: read by all who see the appointment, written by its professionals. */
export function ReportSection({ appointment, pending, onSave }: { appointment: Appointment; pending: boolean; onSave: (body: Record<ReportField, string>) => void }) {
  const report = appointment.report;
  const [draft, setDraft] = useState<Record<ReportField, string>>(() => Object.fromEntries(REPORT_FIELDS.map((f) => [f, report?.[f] ?? ''])) as Record<ReportField, string>);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSave(draft);
  };
  return (
    <section aria-labelledby="compte-rendu" className="fr-mt-6w">
      <h2 id="compte-rendu">Compte rendu</h2>
      {report ? (
        <>
          <p className="fr-text--sm">
            Écrit par {report.writtenByName ?? 'un professionnel'} le {formatDateTime(report.writtenAt)}.
          </p>
          <dl>
            {REPORT_FIELDS.filter((f) => report[f]).map((f) => (
              <div key={f} className="fr-mb-2w">
                <dt>
                  <strong>{REPORT_FIELD_LABELS[f]}</strong>
                </dt>
                <dd>{report[f]}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <p>Pas encore de compte rendu.</p>
      )}
      {appointment.canEdit && appointment.status === 'scheduled' && (
        <form onSubmit={onSubmit} noValidate aria-labelledby="ecrire-compte-rendu" className="fr-p-3w fr-background-alt--grey">
          <h3 id="ecrire-compte-rendu" className="fr-h5">
            {report ? 'Corriger le compte rendu' : 'Écrire le compte rendu'}
          </h3>
          {REPORT_FIELDS.map((f) => (
            <TextAreaField key={f} label={REPORT_FIELD_LABELS[f]} name={f} value={draft[f]} onChange={(v) => setDraft((d) => ({ ...d, [f]: v }))} />
          ))}
          <Button type="submit" disabled={pending}>
            Enregistrer le compte rendu
          </Button>
        </form>
      )}
    </section>
  );
}
