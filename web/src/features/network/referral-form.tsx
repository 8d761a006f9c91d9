import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { apiFetch } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { useMutation } from '../../components/use-mutation';
import { TextAreaField } from '../pathways/form-fields';
import type { Entry, Referral } from './types';

interface PlanItemOption {
  id: string;
  wording: string;
}

/** Refer the candidate to a contact of the address book, with their consent, sharing only what is written. */
export function ReferralForm({ pathwayId, organisationId, onCreated }: { pathwayId: string; organisationId: string; onCreated: (r: Referral) => void }) {
  const entries = useApi<{ items: Entry[] }>('/api/network/entries', { organisationId });
  const assistance = useApi<{ plan: PlanItemOption[] }>(`/api/pathways/${encodeURIComponent(pathwayId)}/assistance`);
  const [draft, setDraft] = useState({ contactId: '', planItemId: '', consent: false, sharedInformation: '' });
  const mutation = useMutation();
  const contacts = (entries.data?.items ?? []).flatMap((e) => e.contacts.filter((c) => c.email).map((c) => ({ id: c.id, label: `${e.name} – ${c.name}${c.jobTitle ? `, ${c.jobTitle}` : ''}` })));
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = { contactId: draft.contactId, consent: draft.consent, sharedInformation: draft.sharedInformation, ...(draft.planItemId ? { planItemId: draft.planItemId } : {}) };
    const result = await mutation.run(() => apiFetch<Referral>(`/api/pathways/${encodeURIComponent(pathwayId)}/referrals`, { method: 'POST', body }));
    if (result.ok) {
      setDraft({ contactId: '', planItemId: '', consent: false, sharedInformation: '' });
      onCreated(result.value);
    }
  };
  const err = mutation.fieldError;
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="nouvelle-orientation" className="fr-p-3w fr-mb-3w fr-background-alt--grey">
      <h3 id="nouvelle-orientation" className="fr-h6">
        Orienter vers un partenaire
      </h3>
      <ErrorAlert error={mutation.error} title="La mise en relation n’a pas été envoyée" fields={['contactId', 'planItemId', 'consent', 'sharedInformation']} />
      <Select label="Contact du partenaire" hint="Les contacts de votre carnet d’adresses qui ont une adresse électronique." state={err('contactId') ? 'error' : 'default'} stateRelatedMessage={err('contactId')} nativeSelectProps={{ name: 'contactId', value: draft.contactId, required: true, onChange: (e) => setDraft((d) => ({ ...d, contactId: e.target.value })) }}>
        <option value="">Choisir un contact</option>
        {contacts.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </Select>
      {(assistance.data?.plan.length ?? 0) > 0 && (
        <Select label="Appui du plan concerné (facultatif)" state={err('planItemId') ? 'error' : 'default'} stateRelatedMessage={err('planItemId')} nativeSelectProps={{ name: 'planItemId', value: draft.planItemId, onChange: (e) => setDraft((d) => ({ ...d, planItemId: e.target.value })) }}>
          <option value="">Aucun</option>
          {assistance.data?.plan.map((item) => (
            <option key={item.id} value={item.id}>
              {item.wording}
            </option>
          ))}
        </Select>
      )}
      <TextAreaField label="Informations transmises au partenaire" hint="Seulement ce qui lui est utile pour recevoir le candidat." name="sharedInformation" value={draft.sharedInformation} onChange={(sharedInformation) => setDraft((d) => ({ ...d, sharedInformation }))} error={err('sharedInformation')} required />
      <Checkbox
        state={err('consent') ? 'error' : 'default'}
        stateRelatedMessage={err('consent')}
        options={[{ label: 'Le candidat a donné son accord pour cette mise en relation et pour les informations transmises', nativeInputProps: { name: 'consent', checked: draft.consent, onChange: (e) => setDraft((d) => ({ ...d, consent: e.target.checked })) } }]}
      />
      <Button type="submit" disabled={mutation.pending}>
        Envoyer la mise en relation
      </Button>
    </form>
  );
}
