import { MONTH_LABELS, TARGET_SERVICE_LABELS } from '../../../../common/targets';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { Count, MonthChart, MonthTable } from './figures';
import { QualitySections, RealisedTable } from './funder-views';
import type { FunderDashboard, ResourceCentreDashboard } from './types';

const euros = (cents: number) => (cents / 100).toLocaleString('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** The commanditaire's dashboard: counts only, masked below the threshold; no candidate is named. */
export function FunderDashboardView({ organisationId, year }: { organisationId: string; year: number }) {
  const d = useApi<FunderDashboard>('/api/dashboards/commanditaire', { organisationId, year });
  if (d.loading && !d.data) return <Loading />;
  if (!d.data) return <ErrorAlert error={d.error} title="Le tableau de bord n’a pas pu être chargé" />;
  const data = d.data;
  return (
    <>
      <p>Les effectifs inférieurs à {data.minCount} sont masqués, ainsi qu’un second chiffre quand le premier pourrait se déduire d’un total.</p>
      {data.agreements.length === 0 && <p>Aucune convention pour {data.year}.</p>}
      {data.agreements.map((a) => (
        <section key={a.id} className="fr-mb-4w">
          <h2 className="fr-h4">
            {a.title} — {a.partyName}
          </h2>
          {a.lines.map((l) => {
            const title = `${TARGET_SERVICE_LABELS[l.service]}, ${l.territoryLabel} : objectif ${l.quantity}, budget ${euros(l.budgetCents)}`;
            return (
              <div key={l.lineId}>
                <h3 className="fr-h6">{title}</h3>
                {l.alert.behind && <p className="fr-badge fr-badge--warning">Retard sur le plan : {l.alert.expected} attendus à fin {MONTH_LABELS[l.alert.throughMonth - 1] ?? '—'}</p>}
                <MonthChart title={title} series={[{ label: 'Plan', className: 'plan', values: l.plan }, { label: 'Réalisé', className: 'realised', values: l.realised.cells.map((c) => (c.masked ? null : c.value)) }]} />
                <MonthTable
                  caption={`${title} — plan et réalisé par mois`}
                  rows={[
                    { label: 'Plan', cells: l.plan.map((v) => v), total: l.quantity },
                    { label: 'Réalisé', cells: l.realised.cells.map((c, i) => <Count key={i} value={c} />), total: <Count value={l.realised.total} /> },
                  ]}
                />
              </div>
            );
          })}
        </section>
      ))}
      <h2 className="fr-h4">Par structure</h2>
      {data.byStructure.map((t) => (
        <RealisedTable key={t.service} table={t} rowLabel="structure" />
      ))}
      <h2 className="fr-h4">Par territoire</h2>
      {data.byTerritory.map((t) => (
        <RealisedTable key={t.service} table={t} rowLabel="département" />
      ))}
      <QualitySections outcomes={data.outcomes} durations={data.durations} supports={data.supports} satisfaction={data.satisfaction} />
    </>
  );
}

/** The regional resource centre's anonymised statistics for all the structures of its région. */
export function ResourceCentreDashboardView({ organisationId, year }: { organisationId: string; year: number }) {
  const d = useApi<ResourceCentreDashboard>('/api/dashboards/resource-centre', { organisationId, year });
  if (d.loading && !d.data) return <Loading />;
  if (!d.data) return <ErrorAlert error={d.error} title="Les statistiques n’ont pas pu être chargées" />;
  const data = d.data;
  return (
    <>
      <p>
        {data.structureCount} structures de conseil de la région. Les effectifs inférieurs à {data.minCount} sont masqués.
      </p>
      {data.byTerritory.map((t) => (
        <RealisedTable key={t.service} table={t} rowLabel="département" />
      ))}
      <QualitySections outcomes={data.outcomes} durations={data.durations} supports={data.supports} satisfaction={data.satisfaction} />
    </>
  );
}
