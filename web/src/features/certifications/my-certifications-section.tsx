import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { ListPagination } from '../admin/list-pagination';
import { ResultCount } from '../admin/result-count';
import { useListParams } from '../admin/use-list-params';
import { levelLabel } from './certification-labels';
import { enrichmentStateBadge, reasonsLabel, type MyCertification, type MyCertificationsPage } from './my-certifications-format';

const NO_FILTERS = [] as const;

function StateCell({ item }: { item: MyCertification }) {
  const badge = enrichmentStateBadge(item);
  return (
    <Badge small noIcon severity={badge.severity}>
      {badge.label}
    </Badge>
  );
}

/**
 * "Mes certifications" on a certificateur agent's home: the records whose VAE information their
 * organisations may edit, and the state of that information. The page is kept in the address.
 */
export function MyCertificationsSection() {
  const { page, pageHref } = useListParams(NO_FILTERS);
  const list = useApi<MyCertificationsPage>('/api/certifications/mine', { page });
  const data = list.data;

  return (
    <section aria-labelledby="mes-certifications-titre" className="fr-mt-6w">
      <h2 id="mes-certifications-titre">Mes certifications</h2>
      <p>Les certifications dont votre organisation peut compléter et modifier les informations VAE.</p>
      <ErrorAlert error={list.error} title="Vos certifications n’ont pas pu être chargées" />
      {list.loading && !data ? <Loading /> : null}
      {data && data.total === 0 && <p>Aucune certification n’est rattachée à votre organisation pour le moment.</p>}
      {data && data.total > 0 && <ResultCount total={data.total} singular="certification" plural="certifications" empty="" />}
      {data && data.total > 0 && data.items.length === 0 && <p>Cette page ne contient aucune certification.</p>}
      {data && data.items.length > 0 && (
        <Table
          caption="Certifications dont vous pouvez modifier les informations VAE"
          noCaption
          headers={['Certification', 'Niveau', 'Informations VAE', 'Rattachement']}
          data={data.items.map((item) => [
            <Link key="record" to={`/certifications/${encodeURIComponent(item.code)}`}>
              {item.code} – {item.title}
            </Link>,
            levelLabel(item.level),
            <StateCell key="state" item={item} />,
            reasonsLabel(item.why),
          ])}
        />
      )}
      {data && <ListPagination total={data.total} page={page} pageSize={data.pageSize} pageHref={pageHref} />}
    </section>
  );
}
