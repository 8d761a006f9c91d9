import { Table } from '@codegouvfr/react-dsfr/Table';
import { Link } from 'react-router-dom';
import { TARGET_SERVICE_LABELS, TARGET_SERVICES } from '../../../../common/targets';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/use-page-title';
import { ForbiddenPage } from '../../routes/forbidden-page';
import { useOrganisationChoice, useYearChoice } from '../dashboards/organisation-choice';
import { AgreementForm } from './agreement-form';
import { euros, type Agreement } from './types';

/** Roles that read agreements (server/modules/targets/targets.policy.ts); the first two write them for a commanditaire. */
export const TARGET_READER_ROLES = ['funder_analyst', 'admin', 'director', 'referent'] as const;

/** `/objectifs`: the agreements of a year (the commanditaire's, or those a structure answers for), and a new one. */
export function AgreementsPage() {
  usePageTitle('Conventions et objectifs');
  const org = useOrganisationChoice(TARGET_READER_ROLES, ['commanditaire', 'counselling_structure']);
  const { year, picker: yearPicker } = useYearChoice();
  const list = useApi<{ items: Agreement[] }>(org.organisationId ? '/api/target-agreements' : null, { organisationId: org.organisationId, year });
  if (!org.organisationId) return <ForbiddenPage />;
  const chosen = org.options.find((o) => o.id === org.organisationId);
  const writes = chosen?.kind === 'commanditaire' && chosen.roles.some((r) => r === 'funder_analyst' || r === 'admin');
  const total = (a: Agreement, service: string) => a.lines.filter((l) => l.service === service).reduce((s, l) => s + l.quantity, 0);
  return (
    <div className="fr-container fr-pb-6w">
      <h1 className="fr-mt-4w">Conventions et objectifs</h1>
      <p>Les conventions annuelles entre le commanditaire et les structures ou groupements qu’il mandate : objectifs par territoire et par service, budget, répartition entre structures et plan mensuel.</p>
      <div className="fr-grid-row fr-grid-row--gutters">
        {org.picker && <div className="fr-col-12 fr-col-md-6">{org.picker}</div>}
        <div className="fr-col-12 fr-col-md-3">{yearPicker}</div>
      </div>
      <section aria-labelledby="conventions-annee">
        <h2 id="conventions-annee" className="fr-h4">
          Conventions {year}
        </h2>
        <ErrorAlert error={list.error} title="Les conventions n’ont pas pu être chargées" />
        {list.loading && !list.data && <Loading />}
        {list.data && list.data.items.length === 0 && <p>Aucune convention pour {year}.</p>}
        {list.data && list.data.items.length > 0 && (
          <Table
            caption={`Conventions ${year}`}
            headers={['Convention', 'Commanditaire', 'Passée avec', ...TARGET_SERVICES.map((s) => `Objectif ${TARGET_SERVICE_LABELS[s].toLowerCase()}`), 'Budget']}
            data={list.data.items.map((a) => [
              <Link key={a.id} to={`/objectifs/${a.id}`}>
                {a.title}
              </Link>,
              a.commanditaireName,
              a.party.name,
              ...TARGET_SERVICES.map((s) => String(total(a, s))),
              euros(a.lines.reduce((s, l) => s + l.budgetCents, 0)),
            ])}
          />
        )}
      </section>
      {writes && <AgreementForm key={`${org.organisationId}-${year}`} commanditaireId={org.organisationId} year={year} />}
    </div>
  );
}
