import type { Pathway } from './types';

export type TimelineEntry = Pathway['timeline'][number];

/** Values of `?historique=` and the entry kind each one keeps. */
export const TIMELINE_FILTERS = [
  { value: '', label: 'Tout', kind: null },
  { value: 'etapes', label: 'Étapes', kind: 'transition' },
  { value: 'documents', label: 'Documents', kind: 'document' },
  { value: 'diagnostics', label: 'Diagnostics', kind: 'assessment' },
  { value: 'appuis', label: 'Appuis', kind: 'support' },
  { value: 'accords', label: 'Accords', kind: 'agreement' },
] as const;

/** Keeps the entries of the chosen kind (all for an unknown value), oldest first. */
export function filterTimeline(entries: TimelineEntry[], filter: string): TimelineEntry[] {
  const kind = TIMELINE_FILTERS.find((option) => option.value === filter)?.kind ?? null;
  return entries.filter((entry) => kind === null || entry.kind === kind).sort((a, b) => a.at.localeCompare(b.at));
}
