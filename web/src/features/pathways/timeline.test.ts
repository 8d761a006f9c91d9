import { describe, expect, it } from 'vitest';
import { filterTimeline, type TimelineEntry } from './timeline';

const entries: TimelineEntry[] = [
  { at: '2025-03-02T10:00:00.000Z', kind: 'document', id: '00000000-0000-4000-8000-000000000002', label: 'Livret 1 déposé' },
  { at: '2025-03-01T10:00:00.000Z', kind: 'transition', id: '00000000-0000-4000-8000-000000000001', label: 'Faisabilité commencée' },
];

describe('filterTimeline', () => {
  it('lists everything in chronological order by default', () => {
    expect(filterTimeline(entries, '').map((e) => e.label)).toEqual(['Faisabilité commencée', 'Livret 1 déposé']);
  });

  it('keeps only the chosen kind, and everything for an unknown filter', () => {
    expect(filterTimeline(entries, 'documents').map((e) => e.kind)).toEqual(['document']);
    expect(filterTimeline(entries, 'etapes').map((e) => e.kind)).toEqual(['transition']);
    expect(filterTimeline(entries, 'nimportequoi')).toHaveLength(2);
  });
});
