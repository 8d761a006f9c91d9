import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { COMPLAINT_STATUS_LABELS } from '../../../../common/satisfaction';
import { apiFetch } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { TextField } from '../../components/text-field';
import { useMutation } from '../../components/use-mutation';
import { formatDate } from '../../labels';
import { TextAreaField } from '../pathways/form-fields';
import { ComplaintStatusBadge } from './complaints-section';
import type { Complaint, ComplaintTargets } from './types';

const EMPTY = { subject: '', body: '', pathwayId: '', organisationId: '' };

function ComplaintForm({ onFiled }: { onFiled: () => void }) {
  const targets = useApi<ComplaintTargets>('/api/me/complaint-targets');
  const mutation = useMutation();
  const [draft, setDraft] = useState(EMPTY);
  const [filed, setFiled] = useState(false);
  const set = (key: keyof typeof EMPTY) => (value: string) => setDraft((d) => ({ ...d, [key]: value, ...(key === 'pathwayId' ? { organisationId: '' } : {}) }));
  const organisations = (draft.pathwayId ? targets.data?.pathways.find((p) => p.id === draft.pathwayId)?.organisations : targets.data?.organisations) ?? [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { subject: draft.subject, body: draft.body, ...(draft.pathwayId ? { pathwayId: draft.pathwayId } : {}), ...(draft.organisationId ? { organisationId: draft.organisationId } : {}) };
    const result = await mutation.run(() => apiFetch<Complaint>('/api/me/complaints', { method: 'POST', body }));
    if (result.ok) {
      setDraft(EMPTY);
      setFiled(true);
      onFiled();
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="fr-p-3w fr-mb-3w fr-background-alt--grey" noValidate>
      <h3 className="fr-h6">Déposer une réclamation</h3>
      <p className="fr-text--sm">Seule la structure concernée la lit, avec vous. Vous recevez un accusé de réception par courriel et suivez ici sa réponse.</p>
      <ErrorAlert error={mutation.error} title="La réclamation n’a pas été enregistrée" fields={['subject', 'body', 'pathwayId', 'organisationId']} />
      {filed && <p role="status" className="fr-message fr-message--valid">Votre réclamation est enregistrée.</p>}
      <TextField label="Objet" name="subject" required maxLength={200} value={draft.subject} onChange={set('subject')} error={mutation.fieldError('subject')} />
      <TextAreaField label="Ce qui s’est passé" name="body" required value={draft.body} onChange={set('body')} error={mutation.fieldError('body')} />
      <Select label="Parcours concerné (facultatif)" state={mutation.fieldError('pathwayId') ? 'error' : 'default'} stateRelatedMessage={mutation.fieldError('pathwayId')} nativeSelectProps={{ name: 'pathwayId', value: draft.pathwayId, onChange: (e) => set('pathwayId')(e.target.value) }}>
        <option value="">Aucun en particulier</option>
        {(targets.data?.pathways ?? []).map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </Select>
      <Select
        label="Structure concernée (facultatif)"
        hint="Sans choix : la structure de votre référent de parcours."
        state={mutation.fieldError('organisationId') ? 'error' : 'default'}
        stateRelatedMessage={mutation.fieldError('organisationId')}
        nativeSelectProps={{ name: 'organisationId', value: draft.organisationId, onChange: (e) => set('organisationId')(e.target.value) }}
      >
        <option value="">Celle de mon référent</option>
        {organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </Select>
      <Button type="submit" disabled={mutation.pending}>
        Envoyer ma réclamation
      </Button>
    </form>
  );
}

/** In the candidate's space: their complaints with the status of each, and a form to file one. */
export function MyComplaintsSection() {
  const list = useApi<{ items: Complaint[] }>('/api/me/complaints');
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="mes-reclamations" className="fr-mt-6w">
      <h2 id="mes-reclamations">Mes réclamations</h2>
      <Button className="fr-mb-3w" priority={open ? 'secondary' : 'primary'} aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? 'Fermer le formulaire' : 'Déposer une réclamation'}
      </Button>
      {open && <ComplaintForm onFiled={list.reload} />}
      <ErrorAlert error={list.error} title="Vos réclamations n’ont pas pu être chargées" />
      {list.loading && !list.data && <Loading label="Chargement de vos réclamations…" />}
      {list.data && list.data.items.length === 0 && <p>Vous n’avez déposé aucune réclamation.</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="fr-raw-list">
          {list.data.items.map((c) => (
            <li key={c.id} className="fr-card fr-p-3w fr-mb-2w">
              <h3 className="fr-h6 fr-mb-1w">{c.subject}</h3>
              <p className="fr-mb-1w">
                <ComplaintStatusBadge status={c.status} /> {c.organisationName}
              </p>
              <ol className="fr-text--sm">
                {c.history.map((h) => (
                  <li key={`${h.status}-${h.at}`}>
                    {COMPLAINT_STATUS_LABELS[h.status]} le {formatDate(h.at)}
                  </li>
                ))}
              </ol>
              {c.answer && (
                <p style={{ whiteSpace: 'pre-wrap' }}>
                  <strong>Réponse :</strong> {c.answer}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
