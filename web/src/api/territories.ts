import type { PickOption } from '../components/pick-list';
import type { Territories } from './types';

/** Départements as pick-list options, grouped by région and sorted by code. */
export function departementOptions(territories: Territories | null): PickOption[] {
  if (!territories) return [];
  const regionName = new Map(territories.regions.map((region) => [region.code, region.name]));
  return [...territories.departements]
    .sort((a, b) => a.code.localeCompare(b.code, 'fr', { numeric: true }))
    .map((departement) => ({
      value: departement.code,
      label: `${departement.name} (${departement.code})`,
      group: regionName.get(departement.regionCode) ?? 'Autres',
    }));
}

/** "Rhône (69), Ain (01)" for a list of codes. */
export function departementNames(codes: string[], territories: Territories | null): string {
  if (codes.length === 0) return '—';
  const byCode = new Map((territories?.departements ?? []).map((d) => [d.code, d.name]));
  return codes.map((code) => (byCode.has(code) ? `${byCode.get(code)} (${code})` : code)).join(', ');
}
