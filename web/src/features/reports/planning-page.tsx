import { Table } from '@codegouvfr/react-dsfr/Table';
import { useParams } from 'react-router-dom';
import { MONTH_LABELS, TARGET_SERVICE_LABELS } from '../../../../common/targets';
import { useApi } from '../../api/use-api';
import { BackLink } from '../../components/back-link';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/use-page-title';
import type { MaskedCount } from '../../../../common/targets';
import type { Planning } from './types';

const sum = (ns: readonly number[]) => ns.reduce((a, b) => a + b, 0);
const shown = (c: MaskedCount) => (c.masked ? 'masqué' : String(c.value));

/** `/rapports/planification/:id`: per agreement line, the monthly plan against realised, and its workbook. */
export function PlanningPage() {
  const { id = '' } = useParams();
  const planning = useApi<Planning>(`/api/target-agreements/${id}/planning`);
  usePageTitle(planning.data ? `Planification — ${planning.data.title}` : 'Planification de l’activité');
  const p = planning.data;
  return (
    <div className="fr-container fr-pb-6w">
      <BackLink to="/rapports">Rapports et documents</BackLink>
      <h1>Planification de l’activité{p ? ` ${p.year} — ${p.title}` : ''}</h1>
      <ErrorAlert error={planning.error} title="La planification n’a pas pu être chargée" />
      {planning.loading && !p && <Loading />}
      {p && (
        <>
          <p>
            <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/api/target-agreements/${p.agreementId}/planning.xlsx`} download>
              Télécharger la planification (XLSX)
            </a>
          </p>
          {p.masked && <p className="fr-text--sm">Les effectifs réalisés inférieurs au seuil de diffusion sont masqués.</p>}
          {p.lines.map((l) => (
            <Table
              key={l.lineId}
              caption={`${TARGET_SERVICE_LABELS[l.service]} — ${l.territoryLabel} (objectif ${l.quantity})`}
              headers={['', ...MONTH_LABELS, 'Total']}
              data={[
                ['Plan', ...l.plan.map(String), String(sum(l.plan))],
                ['Réalisé', ...l.realised.map(shown), shown(l.realisedTotal)],
                ...(l.structures.length > 1
                  ? l.structures.flatMap((s) => [
                      [`Plan — ${s.name}`, ...s.plan.map(String), String(sum(s.plan))],
                      [`Réalisé — ${s.name}`, ...s.realised.map(shown), shown(s.realisedTotal)],
                    ])
                  : []),
              ]}
            />
          ))}
        </>
      )}
    </div>
  );
}
