import { useState } from 'react';
import { TARGET_SERVICE_LABELS } from '../../../../common/targets';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/use-page-title';
import { ForbiddenPage } from '../../routes/forbidden-page';
import { DrillButton, DrillPanel, type Drill } from './drill-down';
import { useOrganisationChoice, useYearChoice } from './organisation-choice';
import { PlanProgress } from './plan-progress';
import { MonthlySection, ReferentsSection, TerritoriesSection } from './structure-sections';
import { TrainingDaysSection } from './training-days-section';
import type { StructureDashboard } from './types';

/** `/tableau-de-bord/structure`: the director's view of the structure against its targets, per line, référent and territory. */
export function StructureDashboardPage() {
  usePageTitle('Tableau de bord de la structure');
  const org = useOrganisationChoice(['director'], ['counselling_structure']);
  const { year, picker } = useYearChoice();
  const d = useApi<StructureDashboard>(org.organisationId ? '/api/dashboards/structure' : null, { organisationId: org.organisationId, year });
  const [drill, setDrill] = useState<Drill | null>(null);
  if (!org.organisationId) return <ForbiddenPage />;
  const data = d.data;
  return (
    <div className="fr-container fr-pb-6w">
      <h1 className="fr-mt-4w">Tableau de bord de la structure</h1>
      <div className="fr-grid-row fr-grid-row--gutters">
        {org.picker && <div className="fr-col-12 fr-col-md-6">{org.picker}</div>}
        <div className="fr-col-12 fr-col-md-3">{picker}</div>
      </div>
      <ErrorAlert error={d.error} title="Le tableau de bord n’a pas pu être chargé" />
      {d.loading && !data && <Loading />}
      {data && (
        <>
          <p role="status" className={`fr-badge ${data.alertCount > 0 ? 'fr-badge--warning' : 'fr-badge--success'}`}>
            {data.alertCount > 0 ? `${data.alertCount} ligne(s) d’objectifs en retard sur le plan` : 'Aucune ligne en retard sur le plan'}
          </p>
          <p className="fr-text--sm">Chaque chiffre réalisé ouvre la liste des parcours qu’il compte.</p>
          {drill && <DrillPanel key={drill.label} organisationId={org.organisationId} year={data.year} drill={drill} onClose={() => setDrill(null)} />}
          <section aria-labelledby="objectifs" className="fr-mt-4w">
            <h2 id="objectifs" className="fr-h4">
              Objectifs par territoire
            </h2>
            {data.lines.length === 0 && <p>Aucune convention ne fixe d’objectif à la structure pour {data.year}.</p>}
            {data.lines.map((l) => {
              const title = `${l.agreementTitle} — ${TARGET_SERVICE_LABELS[l.service]}, ${l.territoryLabel}`;
              const dep = l.departementCodes.length === 1 ? { departementCode: l.departementCodes[0] } : {};
              return (
                <section key={l.lineId} aria-label={title} className="fr-mb-4w">
                  <h3 className="fr-h6">{title}</h3>
                  <p>
                    Part de la structure : <strong>{l.share}</strong>.
                  </p>
                  <PlanProgress
                    title={title}
                    plan={l.plan}
                    realised={l.realised}
                    alert={l.alert}
                    cell={(value, i) => <DrillButton value={value} drill={{ label: `${TARGET_SERVICE_LABELS[l.service]}, ${l.territoryLabel}, mois ${i + 1}`, metric: 'realised', key: l.service, month: i + 1, ...dep }} onOpen={setDrill} />}
                  />
                </section>
              );
            })}
          </section>
          <ReferentsSection data={data} onDrill={setDrill} />
          <TerritoriesSection data={data} onDrill={setDrill} />
          <MonthlySection data={data} />
          <TrainingDaysSection organisationId={org.organisationId} year={data.year} people={data.referents.map((r) => ({ userId: r.userId, name: r.name }))} onRecorded={d.reload} />
        </>
      )}
    </div>
  );
}
