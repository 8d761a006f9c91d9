import { Link } from 'react-router-dom';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { dueDateText, mostRecentFirst, nextActionWhoLabel } from './candidate-format';
import type { MyPathwaysResponse } from './types';

/** On the candidate's home: what to do next on the current pathway, with the way to the full page. */
export function HomeNextAction() {
  const list = useApi<MyPathwaysResponse>('/api/me/pathways');
  if (list.error) return <ErrorAlert error={list.error} title="Votre parcours n’a pas pu être chargé" />;
  if (!list.data) return list.loading ? <Loading label="Chargement de votre parcours…" /> : null;
  const current = mostRecentFirst(list.data.items)[0];
  return (
    <section aria-labelledby="prochaine-etape" className="fr-callout fr-mb-6w">
      <h2 id="prochaine-etape" className="fr-callout__title">
        {current ? 'Ma prochaine étape' : 'Mon parcours VAE'}
      </h2>
      {current ? (
        <>
          <p className="fr-text--sm fr-mb-1w">
            {current.certification.title} ({current.certification.code}) – {current.stateLabel}
          </p>
          <p className="fr-callout__text fr-text--md">
            <strong>{nextActionWhoLabel(current.nextAction.who)} :</strong> {current.nextAction.text}
          </p>
          {current.nextAction.dueAt && <p className="fr-text--bold fr-mb-2w">{dueDateText(current.nextAction.dueAt)}</p>}
        </>
      ) : (
        <p className="fr-callout__text fr-text--md">Vous n’avez pas encore de parcours en cours. Découvrez les étapes d’une VAE.</p>
      )}
      <Link className="fr-btn fr-mt-2w" to="/mon-parcours">
        {current ? 'Voir mon parcours' : 'Les étapes d’un parcours'}
      </Link>
    </section>
  );
}
