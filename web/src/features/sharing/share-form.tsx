import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { SHARE_SCOPE_LABELS, SHARE_SCOPES, type ShareScope } from '../../../../common/sharing';
import { apiFetch } from '../../api/client';
import { useMutation } from '../../components/use-mutation';
import { FeedbackAlert } from '../candidate-space/feedback-alert';
import type { Grant, GrantList } from './types';

const HINTS: Record<ShareScope, string> = {
  livret: 'Le livret de suivi : rendez-vous, étapes, appuis, mises en relation.',
  documents: 'Les documents déposés sur votre parcours (justificatifs, livrets…).',
  meeting_reports: 'Ce qui a été travaillé lors de vos rendez-vous.',
};

/** The candidate chooses an organisation of the pathway and the parts of the file it may read. */
export function ShareForm({ pathwayId, organisations, onShared }: { pathwayId: string; organisations: GrantList['organisations']; onShared: () => void }) {
  const [organisationId, setOrganisationId] = useState('');
  const [scopes, setScopes] = useState<ShareScope[]>([]);
  const [success, setSuccess] = useState<string | null>(null);
  const mutation = useMutation();
  const toggle = (scope: ShareScope, on: boolean) => setScopes((s) => (on ? [...s, scope] : s.filter((x) => x !== scope)));
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSuccess(null);
    const result = await mutation.run(() => apiFetch<Grant>(`/api/pathways/${encodeURIComponent(pathwayId)}/grants`, { method: 'POST', body: { organisationId, scopes } }));
    if (result.ok) {
      setSuccess(`${result.value.organisationName} a désormais accès à : ${result.value.scopes.map((s) => SHARE_SCOPE_LABELS[s].toLowerCase()).join(', ')}.`);
      setScopes([]);
      onShared();
    }
  };
  const err = mutation.fieldError;
  const formId = `partager-${pathwayId}`;
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={formId} className="fr-p-3w fr-mb-3w fr-background-alt--grey">
      <p id={formId} className="fr-text--bold fr-mb-2w">
        Partager une partie de mon dossier
      </p>
      <FeedbackAlert success={success} error={mutation.error} errorTitle="Le partage n’a pas été enregistré" />
      <Select label="Organisation" hint="Seules les organisations qui participent à votre parcours." state={err('organisationId') ? 'error' : 'default'} stateRelatedMessage={err('organisationId')} nativeSelectProps={{ name: 'organisationId', value: organisationId, required: true, onChange: (e) => setOrganisationId(e.target.value) }}>
        <option value="">Choisir une organisation</option>
        {organisations.map((o) => (
          <option key={o.organisationId} value={o.organisationId}>
            {o.organisationName} ({o.roles.join(', ').toLowerCase()})
          </option>
        ))}
      </Select>
      <Checkbox
        legend="Ce que cette organisation pourra consulter"
        hintText="Partager à nouveau avec la même organisation remplace ce que vous lui aviez partagé."
        state={err('scopes') ? 'error' : 'default'}
        stateRelatedMessage={err('scopes')}
        options={SHARE_SCOPES.map((scope) => ({ label: SHARE_SCOPE_LABELS[scope], hintText: HINTS[scope], nativeInputProps: { name: 'scopes', value: scope, checked: scopes.includes(scope), onChange: (e) => toggle(scope, e.target.checked) } }))}
      />
      <Button type="submit" disabled={mutation.pending}>
        Partager
      </Button>
    </form>
  );
}
