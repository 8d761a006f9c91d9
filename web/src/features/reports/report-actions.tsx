import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { apiFetch } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useMutation } from '../../components/use-mutation';
import type { Report } from './types';

/** The director's actions: write the narrative and refresh the figures while draft, sign, send. */
export function ReportActions({ report, onChange }: { report: Report; onChange: (r: Report) => void }) {
  const mutation = useMutation();
  const [narrative, setNarrative] = useState(report.narrative);
  const [notice, setNotice] = useState<string | null>(null);
  const act = async (path: string, done: string, body?: unknown) => {
    setNotice(null);
    const result = await mutation.run(() => apiFetch<Report>(`/api/reports/${report.id}/${path}`, { method: body === undefined ? 'POST' : 'PUT', ...(body === undefined ? {} : { body }) }));
    if (result.ok) {
      onChange(result.value);
      setNotice(done);
    }
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    void act('narrative', 'Bilan qualitatif enregistré.', { narrative });
  };
  return (
    <section aria-labelledby="actions-direction" className="fr-mt-2w">
      <h2 id="actions-direction">{report.status === 'draft' ? 'Rédiger et signer' : 'Transmission'}</h2>
      <ErrorAlert error={mutation.error} title="L’action n’a pas abouti" />
      {notice && <Alert small severity="success" description={notice} className="fr-mb-2w" />}
      {report.status === 'draft' && (
        <>
          <form onSubmit={save}>
            <Input
              label="Bilan qualitatif de la direction"
              hintText="Les appuis délivrés et leurs effets, les faits marquants de l’année. Modifiable jusqu’à la signature."
              textArea
              nativeTextAreaProps={{ value: narrative, onChange: (e) => setNarrative(e.target.value), rows: 8, maxLength: 20000 }}
            />
            <ul className="fr-btns-group fr-btns-group--inline-md">
              <li>
                <Button type="submit" disabled={mutation.pending}>
                  Enregistrer le bilan
                </Button>
              </li>
              <li>
                <Button type="button" priority="secondary" disabled={mutation.pending} onClick={() => void act('refresh', 'Chiffres recalculés.')}>
                  Recalculer les chiffres
                </Button>
              </li>
            </ul>
          </form>
          <p className="fr-mt-2w">La signature fige le rapport tel qu’il est enregistré (chiffres et bilan) : il ne pourra plus être modifié.</p>
          <Button type="button" iconId="fr-icon-edit-line" disabled={mutation.pending || narrative !== report.narrative} onClick={() => void act('sign', 'Rapport signé.')}>
            Signer le rapport
          </Button>
          {narrative !== report.narrative && <p className="fr-text--sm fr-mt-1w">Enregistrez le bilan avant de signer.</p>}
        </>
      )}
      {report.status === 'signed' && (
        <>
          <p>Le rapport est signé. Envoyez-le pour le rendre visible au commanditaire (effectifs masqués sous le seuil de diffusion), qui en est averti par courriel.</p>
          <Button type="button" iconId="fr-icon-send-plane-line" disabled={mutation.pending} onClick={() => void act('send', 'Rapport envoyé au commanditaire.')}>
            Envoyer au commanditaire
          </Button>
        </>
      )}
      {report.status === 'sent' && <p>Le rapport a été envoyé au commanditaire.</p>}
    </section>
  );
}
