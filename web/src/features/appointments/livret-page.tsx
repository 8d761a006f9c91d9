import { useParams } from 'react-router-dom';
import { SHARE_SCOPE_LABELS } from '../../../../common/sharing';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingPage } from '../../components/loading-page';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate } from '../../labels';
import type { Livret } from './types';

/** `/parcours/:id/livret`: every action of the pathway in time order with its proof, the PDF and the ZIP of proofs. */
export function LivretPage() {
  const { id = '' } = useParams();
  const path = `/api/pathways/${encodeURIComponent(id)}/livret`;
  const livret = useApi<Livret>(path);
  usePageTitle('Livret de suivi');
  if (livret.error) return <div className="fr-container fr-pb-6w"><h1>Livret de suivi</h1><ErrorAlert error={livret.error} /></div>;
  if (!livret.data) return <LoadingPage />;
  const { data } = livret;
  return (
    <div className="fr-container fr-pb-6w">
      <h1>Livret de suivi</h1>
      <p className="fr-text--lead">
        {data.candidate.name} — {data.certification}
      </p>
      <p>
        Du {formatDate(data.period.from)} au {formatDate(data.period.to)}.{' '}
        <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`${path}.pdf`} download>
          Exporter le livret (PDF)
        </a>{' '}
        <a className="fr-link fr-icon-download-line fr-link--icon-left fr-ml-2w" href={`${path}.zip`} download>
          Exporter le livret et ses preuves (ZIP, pour un audit)
        </a>
      </p>
      {data.withheld.length > 0 && (
        <p className="fr-text--sm">
          Le candidat ne vous a pas partagé : {data.withheld.map((w) => SHARE_SCOPE_LABELS[w].toLowerCase()).join(', ')}. Ces éléments apparaissent sans leur contenu.
        </p>
      )}
      {data.events.length === 0 ? (
        <p>Aucune action enregistrée pour l’instant.</p>
      ) : (
        <ol className="jalon-plain-list">
          {data.events.map((e, i) => (
            <li key={`${e.kind}-${e.at}-${i}`} className="fr-mb-3w">
              <h2 className="fr-h6 fr-mb-1w">
                {formatDate(e.at)} — {e.title}
              </h2>
              <ul>
                {e.lines.map((l, j) => (
                  <li key={j}>{l}</li>
                ))}
              </ul>
              {e.proofUrl && (
                <a className="fr-link fr-link--sm" href={e.proofUrl}>
                  Preuve<span className="fr-sr-only"> : {e.title}</span>
                </a>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
