import { describe, expect, it } from 'vitest';
import { carrierOrganisations, groupPlanItems, needsOrganisation } from './plan-groups';
import type { PlanItem } from './types';

function item(id: string, carrierKind: PlanItem['carrierKind'], dueOn: string | null): PlanItem {
  return {
    id,
    supportCode: 'A1',
    customSupportId: null,
    wording: `Appui ${id}`,
    nature: 'material',
    phase: 'before_recevabilite',
    carrierKind,
    carrierOrganisationId: null,
    carrierOrganisationName: null,
    dueOn,
    status: 'planned',
    overdue: false,
    reasons: [],
    feedback: '',
    effect: '',
  };
}

describe('groupPlanItems', () => {
  it('puts the référent, the candidate and every other actor in their own group', () => {
    const groups = groupPlanItems([item('1', 'funder', null), item('2', 'candidate', null), item('3', 'referent', null), item('4', 'partner', null)]);
    expect(groups.map((group) => [group.title, group.items.map((i) => i.id)])).toEqual([
      ['Mes actions', ['3']],
      ['Actions du candidat', ['2']],
      ['Autres intervenants', ['1', '4']],
    ]);
  });

  it('sorts each group by due date, undated items last', () => {
    const groups = groupPlanItems([item('a', 'candidate', null), item('b', 'candidate', '2026-05-02'), item('c', 'candidate', '2026-01-10')]);
    expect(groups[1]?.items.map((i) => i.id)).toEqual(['c', 'b', 'a']);
  });

  it('keeps empty groups so the order never changes', () => {
    expect(groupPlanItems([]).map((group) => group.items.length)).toEqual([0, 0, 0]);
  });
});

describe('needsOrganisation', () => {
  it('asks for an organisation for other actors only', () => {
    expect((['referent', 'candidate', '', 'funder', 'partner'] as const).map((kind) => needsOrganisation(kind))).toEqual([false, false, false, true, true]);
  });
});

describe('carrierOrganisations', () => {
  it('lists each organisation of the pathway once', () => {
    const actors = [
      { organisationId: 'o1', organisationName: 'PAC', roleLabel: 'Référent' },
      { organisationId: 'o2', organisationName: 'Greta', roleLabel: 'Accompagnateur' },
      { organisationId: 'o1', organisationName: 'PAC', roleLabel: 'Conseiller' },
    ];
    expect(carrierOrganisations(actors).map((a) => a.organisationId)).toEqual(['o1', 'o2']);
  });
});
