import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useEffect, useState, type FormEvent } from 'react';
import { apiFetch } from '../../api/client';
import { useApi } from '../../api/use-api';
import { useMe } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingPage } from '../../components/loading-page';
import { useMutation } from '../../components/use-mutation';
import { usePageTitle } from '../../components/use-page-title';
import { formatDateTime } from '../../labels';
import { FeedbackAlert } from '../candidate-space/feedback-alert';

type Delays = { reminderDays: number; expiryDays: number; outcomeDays: number };
interface DelaysView {
  delays: Delays;
  defaults: Delays;
  isDefault: boolean;
  updatedAt: string | null;
}

const LABELS: Record<keyof Delays, { label: string; hint: (d: Delays) => string }> = {
  reminderDays: { label: 'Rappel au partenaire sans réponse (jours)', hint: (d) => `Entre 1 et 90 jours, avant l’expiration. Par défaut : ${d.reminderDays}.` },
  expiryDays: { label: 'Expiration de la mise en relation (jours)', hint: (d) => `Entre 1 et 365 jours. Par défaut : ${d.expiryDays}.` },
  outcomeDays: { label: 'Validité du lien pour transmettre le résultat (jours)', hint: (d) => `Entre 1 et 730 jours. Par défaut : ${d.outcomeDays}.` },
};
const KEYS = Object.keys(LABELS) as (keyof Delays)[];

/** `/reseau/delais`: the referral delays — read by référents and directions, set by a platform administrator. */
export function ReferralDelaysPage() {
  usePageTitle('Délais des mises en relation');
  const me = useMe();
  const view = useApi<DelaysView>('/api/network/referral-delays');
  const [draft, setDraft] = useState<Record<keyof Delays, string>>({ reminderDays: '', expiryDays: '', outcomeDays: '' });
  const [success, setSuccess] = useState<string | null>(null);
  const mutation = useMutation();
  useEffect(() => {
    if (view.data) setDraft({ reminderDays: String(view.data.delays.reminderDays), expiryDays: String(view.data.delays.expiryDays), outcomeDays: String(view.data.delays.outcomeDays) });
  }, [view.data]);
  if (view.error) return <div className="fr-container fr-pb-6w"><h1 className="fr-mt-4w">Délais des mises en relation</h1><ErrorAlert error={view.error} /></div>;
  if (!view.data) return <LoadingPage />;
  const { data } = view;
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSuccess(null);
    const body = { reminderDays: Number(draft.reminderDays), expiryDays: Number(draft.expiryDays), outcomeDays: Number(draft.outcomeDays) };
    const result = await mutation.run(() => apiFetch<DelaysView>('/api/network/referral-delays', { method: 'PUT', body }));
    if (result.ok) {
      setSuccess('Les délais sont enregistrés ; ils s’appliquent aux mises en relation envoyées à partir de maintenant.');
      view.reload();
    }
  };
  return (
    <div className="fr-container fr-pb-6w">
      <h1 className="fr-mt-4w">Délais des mises en relation</h1>
      <p>
        Sans réponse du partenaire, un rappel part après le premier délai avec un nouveau lien ; la mise en relation expire après le second, et le
        référent en est informé. {data.isDefault ? 'Les délais par défaut s’appliquent.' : `Modifiés le ${formatDateTime(data.updatedAt)}.`}
      </p>
      {me.isPlatformAdmin ? (
        <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Modifier les délais">
          <FeedbackAlert success={success} error={mutation.error} errorTitle="Les délais n’ont pas été enregistrés" />
          {KEYS.map((key) => (
            <Input
              key={key}
              label={LABELS[key].label}
              hintText={LABELS[key].hint(data.defaults)}
              state={mutation.fieldError(key) ? 'error' : 'default'}
              stateRelatedMessage={mutation.fieldError(key)}
              nativeInputProps={{ name: key, type: 'number', min: 1, inputMode: 'numeric', required: true, value: draft[key], onChange: (e) => setDraft((d) => ({ ...d, [key]: e.target.value })) }}
            />
          ))}
          <Button type="submit" disabled={mutation.pending}>
            Enregistrer les délais
          </Button>
        </form>
      ) : (
        <>
          <ul>
            {KEYS.map((key) => (
              <li key={key}>
                {LABELS[key].label} : <strong>{data.delays[key]}</strong>
              </li>
            ))}
          </ul>
          <p className="fr-text--sm">Ces délais valent pour toute la plateforme : un administrateur de Jalon les modifie.</p>
        </>
      )}
    </div>
  );
}
