import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { apiFetch } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { useMutation } from '../../components/use-mutation';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate } from '../../labels';
import { TextAreaField } from '../pathways/form-fields';
import type { LinkView } from './types';

type Answer = { action: 'accept' } | { action: 'decline'; reason: string } | { action: 'outcome'; text: string };

/** `/mise-en-relation/:token`: the partner answers a referral without an account (single-use link). */
export function ReferralLinkPage() {
  usePageTitle('Mise en relation');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const view = useApi<LinkView>(`/api/referral-links/${encodeURIComponent(token)}`);
  const mutation = useMutation();
  const [reason, setReason] = useState('');
  const [text, setText] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const send = async (answer: Answer, message: string) => {
    const result = await mutation.run(() => apiFetch<{ status: string; nextLink: string | null }>(`/api/referral-links/${encodeURIComponent(token)}`, { method: 'POST', body: answer }));
    if (!result.ok) return;
    setDone(message);
    if (result.value.nextLink) void navigate(result.value.nextLink, { replace: true, state: { message } });
  };
  const data = view.data;
  return (
    <div className="fr-container fr-pb-6w">
      <h1 className="fr-mt-4w">Mise en relation</h1>
      {done && <Alert severity="success" className="fr-mb-3w" title="Réponse enregistrée" description={done} />}
      {view.error && !done && <Alert severity="error" title="Ce lien ne peut plus être utilisé" description={view.error.message} />}
      {view.loading && !data && <Loading label="Chargement…" />}
      {data && (
        <>
          <p className="fr-text--lead">
            {data.referentName ?? 'Un référent'} ({data.structureName}) oriente vers {data.entryName} : <strong>{data.candidateName}</strong>.
          </p>
          <h2 className="fr-h5">Informations transmises avec l’accord du candidat</h2>
          <p style={{ whiteSpace: 'pre-wrap' }}>{data.sharedInformation}</p>
          {data.referentEmail && <p>Pour joindre le référent : {data.referentEmail}</p>}
          <p className="fr-text--sm">Ce lien ne fonctionne qu’une fois, jusqu’au {formatDate(data.expiresAt)}.</p>
          <ErrorAlert error={mutation.error} title="La réponse n’a pas été enregistrée" fields={['reason', 'text']} />
          {data.purpose === 'answer' && !done && (
            <>
              <Button className="fr-mb-3w" disabled={mutation.pending} onClick={() => void send({ action: 'accept' }, 'Merci : vous avez accepté cette mise en relation. Transmettez le résultat ci-dessous quand l’appui aura eu lieu, ou plus tard par le lien reçu par courriel.')}>
                Accepter la mise en relation
              </Button>
              <form onSubmit={(e) => { e.preventDefault(); void send({ action: 'decline', reason }, 'Votre refus est transmis au référent.'); }} className="fr-p-3w fr-background-alt--grey">
                <TextAreaField label="Motif du refus" name="reason" value={reason} onChange={setReason} required />
                <Button type="submit" priority="secondary" disabled={mutation.pending}>
                  Décliner
                </Button>
              </form>
            </>
          )}
          {data.purpose === 'outcome' && (
            <form onSubmit={(e) => { e.preventDefault(); void send({ action: 'outcome', text }, 'Merci : le résultat est transmis au référent.'); }} className="fr-p-3w fr-background-alt--grey">
              <TextAreaField label="Résultat de l’appui" hint="Ce qui a été fait, ce qui reste à faire." name="text" value={text} onChange={setText} required />
              <Button type="submit" disabled={mutation.pending}>
                Transmettre le résultat
              </Button>
            </form>
          )}
        </>
      )}
    </div>
  );
}
