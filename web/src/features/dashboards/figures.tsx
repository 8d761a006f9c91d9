import type { ReactNode } from 'react';
import { MONTH_LABELS } from '../../../../common/targets';
import type { MaskedCount } from './types';

/** A count as a funder reads it: the number, or "masqué" when too few people are behind it. */
export function Count({ value }: { value: MaskedCount }) {
  if (value.masked) return <span title="Effectif inférieur au seuil de diffusion">masqué</span>;
  return <>{value.value.toLocaleString('fr-FR')}</>;
}

const SHORT_MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
export const shortMonth = (i: number) => SHORT_MONTHS[i] ?? '';

export interface Series {
  label: string;
  /** null: a masked value (drawn as an empty, dashed bar). */
  values: (number | null)[];
  className: 'plan' | 'realised';
}

/**
 * Monthly bars drawn in SVG (no chart library: DSFR colours, no script in the drawing). The drawing
 * is labelled for screen readers, and every chart is followed by its table, the accessible
 * alternative carrying the same figures.
 */
export function MonthChart({ title, series }: { title: string; series: Series[] }) {
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const width = 640;
  const height = 180;
  const slot = width / 12;
  const bar = (slot - 8) / series.length;
  const colours = { plan: 'var(--background-contrast-grey-active, #bbb)', realised: 'var(--background-action-high-blue-france, #000091)' };
  return (
    <figure className="fr-my-2w">
      <svg viewBox={`0 0 ${width} ${height + 24}`} role="img" aria-label={`${title} : graphique, voir le tableau qui suit`} style={{ width: '100%', maxWidth: width }}>
        {series.map((s, si) =>
          s.values.map((v, m) => {
            const h = v === null ? height * 0.15 : (v / max) * height;
            return <rect key={`${si}-${m}`} x={m * slot + 4 + si * bar} y={height - h} width={bar - 2} height={h} fill={v === null ? 'none' : colours[s.className]} stroke={v === null ? colours[s.className] : 'none'} strokeDasharray={v === null ? '3 3' : undefined} />;
          }),
        )}
        {Array.from({ length: 12 }, (_, m) => (
          <text key={m} x={m * slot + slot / 2} y={height + 16} fontSize="11" textAnchor="middle">
            {shortMonth(m)}
          </text>
        ))}
      </svg>
      <figcaption className="fr-text--sm">
        {title} — {series.map((s) => s.label).join(' / ')} (barres pointillées : effectif masqué).
      </figcaption>
    </figure>
  );
}

/**
 * The table alternative of a monthly chart: one row per series, one column per month. Fourteen
 * columns scroll sideways on a narrow screen: the scrolling box takes the focus so the keyboard
 * can scroll it too (RGAA 7.3).
 */
export function MonthTable({ caption, rows }: { caption: string; rows: { label: string; cells: ReactNode[]; total: ReactNode }[] }) {
  return (
    <div className="fr-table fr-table--no-caption fr-mb-3w">
      <div className="fr-table__wrapper">
        <div className="fr-table__container" tabIndex={0} role="group" aria-label={caption}>
          <div className="fr-table__content">
            <table>
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">Ligne</th>
                  {MONTH_LABELS.map((m) => (
                    <th key={m} scope="col">
                      {m}
                    </th>
                  ))}
                  <th scope="col">Total</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.label}>
                    <th scope="row">{r.label}</th>
                    {r.cells.map((c, i) => (
                      <td key={i}>{c}</td>
                    ))}
                    <td>{r.total}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}

/** A small two-column table (label, figure). */
export function KeyTable({ caption, rows }: { caption: string; rows: { key: string; label: ReactNode; value: ReactNode }[] }) {
  return (
    <div className="fr-table fr-mb-3w">
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table>
              <caption>{caption}</caption>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">{r.label}</th>
                    <td>{r.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
