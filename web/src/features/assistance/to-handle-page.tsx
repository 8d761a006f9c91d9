import { Table } from '@codegouvfr/react-dsfr/Table';
import { Link } from 'react-router-dom';
import { PATHWAY_STATE_LABELS } from '../../../../common/pathway';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/use-page-title';
import { RiskBadge, RiskReasons } from './risk-badge';
import type { ToHandleList } from './types';

/** `/assistance/a-traiter`: the référent's candidates in assistance renforcée, most at risk first. */
export function ToHandlePage() {
  usePageTitle('À traiter');
  const list = useApi<ToHandleList>('/api/assistance/to-handle');
  const items = list.data?.items ?? [];
  return (
    <div className="fr-container fr-pb-6w">
      <h1 className="fr-mt-4w">À traiter</h1>
      <p>Les candidats que vous suivez en assistance renforcée, du risque de décrochage le plus élevé au plus faible, avec l’action que chaque signal appelle.</p>
      <ErrorAlert error={list.error} title="La liste n’a pas pu être chargée" />
      {list.loading && !list.data && <Loading label="Chargement de la liste…" />}
      {list.data && items.length === 0 && <p>Aucun candidat n’est suivi en assistance renforcée pour le moment.</p>}
      {items.length > 0 && (
        <Table
          caption="Candidats en assistance renforcée, classés par risque de décrochage"
          headers={['Candidat', 'Certification', 'Étape', 'Risque', 'Signaux et actions à mener']}
          data={items.map((item) => [
            <Link key="name" to={`/parcours/${encodeURIComponent(item.pathwayId)}/assistance`}>
              {item.candidateName}
              <span className="fr-sr-only"> : ouvrir l’assistance renforcée</span>
            </Link>,
            item.certificationCode,
            PATHWAY_STATE_LABELS[item.pathwayState],
            <RiskBadge key="risk" level={item.risk.level} />,
            <RiskReasons key="reasons" reasons={item.risk.reasons} />,
          ])}
        />
      )}
    </div>
  );
}
