import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState, type FormEvent } from 'react';
import { SATISFACTION_CONTEXT_LABELS, SATISFACTION_CONTEXTS, type SatisfactionContext } from '../../../../common/satisfaction';
import { apiFetch } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { useMutation } from '../../components/use-mutation';
import { formatDate } from '../../labels';
import type { SatisfactionRequest } from './types';

interface PathwayOption {
  id: string;
  candidate: { firstName: string; lastName: string };
  certification: { title: string };
}

function statusOf(r: SatisfactionRequest) {
  if (r.status === 'answered') return <Badge small severity="success">Répondu le {formatDate(r.answeredAt)}</Badge>;
  if (r.status === 'no_recipient') return <Badge small severity="warning">Pas d’adresse électronique</Badge>;
  if (r.status === 'queued') return <Badge small severity="info">En cours d’envoi</Badge>;
  if (r.expired) return <Badge small>Expiré sans réponse</Badge>;
  return <Badge small severity="new">En attente jusqu’au {formatDate(r.expiresAt)}</Badge>;
}

/** Sending the questionnaire at the end of an accompaniment, and the list of those sent. */
export function SendSection({ organisationId, canSend }: { organisationId: string; canSend: boolean }) {
  const requests = useApi<{ items: SatisfactionRequest[] }>('/api/satisfaction/requests', { organisationId });
  const pathways = useApi<{ items: PathwayOption[] }>(canSend ? '/api/pathways' : null, { actorOrganisationId: organisationId, pageSize: 100 });
  const mutation = useMutation();
  const [pathwayId, setPathwayId] = useState('');
  const [context, setContext] = useState<SatisfactionContext>('accompaniment');
  const [sent, setSent] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(null);
    const result = await mutation.run(() => apiFetch<SatisfactionRequest>(`/api/pathways/${pathwayId}/satisfaction`, { method: 'POST', body: { context } }));
    if (result.ok) {
      setSent(`Le questionnaire est envoyé à ${result.value.candidateName}.`);
      requests.reload();
    }
  };
  return (
    <section aria-labelledby="questionnaires" className="fr-mt-6w">
      <h2 id="questionnaires">Questionnaires envoyés</h2>
      {canSend && (
        <form onSubmit={(e) => void submit(e)} className="fr-p-3w fr-mb-3w fr-background-alt--grey">
          <h3 className="fr-h6">Envoyer le questionnaire de satisfaction</h3>
          <p className="fr-text--sm">En fin d’assistance renforcée, il part de lui-même à la clôture. Envoyez-le ici à la fin d’un accompagnement : le candidat reçoit par courriel un lien à usage unique, sans compte.</p>
          <Select label="Parcours" state={mutation.fieldError('pathwayId') ? 'error' : 'default'} nativeSelectProps={{ name: 'pathwayId', value: pathwayId, required: true, onChange: (e) => setPathwayId(e.target.value) }}>
            <option value="" disabled>
              Choisir un parcours
            </option>
            {(pathways.data?.items ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.candidate.firstName} {p.candidate.lastName} – {p.certification.title}
              </option>
            ))}
          </Select>
          <Select label="Moment" nativeSelectProps={{ name: 'context', value: context, onChange: (e) => setContext(e.target.value as SatisfactionContext) }}>
            {SATISFACTION_CONTEXTS.map((c) => (
              <option key={c} value={c}>
                {SATISFACTION_CONTEXT_LABELS[c]}
              </option>
            ))}
          </Select>
          <ErrorAlert error={mutation.error} title="Le questionnaire n’a pas été envoyé" />
          {sent && <p role="status" className="fr-message fr-message--valid">{sent}</p>}
          <Button type="submit" disabled={mutation.pending || !pathwayId}>
            Envoyer le questionnaire de satisfaction
          </Button>
        </form>
      )}
      <ErrorAlert error={requests.error} title="Les questionnaires n’ont pas pu être chargés" />
      {requests.loading && !requests.data && <Loading label="Chargement des questionnaires…" />}
      {requests.data && requests.data.items.length === 0 && <p>Aucun questionnaire envoyé pour le moment.</p>}
      {requests.data && requests.data.items.length > 0 && (
        <Table
          caption="Questionnaires de satisfaction envoyés"
          noCaption
          headers={['Candidat', 'Moment', 'Demandé le', 'État']}
          data={requests.data.items.map((r) => [r.candidateName, SATISFACTION_CONTEXT_LABELS[r.context], formatDate(r.createdAt), statusOf(r)])}
        />
      )}
    </section>
  );
}
