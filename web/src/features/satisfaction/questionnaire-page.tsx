import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { SATISFACTION_CONTEXT_LABELS, SCALE_LABELS, SCALE_VALUES } from '../../../../common/satisfaction';
import { apiFetch } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { RequiredNotice } from '../../components/required-notice';
import { TextField } from '../../components/text-field';
import { useMutation } from '../../components/use-mutation';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate } from '../../labels';
import { TextAreaField } from '../pathways/form-fields';
import type { QuestionnaireView } from './types';

type Value = number | boolean | string;

/** `/satisfaction/:token`: the candidate answers the questionnaire without an account (single use). */
export function QuestionnairePage() {
  usePageTitle('Votre avis sur votre accompagnement');
  const { token = '' } = useParams();
  const url = `/api/satisfaction-links/${encodeURIComponent(token)}`;
  const view = useApi<QuestionnaireView>(url);
  const mutation = useMutation();
  const [answers, setAnswers] = useState<Record<string, Value>>({});
  const [complain, setComplain] = useState(false);
  const [complaint, setComplaint] = useState({ subject: '', body: '' });
  const [done, setDone] = useState<{ complaintId: string | null } | null>(null);
  const set = (id: string, value: Value) => setAnswers((a) => ({ ...a, [id]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await mutation.run(() => apiFetch<{ answeredAt: string; complaintId: string | null }>(url, { method: 'POST', body: { answers, ...(complain ? { complaint } : {}) } }));
    if (result.ok) {
      setDone(result.value);
      window.scrollTo(0, 0);
    }
  };
  const data = view.data;
  return (
    <div className="fr-container fr-pb-6w">
      <h1 className="fr-mt-4w">Votre avis sur votre accompagnement</h1>
      {done && (
        <Alert
          severity="success"
          className="fr-mb-3w"
          title="Merci, vos réponses sont enregistrées"
          description={done.complaintId ? 'Votre réclamation est transmise à la structure. Un accusé de réception vous est envoyé par courriel ; vous suivez sa réponse dans votre espace, rubrique « Mes réclamations ».' : 'Elles aideront la structure à améliorer l’accompagnement des candidats.'}
        />
      )}
      {view.error && !done && <Alert severity="error" title="Ce questionnaire ne peut plus être rempli" description={view.error.message} />}
      {view.loading && !data && <Loading label="Chargement du questionnaire…" />}
      {data && !done && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <p className="fr-text--lead">
            {SATISFACTION_CONTEXT_LABELS[data.context]} avec {data.structureName}.
          </p>
          <p className="fr-text--sm">Ce questionnaire se remplit une seule fois, jusqu’au {formatDate(data.expiresAt)}. Vos réponses servent à améliorer l’accompagnement.</p>
          <RequiredNotice />
          <ErrorAlert error={mutation.error} title="Vos réponses n’ont pas été enregistrées" fields={data.questions.map((q) => q.id).concat(['complaint.subject', 'complaint.body'])} />
          {data.questions.map((q) => {
            const error = mutation.fieldError(q.id);
            const state = error ? { state: 'error' as const, stateRelatedMessage: error } : {};
            if (q.kind === 'scale')
              return (
                <RadioButtons
                  key={q.id}
                  legend={q.label}
                  hintText={q.hint ?? undefined}
                  {...state}
                  options={SCALE_VALUES.map((v) => ({ label: `${v} – ${SCALE_LABELS[v]}`, nativeInputProps: { name: q.id, value: String(v), checked: answers[q.id] === v, onChange: () => set(q.id, v) } }))}
                />
              );
            if (q.kind === 'yes_no')
              return (
                <RadioButtons
                  key={q.id}
                  legend={q.label}
                  orientation="horizontal"
                  {...state}
                  options={[
                    { label: 'Oui', nativeInputProps: { name: q.id, value: 'yes', checked: answers[q.id] === true, onChange: () => set(q.id, true) } },
                    { label: 'Non', nativeInputProps: { name: q.id, value: 'no', checked: answers[q.id] === false, onChange: () => set(q.id, false) } },
                  ]}
                />
              );
            return <TextAreaField key={q.id} label={q.label} hint={q.hint ?? undefined} name={q.id} value={typeof answers[q.id] === 'string' ? (answers[q.id] as string) : ''} onChange={(v) => set(q.id, v)} error={error} />;
          })}
          <Checkbox options={[{ label: 'Je souhaite aussi déposer une réclamation', hintText: 'Si quelque chose ne s’est pas bien passé : elle sera suivie jusqu’à sa réponse.', nativeInputProps: { name: 'complain', checked: complain, onChange: (e) => setComplain(e.target.checked) } }]} />
          {complain && (
            <fieldset className="fr-fieldset">
              <legend className="fr-fieldset__legend">Ma réclamation</legend>
              <div className="fr-fieldset__element">
                <TextField label="Objet" name="subject" required value={complaint.subject} onChange={(subject) => setComplaint((c) => ({ ...c, subject }))} error={mutation.fieldError('complaint.subject')} maxLength={200} />
                <TextAreaField label="Ce qui s’est passé" name="body" required value={complaint.body} onChange={(body) => setComplaint((c) => ({ ...c, body }))} error={mutation.fieldError('complaint.body')} />
              </div>
            </fieldset>
          )}
          <Button type="submit" disabled={mutation.pending}>
            Envoyer mes réponses
          </Button>
        </form>
      )}
    </div>
  );
}
