import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { Page, Territories } from '../../api/types';
import { useApi } from '../../api/use-api';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/use-page-title';
import { ListPagination } from '../admin/list-pagination';
import { ResultCount } from '../admin/result-count';
import { PAGE_SIZE, useListParams } from '../admin/use-list-params';
import { PATHWAY_FILTER_KEYS, PathwayFilters } from './pathway-filters';
import { CREATOR_ROLES } from './pathway-labels';
import { PathwaysTable } from './pathways-table';
import type { PathwaySummary } from './types';

/** `/parcours`: the pathways the professional's organisations follow, filtered through the address. */
export function PathwayListPage() {
  usePageTitle('Parcours');
  const { activeSpace } = useAuth();
  const { page, values, apply, pageHref } = useListParams(PATHWAY_FILTER_KEYS);
  const list = useApi<Page<PathwaySummary>>('/api/pathways', { ...values, page, pageSize: PAGE_SIZE });
  const territories = useApi<Territories>('/api/territories');
  // Only the roles that follow candidates may open a pathway (the server refuses the others).
  const canCreate = activeSpace?.kind === 'membership' && CREATOR_ROLES.includes(activeSpace.membership.role);

  return (
    <div className="fr-container fr-pb-6w">
      <Breadcrumb currentPageLabel="Parcours" homeLinkProps={{ to: '/' }} segments={[]} />
      <h1>Parcours</h1>
      {canCreate && (
        <Button linkProps={{ to: '/parcours/nouveau' }} className="fr-mb-3w">
          Nouveau parcours
        </Button>
      )}
      {/* The key resets the form's fields when the address changes (back button). */}
      <PathwayFilters key={JSON.stringify(values)} values={values} territories={territories.data} onApply={apply} />
      <ErrorAlert error={list.error} title="La liste n'a pas pu être chargée" />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && (
        <>
          <ResultCount total={list.data.total} singular="parcours" plural="parcours" empty="Aucun parcours ne correspond à ces critères." />
          <PathwaysTable items={list.data.items} />
          <ListPagination total={list.data.total} page={page} pageSize={list.data.pageSize} pageHref={pageHref} />
        </>
      )}
    </div>
  );
}
