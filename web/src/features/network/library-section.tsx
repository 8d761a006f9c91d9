import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { ZLibraryItem } from '../../../../server/modules/network/meetings.schema';
import { apiFetch } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/text-field';
import { useMutation } from '../../components/use-mutation';
import { formatDate } from '../../labels';

type LibraryItem = z.infer<typeof ZLibraryItem>;

function ShareForm({ item, onShared }: { item: LibraryItem; onShared: () => void }) {
  const [withWhom, setWithWhom] = useState('');
  const mutation = useMutation();
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await mutation.run(() => apiFetch(`/api/network/library/${encodeURIComponent(item.id)}/shares`, { method: 'POST', body: { sharedOn: new Date().toISOString().slice(0, 10), withWhom } }));
    if (result.ok) {
      setWithWhom('');
      onShared();
    }
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={`Transmettre : ${item.title}`}>
      <ErrorAlert error={mutation.error} title="La transmission n’a pas été notée" />
      <TextField label="Transmis aujourd’hui à" name="withWhom" value={withWhom} onChange={setWithWhom} />
      <Button type="submit" size="small" priority="tertiary" disabled={mutation.pending}>
        Noter la transmission
      </Button>
    </form>
  );
}

/** Information material about assistance renforcée, and when each was shared and with whom. */
export function LibrarySection({ organisationId, canKeep }: { organisationId: string; canKeep: boolean }) {
  const list = useApi<{ items: LibraryItem[] }>('/api/network/library', { organisationId });
  const [draft, setDraft] = useState({ title: '', audience: 'public', url: '' });
  const mutation = useMutation();
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await mutation.run(() => apiFetch('/api/network/library', { method: 'POST', body: { organisationId, ...draft } }));
    if (result.ok) {
      setDraft({ title: '', audience: 'public', url: '' });
      list.reload();
    }
  };
  return (
    <section aria-labelledby="documentation" className="fr-mb-4w">
      <h2 id="documentation">Documents d’information</h2>
      <ErrorAlert error={list.error} title="Les documents n’ont pas pu être chargés" />
      {list.data?.items.length === 0 && <p>Aucun document pour le moment.</p>}
      <ul className="fr-raw-list">
        {list.data?.items.map((item) => (
          <li key={item.id} className="fr-mb-2w">
            <strong>{item.url ? <a href={item.url}>{item.title}</a> : item.title}</strong> ({item.audience === 'public' ? 'grand public' : 'professionnels'})
            {item.shares.length > 0 && <p className="fr-text--sm fr-mb-1v">Transmis : {item.shares.map((s) => `${formatDate(s.sharedOn)} à ${s.withWhom}`).join(' ; ')}</p>}
            <ShareForm item={item} onShared={list.reload} />
          </li>
        ))}
      </ul>
      {canKeep && (
        <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Ajouter un document" className="fr-p-3w fr-background-alt--grey">
          <ErrorAlert error={mutation.error} title="Le document n’a pas été ajouté" />
          <TextField label="Titre du document" name="title" value={draft.title} onChange={(title) => setDraft((d) => ({ ...d, title }))} required />
          <Select label="Public" nativeSelectProps={{ name: 'audience', value: draft.audience, onChange: (e) => setDraft((d) => ({ ...d, audience: e.target.value })) }}>
            <option value="public">Grand public</option>
            <option value="professionals">Professionnels</option>
          </Select>
          <TextField label="Adresse du document (lien)" type="url" name="url" value={draft.url} onChange={(url) => setDraft((d) => ({ ...d, url }))} />
          <Button type="submit" disabled={mutation.pending}>
            Ajouter le document
          </Button>
        </form>
      )}
    </section>
  );
}
