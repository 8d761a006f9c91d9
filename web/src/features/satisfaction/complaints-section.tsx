import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState, type FormEvent } from 'react';
import { COMPLAINT_STATUS_LABELS, type ComplaintStatus } from '../../../../common/satisfaction';
import { apiFetch } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { useMutation } from '../../components/use-mutation';
import { formatDate } from '../../labels';
import { TextAreaField } from '../pathways/form-fields';
import type { Complaint } from './types';

const SEVERITY: Record<ComplaintStatus, 'new' | 'info' | 'success' | undefined> = { received: 'new', acknowledged: 'info', answered: 'success', closed: undefined };

export function ComplaintStatusBadge({ status }: { status: ComplaintStatus }) {
  const severity = SEVERITY[status];
  return (
    <Badge small noIcon {...(severity ? { severity } : {})}>
      {COMPLAINT_STATUS_LABELS[status]}
    </Badge>
  );
}

function ComplaintCard({ complaint, onChanged }: { complaint: Complaint; onChanged: () => void }) {
  const mutation = useMutation();
  const [answer, setAnswer] = useState('');
  const act = async (step: 'acknowledge' | 'answer' | 'close', body: object = {}) => {
    const result = await mutation.run(() => apiFetch<Complaint>(`/api/complaints/${complaint.id}/${step}`, { method: 'POST', body }));
    if (result.ok) onChanged();
  };
  const submitAnswer = (event: FormEvent) => {
    event.preventDefault();
    void act('answer', { answer });
  };
  return (
    <li className="fr-card fr-p-3w fr-mb-2w">
      <h3 className="fr-h6 fr-mb-1w">{complaint.subject}</h3>
      <p className="fr-mb-1w">
        <ComplaintStatusBadge status={complaint.status} /> {complaint.candidateName} – reçue le {formatDate(complaint.receivedAt)}, il y a {complaint.ageDays} jour(s)
      </p>
      <p style={{ whiteSpace: 'pre-wrap' }}>{complaint.body}</p>
      {complaint.answer && (
        <p style={{ whiteSpace: 'pre-wrap' }}>
          <strong>Réponse du {formatDate(complaint.answeredAt)} :</strong> {complaint.answer}
        </p>
      )}
      <ErrorAlert error={mutation.error} title="L’action n’a pas été enregistrée" fields={['answer']} />
      {complaint.status === 'received' && (
        <Button size="small" disabled={mutation.pending} onClick={() => void act('acknowledge')}>
          Accuser réception<span className="fr-sr-only"> : {complaint.subject}</span>
        </Button>
      )}
      {complaint.status === 'acknowledged' && (
        <form onSubmit={submitAnswer}>
          <TextAreaField label={<>Réponse apportée<span className="fr-sr-only"> à « {complaint.subject} »</span></>} name={`answer-${complaint.id}`} value={answer} onChange={setAnswer} error={mutation.fieldError('answer')} required />
          <Button size="small" type="submit" disabled={mutation.pending}>
            Enregistrer la réponse
          </Button>
        </form>
      )}
      {complaint.status === 'answered' && (
        <Button size="small" priority="secondary" disabled={mutation.pending} onClick={() => void act('close')}>
          Clore la réclamation<span className="fr-sr-only"> : {complaint.subject}</span>
        </Button>
      )}
    </li>
  );
}

/** The complaints about the structure: open ones first, oldest first, with their age. */
export function ComplaintsSection({ organisationId }: { organisationId: string }) {
  const list = useApi<{ items: Complaint[] }>('/api/complaints', { organisationId });
  return (
    <section aria-labelledby="reclamations" className="fr-mt-6w">
      <h2 id="reclamations">Réclamations</h2>
      <ErrorAlert error={list.error} title="Les réclamations n’ont pas pu être chargées" />
      {list.loading && !list.data && <Loading label="Chargement des réclamations…" />}
      {list.data && list.data.items.length === 0 && <p>Aucune réclamation ne concerne votre structure.</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="fr-raw-list">
          {list.data.items.map((c) => (
            <ComplaintCard key={c.id} complaint={c} onChanged={list.reload} />
          ))}
        </ul>
      )}
    </section>
  );
}
