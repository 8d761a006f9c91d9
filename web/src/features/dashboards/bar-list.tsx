import type { ReactNode } from 'react';
import { KeyTable } from './figures';

/**
 * Horizontal bars for a few labelled figures (caseload by phase, realised per référent), drawn in
 * SVG and hidden from screen readers, followed by the same figures as a table (the text alternative).
 */
export function BarList({ caption, items }: { caption: string; items: { key: string; label: string; value: number; cell?: ReactNode }[] }) {
  const max = Math.max(1, ...items.map((i) => i.value));
  const rowHeight = 26;
  const labelWidth = 220;
  const width = 640;
  return (
    <>
      <figure className="fr-my-2w" aria-hidden="true">
        <svg viewBox={`0 0 ${width} ${items.length * rowHeight + 4}`} style={{ width: '100%', maxWidth: width }} focusable="false">
          {items.map((item, i) => (
            <g key={item.key} transform={`translate(0 ${i * rowHeight})`}>
              <text x={0} y={17} fontSize="12">
                {item.label.length > 34 ? `${item.label.slice(0, 33)}…` : item.label}
              </text>
              <rect x={labelWidth} y={4} height={18} width={((width - labelWidth - 40) * item.value) / max} fill="var(--background-action-high-blue-france, #000091)" />
              <text x={labelWidth + ((width - labelWidth - 40) * item.value) / max + 6} y={17} fontSize="12">
                {item.value}
              </text>
            </g>
          ))}
        </svg>
      </figure>
      <KeyTable caption={caption} rows={items.map((i) => ({ key: i.key, label: i.label, value: i.cell ?? i.value.toLocaleString('fr-FR') }))} />
    </>
  );
}
