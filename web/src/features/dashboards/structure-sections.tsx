import { Table } from '@codegouvfr/react-dsfr/Table';
import { TARGET_SERVICE_LABELS, TARGET_SERVICES } from '../../../../common/targets';
import { BarList } from './bar-list';
import { DrillButton, type Drill } from './drill-down';
import { MonthChart, MonthTable } from './figures';
import type { StructureDashboard } from './types';

const pct = (x: number) => `${Math.round(x * 100)} %`;
const hours = (h: number) => `${h.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} h`;

/** Per référent: what each realised, time spent with candidates, the share of working time, training days; each below a rule flagged. */
export function ReferentsSection({ data, onDrill }: { data: StructureDashboard; onDrill: (d: Drill) => void }) {
  const { rules } = data;
  return (
    <section aria-labelledby="par-referent" className="fr-mt-6w">
      <h2 id="par-referent" className="fr-h4">
        Par référent
      </h2>
      <p className="fr-text--sm">
        Repères (cahier des charges) : au moins {rules.minTrainingDays} jours de professionnalisation par an, et au moins {pct(rules.minAssistanceShare)} du temps de travail ({rules.workingHoursPerYear} h par an à temps plein) consacré à l’assistance renforcée.
      </p>
      <BarList caption="Assistances renforcées contractualisées par référent" items={data.referents.map((r) => ({ key: r.userId, label: r.name, value: r.realised.assistance_renforcee ?? 0 }))} />
      <Table
        caption={`Activité des référents en ${data.year}`}
        headers={['Référent', ...TARGET_SERVICES.map((s) => TARGET_SERVICE_LABELS[s]), 'Temps passé en rendez-vous', 'Part du temps de travail', 'Journées de professionnalisation']}
        data={data.referents.map((r) => [
          r.name,
          ...TARGET_SERVICES.map((s) => <DrillButton key={s} value={r.realised[s] ?? 0} drill={{ label: `${TARGET_SERVICE_LABELS[s]} réalisés par ${r.name}`, metric: 'realised', key: s, referentUserId: r.userId }} onOpen={onDrill} />),
          `${hours(r.hoursSpent)} sur ${hours(r.workingHoursToDate)}`,
          <span key="share">
            {pct(r.assistanceShare)}
            {r.shareBelow && <span className="fr-badge fr-badge--sm fr-badge--warning fr-ml-1w">sous le tiers</span>}
          </span>,
          <span key="days">
            {r.trainingDays.toLocaleString('fr-FR')}
            {r.trainingBelow && <span className="fr-badge fr-badge--sm fr-badge--warning fr-ml-1w">moins de {rules.minTrainingDays}</span>}
          </span>,
        ])}
      />
    </section>
  );
}

/** Realised per département (where the candidate lives), each figure opening its list. */
export function TerritoriesSection({ data, onDrill }: { data: StructureDashboard; onDrill: (d: Drill) => void }) {
  return (
    <section aria-labelledby="par-territoire" className="fr-mt-6w">
      <h2 id="par-territoire" className="fr-h4">
        Réalisé par territoire
      </h2>
      {data.territories.length === 0 ? (
        <p>Rien de réalisé cette année.</p>
      ) : (
        <Table
          caption={`Réalisé par département du candidat en ${data.year}`}
          headers={['Département', 'Service', 'Réalisé']}
          data={data.territories.map((t) => [
            t.departementCode || 'inconnu',
            TARGET_SERVICE_LABELS[t.service],
            <DrillButton key="n" value={t.realised} drill={{ label: `${TARGET_SERVICE_LABELS[t.service]} réalisés, département ${t.departementCode || 'inconnu'}`, metric: 'realised', key: t.service, ...(t.departementCode ? { departementCode: t.departementCode } : {}) }} onOpen={onDrill} />,
          ])}
        />
      )}
    </section>
  );
}

/** The structure's whole year per service: its plan (sum of its shares) against realised, month by month. */
export function MonthlySection({ data }: { data: StructureDashboard }) {
  return (
    <section aria-labelledby="par-mois" className="fr-mt-6w">
      <h2 id="par-mois" className="fr-h4">
        Toute la structure, mois par mois
      </h2>
      {data.monthly.map((m) => {
        const title = `${TARGET_SERVICE_LABELS[m.service]} : plan et réalisé de la structure`;
        return (
          <div key={m.service}>
            <MonthChart title={title} series={[{ label: 'Plan', className: 'plan', values: m.plan }, { label: 'Réalisé', className: 'realised', values: m.realised }]} />
            <MonthTable caption={title} rows={[{ label: 'Plan', cells: m.plan, total: m.plan.reduce((s, v) => s + v, 0) }, { label: 'Réalisé', cells: m.realised, total: m.realised.reduce((s, v) => s + v, 0) }]} />
          </div>
        );
      })}
    </section>
  );
}
