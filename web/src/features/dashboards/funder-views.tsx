import { TARGET_SERVICE_LABELS } from '../../../../common/targets';
import { ASSISTANCE_PHASE_LABELS } from '../../../../common/assistance';
import { Count, KeyTable, MonthChart, MonthTable } from './figures';
import type { Durations, LabelledList, MaskedTable, Outcomes, Satisfaction, Supports } from './types';

const masked = (c: { masked: boolean; value?: number }) => (c.masked ? null : (c.value ?? 0));

/** Rows × months of realised counts, masked, as a chart of the totals and its full table. */
export function RealisedTable({ table, rowLabel }: { table: MaskedTable; rowLabel: string }) {
  const title = `${TARGET_SERVICE_LABELS[table.service]} réalisés par ${rowLabel} et par mois`;
  return (
    <section className="fr-mb-4w">
      <h3 className="fr-h5">{title}</h3>
      <MonthChart title={`${TARGET_SERVICE_LABELS[table.service]} réalisés, tous ${rowLabel}s`} series={[{ label: 'Réalisé', className: 'realised', values: table.columnTotals.map(masked) }]} />
      <MonthTable
        caption={title}
        rows={[
          ...table.rows.map((r) => ({ label: r.label, cells: r.cells.map((c, i) => <Count key={i} value={c} />), total: <Count value={r.total} /> })),
          { label: 'Total', cells: table.columnTotals.map((c, i) => <Count key={i} value={c} />), total: <Count value={table.total} /> },
        ]}
      />
    </section>
  );
}

function ListTable({ caption, list }: { caption: string; list: LabelledList }) {
  return <KeyTable caption={caption} rows={[...list.items.map((i) => ({ key: i.key, label: i.label, value: <Count value={i.count} /> })), { key: 'total', label: 'Total', value: <Count value={list.total} /> }]} />;
}

/** Outcomes, time per step, supports and satisfaction: what funders and the resource centre share. */
export function QualitySections({ outcomes, durations, supports, satisfaction }: { outcomes: Outcomes; durations: Durations[]; supports: Supports; satisfaction: Satisfaction | null }) {
  return (
    <>
      <h2 className="fr-h4">Résultats</h2>
      <ListTable caption="Résultats des jurys" list={outcomes.jury} />
      <ListTable caption="Parcours clos, par motif (abandons et autres)" list={outcomes.pathwayClosures} />
      <ListTable caption="Assistances renforcées closes, par motif (dont relais)" list={outcomes.assistanceClosures} />
      <h2 className="fr-h4">Durée moyenne par étape du parcours</h2>
      <KeyTable caption="Durée moyenne passée à chaque étape (jours)" rows={durations.map((d) => ({ key: d.state, label: `${d.label} (${ASSISTANCE_PHASE_LABELS[d.phase]})`, value: d.meanDays.masked ? 'masqué' : `${d.meanDays.value.toLocaleString('fr-FR')} j (${d.meanDays.n} passages)` }))} />
      <h2 className="fr-h4">Appuis les plus mobilisés</h2>
      <KeyTable caption="Appuis inscrits aux plans, du plus au moins utilisé" rows={[...supports.items.slice(0, 10).map((s) => ({ key: s.code, label: s.wording, value: <Count value={s.count} /> })), { key: 'total', label: 'Total (tous appuis)', value: <Count value={supports.total} /> }]} />
      <h2 className="fr-h4">Satisfaction des candidats</h2>
      {satisfaction ? (
        <KeyTable
          caption="Questionnaires de satisfaction"
          rows={[
            { key: 'answered', label: 'Questionnaires reçus', value: <Count value={satisfaction.answered} /> },
            { key: 'mean', label: 'Note moyenne', value: satisfaction.meanScore.masked ? 'masqué' : satisfaction.meanScore.value.toLocaleString('fr-FR') },
          ]}
        />
      ) : (
        <p>Aucune donnée de satisfaction.</p>
      )}
    </>
  );
}
