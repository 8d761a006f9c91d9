/** The plan of supports, grouped by who carries each item, as the référent reads it. */
import type { CarrierKind } from '../../../../common/assistance';
import type { PlanItem } from './types';

export type PlanGroupKey = 'referent' | 'candidate' | 'others';

export interface PlanGroup {
  key: PlanGroupKey;
  title: string;
  items: PlanItem[];
}

export const PLAN_GROUP_TITLES: Record<PlanGroupKey, string> = {
  referent: 'Mes actions',
  candidate: 'Actions du candidat',
  others: 'Autres intervenants',
};

export function groupOfCarrier(kind: CarrierKind): PlanGroupKey {
  if (kind === 'referent' || kind === 'candidate') return kind;
  return 'others';
}

/** Items with a due date first (soonest first), then the others, keeping their order. */
function byDueDate(a: PlanItem, b: PlanItem): number {
  if (a.dueOn === b.dueOn) return 0;
  if (a.dueOn === null) return 1;
  if (b.dueOn === null) return -1;
  return a.dueOn < b.dueOn ? -1 : 1;
}

/** The three groups, always in the same order; a group may be empty. */
export function groupPlanItems(items: readonly PlanItem[]): PlanGroup[] {
  const keys: PlanGroupKey[] = ['referent', 'candidate', 'others'];
  return keys.map((key) => ({
    key,
    title: PLAN_GROUP_TITLES[key],
    items: items.filter((item) => groupOfCarrier(item.carrierKind) === key).sort(byDueDate),
  }));
}

/** Carriers that are organisations and must therefore name one. */
export function needsOrganisation(kind: CarrierKind | ''): boolean {
  return kind !== '' && kind !== 'referent' && kind !== 'candidate';
}

/** The pathway's organisations, once each, that can carry a support. */
export function carrierOrganisations<T extends { organisationId: string; organisationName: string; roleLabel: string }>(actors: readonly T[]): T[] {
  const seen = new Set<string>();
  return actors.filter((actor) => {
    if (seen.has(actor.organisationId)) return false;
    seen.add(actor.organisationId);
    return true;
  });
}
