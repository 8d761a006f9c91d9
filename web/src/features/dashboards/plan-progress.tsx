import type { ReactNode } from 'react';
import { MONTH_LABELS } from '../../../../common/targets';
import { Count, MonthChart, MonthTable } from './figures';
import type { Alert, MaskedCount } from './types';

const monthName = (m: number) => MONTH_LABELS[m - 1] ?? '';
/** A gap of 3 behind plan reads « −3 », ahead « +3 », on plan « 0 ». */
const signedGap = (gap: number) => (gap > 0 ? `−${gap}` : gap < 0 ? `+${-gap}` : '0');

/** The gap to plan in words: what was expected by the end of the last complete month, what was done, the alert. */
export function GapNotice({ alert, marginPct }: { alert: Alert; marginPct?: number }) {
  if (alert.throughMonth === 0) return <p className="fr-text--sm">Aucun mois complet écoulé : pas encore d’écart à mesurer.</p>;
  const through = `fin ${monthName(alert.throughMonth)}`;
  const gap = alert.gap ?? null;
  return (
    <div className="fr-mb-2w">
      <p className="fr-mb-1v">
        Attendus à {through} selon le plan : <strong>{alert.expected}</strong>
        {alert.realised !== undefined && (
          <>
            {' '}
            ; réalisés : <strong>{alert.realised}</strong> ; écart au plan : <strong data-testid="ecart">{signedGap(gap ?? 0)}</strong>
          </>
        )}
        .
      </p>
      {alert.behind ? (
        <p className="fr-badge fr-badge--warning">Alerte : retard sur le plan{marginPct !== undefined ? ` au-delà de la marge de ${marginPct} %` : ''}</p>
      ) : (
        <p className="fr-badge fr-badge--success">Dans le plan</p>
      )}
    </div>
  );
}

/**
 * Plan against realised over the months of a line: the chart, its table (the accessible
 * alternative), and the gap. `cell` renders a realised figure (a drill-down button, or « masqué »).
 */
export function PlanProgress(props: { title: string; plan: number[]; realised: (number | MaskedCount)[]; alert: Alert; marginPct?: number; realisedTotal?: MaskedCount; cell?: (value: number, monthIndex: number) => ReactNode }) {
  const asCount = (v: number | MaskedCount): MaskedCount => (typeof v === 'number' ? { masked: false, value: v } : v);
  const counts = props.realised.map(asCount);
  const summed: MaskedCount = counts.some((c) => c.masked) ? { masked: true } : { masked: false, value: counts.reduce((s, c) => s + (c.masked ? 0 : c.value), 0) };
  const total = props.realisedTotal ?? summed;
  const render = (c: MaskedCount, i: number) => (c.masked ? <Count value={c} /> : props.cell ? props.cell(c.value, i) : c.value.toLocaleString('fr-FR'));
  return (
    <>
      <GapNotice alert={props.alert} marginPct={props.marginPct} />
      <MonthChart title={props.title} series={[{ label: 'Plan', className: 'plan', values: props.plan }, { label: 'Réalisé', className: 'realised', values: counts.map((c) => (c.masked ? null : c.value)) }]} />
      <MonthTable
        caption={`${props.title} — plan et réalisé par mois`}
        rows={[
          { label: 'Plan', cells: props.plan, total: props.plan.reduce((s, v) => s + v, 0) },
          { label: 'Réalisé', cells: counts.map(render), total: <Count value={total} /> },
        ]}
      />
    </>
  );
}
