import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ASSISTANCE_PHASE_LABELS } from '../../../../common/assistance';
import { MONTH_LABELS, TARGET_SERVICE_LABELS } from '../../../../common/targets';
import { useApi } from '../../api/use-api';
import { useMe } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/use-page-title';
import { ForbiddenPage } from '../../routes/forbidden-page';
import { BarList } from './bar-list';
import { DrillButton, DrillPanel, type Drill } from './drill-down';
import { KeyTable } from './figures';
import { useOrganisationChoice } from './organisation-choice';
import type { ReferentDashboard } from './types';

/** `/tableau-de-bord/referent`: caseload by phase, what to handle, the agenda, and this month against the plan. */
export function ReferentDashboardPage() {
  usePageTitle('Mon tableau de bord');
  const me = useMe();
  const org = useOrganisationChoice(['referent'], ['counselling_structure']);
  const d = useApi<ReferentDashboard>(org.organisationId ? '/api/dashboards/referent' : null, { organisationId: org.organisationId });
  const [drill, setDrill] = useState<Drill | null>(null);
  if (!org.organisationId) return <ForbiddenPage />;
  const data = d.data;
  const month = data ? MONTH_LABELS[data.month - 1] : '';
  return (
    <div className="fr-container fr-pb-6w">
      <h1 className="fr-mt-4w">Mon tableau de bord</h1>
      {org.picker}
      <ErrorAlert error={d.error} title="Le tableau de bord n’a pas pu être chargé" />
      {d.loading && !data && <Loading />}
      {data && (
        <>
          {data.alertCount > 0 && <p className="fr-badge fr-badge--warning fr-mb-2w">{data.alertCount} ligne(s) d’objectifs en retard sur le plan</p>}
          <section aria-labelledby="mois">
            <h2 id="mois" className="fr-h4">
              Ce mois-ci ({month} {data.year}) au regard du plan
            </h2>
            <KeyTable
              caption={`Réalisé en ${month} par la structure et par vous, au regard du plan de la structure`}
              rows={data.services.map((s) => ({
                key: s.service,
                label: TARGET_SERVICE_LABELS[s.service],
                value: (
                  <>
                    Plan {s.plan} ; réalisé par la structure {s.realised} (écart {s.realised - s.plan >= 0 ? '+' : '−'}
                    {Math.abs(s.realised - s.plan)}) ; dont par vous{' '}
                    <DrillButton value={s.mine} drill={{ label: `${TARGET_SERVICE_LABELS[s.service]} réalisés par vous en ${month}`, metric: 'realised', key: s.service, month: data.month, referentUserId: me.id }} onOpen={setDrill} />
                  </>
                ),
              }))}
            />
          </section>
          {drill && <DrillPanel organisationId={org.organisationId} year={data.year} drill={drill} onClose={() => setDrill(null)} />}
          <section aria-labelledby="suivis">
            <h2 id="suivis" className="fr-h4">
              Candidats suivis en assistance renforcée, par phase
            </h2>
            <BarList caption="Assistances en cours par phase du parcours" items={data.caseload.map((c) => ({ key: c.phase, label: ASSISTANCE_PHASE_LABELS[c.phase], value: c.n }))} />
          </section>
          <section aria-labelledby="a-faire">
            <h2 id="a-faire" className="fr-h4">
              À faire
            </h2>
            <ul>
              <li>
                <Link to="/assistance/a-traiter">À traiter : {data.toHandle} candidat(s)</Link>
              </li>
              <li>
                <Link to="/agenda">Agenda : {data.agenda} rendez-vous dans les sept prochains jours</Link>
              </li>
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
