import { Table } from '@codegouvfr/react-dsfr/Table';
import { Link } from 'react-router-dom';
import { REPORT_STATUS_LABELS } from '../../../../common/reports';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/use-page-title';
import { ForbiddenPage } from '../../routes/forbidden-page';
import { useOrganisationChoice, useYearChoice } from '../dashboards/organisation-choice';
import type { Agreement } from '../targets/types';
import { NewReportSection } from './new-report-section';
import type { ReportSummary } from './types';

const READER_ROLES = ['director', 'referent', 'funder_analyst', 'admin'] as const;

/**
 * `/rapports`: a structure's yearly reports (its director opens, signs and sends them), the reports a
 * commanditaire received, the certificates and plannings of the agreements, the resource centre's CSV.
 */
export function ReportsPage() {
  usePageTitle('Rapports et documents');
  const org = useOrganisationChoice(READER_ROLES, ['counselling_structure', 'commanditaire', 'resource_centre']);
  const { year, picker: yearPicker } = useYearChoice();
  const chosen = org.options.find((o) => o.id === org.organisationId);
  const kind = chosen?.kind;
  const reports = useApi<{ items: ReportSummary[] }>(org.organisationId && kind !== 'resource_centre' ? '/api/reports' : null, { organisationId: org.organisationId, year });
  const agreements = useApi<{ items: Agreement[] }>(org.organisationId && kind !== 'resource_centre' ? '/api/target-agreements' : null, { organisationId: org.organisationId, year });
  if (!org.organisationId) return <ForbiddenPage />;
  const director = kind === 'counselling_structure' && chosen?.roles.includes('director') === true;
  return (
    <div className="fr-container fr-pb-6w">
      <h1 className="fr-mt-4w">Rapports et documents</h1>
      <div className="fr-grid-row fr-grid-row--gutters">
        {org.picker && <div className="fr-col-12 fr-col-md-6">{org.picker}</div>}
        <div className="fr-col-12 fr-col-md-3">{yearPicker}</div>
      </div>
      {kind === 'resource_centre' && (
        <section aria-labelledby="statistiques-regionales">
          <h2 id="statistiques-regionales" className="fr-h4">Statistiques régionales {year}</h2>
          <p>Les statistiques anonymisées de toutes les structures de la région : un chiffre par ligne, les effectifs inférieurs au seuil de diffusion masqués.</p>
          <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/api/resource-centre/statistics.csv?organisationId=${org.organisationId}&year=${year}`} download>
            Télécharger le fichier CSV {year}
          </a>
        </section>
      )}
      {kind !== 'resource_centre' && (
        <section aria-labelledby="rapports-annuels">
          <h2 id="rapports-annuels" className="fr-h4">{kind === 'commanditaire' ? `Rapports annuels reçus (${year})` : `Rapports annuels ${year}`}</h2>
          <ErrorAlert error={reports.error} title="Les rapports n’ont pas pu être chargés" />
          {reports.loading && !reports.data && <Loading />}
          {reports.data && reports.data.items.length === 0 && <p>Aucun rapport pour {year}.</p>}
          {reports.data && reports.data.items.length > 0 && (
            <Table
              caption={`Rapports annuels ${year}`}
              // The section's heading already says it: the caption stays for screen readers only.
              noCaption
              headers={['Rapport', 'Commanditaire', 'Structure ou groupement', 'Statut']}
              data={reports.data.items.map((r) => [
                <Link key={r.id} to={`/rapports/${r.id}`}>
                  Rapport annuel {r.year}
                </Link>,
                r.commanditaire.name,
                r.party.name,
                REPORT_STATUS_LABELS[r.status],
              ])}
            />
          )}
          {director && agreements.data && reports.data && <NewReportSection year={year} organisationId={org.organisationId} agreements={agreements.data.items} reports={reports.data.items} onCreated={reports.reload} />}
        </section>
      )}
      {kind !== 'resource_centre' && (
        <section aria-labelledby="documents-conventions" className="fr-mt-4w">
          <h2 id="documents-conventions" className="fr-h4">Documents des conventions {year}</h2>
          <ErrorAlert error={agreements.error} title="Les conventions n’ont pas pu être chargées" />
          {agreements.data && agreements.data.items.length === 0 && <p>Aucune convention pour {year}.</p>}
          {agreements.data && agreements.data.items.length > 0 && (
            <Table
              caption={`Documents des conventions ${year}`}
              // The section's heading already says it: the caption stays for screen readers only.
              noCaption
              headers={['Convention', 'Passée avec', 'Attestation de démarrage', 'Planification de l’activité']}
              data={agreements.data.items.map((a) => [
                a.title,
                a.party.name,
                <a key="c" className="fr-link fr-icon-download-line fr-link--icon-left" href={`/api/target-agreements/${a.id}/start-certificate.pdf`} download>
                  Attestation (PDF)<span className="fr-sr-only"> — {a.title}</span>
                </a>,
                <Link key="p" to={`/rapports/planification/${a.id}`}>
                  Plan et réalisé<span className="fr-sr-only"> — {a.title}</span>
                </Link>,
              ])}
            />
          )}
        </section>
      )}
    </div>
  );
}
