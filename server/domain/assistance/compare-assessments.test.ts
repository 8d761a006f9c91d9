import { describe, expect, it } from 'vitest';
import { CONDITION_STATUSES, type ConditionStatus } from '../../../common/assistance';
import { compareAssessments } from './compare-assessments';

const one = (before: ConditionStatus, after: ConditionStatus) =>
  compareAssessments([{ conditionCode: 'BEH-04', status: before }], [{ conditionCode: 'BEH-04', status: after }]).conditions[0]?.change;

describe('compareAssessments', () => {
  it('orders met > partly met > missing', () => {
    expect(one('missing', 'partly_met')).toBe('improved');
    expect(one('partly_met', 'met')).toBe('improved');
    expect(one('missing', 'met')).toBe('improved');
    expect(one('met', 'partly_met')).toBe('worsened');
    expect(one('partly_met', 'missing')).toBe('worsened');
    expect(one('met', 'missing')).toBe('worsened');
    expect(one('partly_met', 'partly_met')).toBe('unchanged');
  });

  it('not assessed on either side says nothing: unchanged', () => {
    for (const status of CONDITION_STATUSES) {
      expect(one('not_assessed', status)).toBe('unchanged');
      expect(one(status, 'not_assessed')).toBe('unchanged');
    }
  });

  it('compares per condition code, keeps both statuses and counts the changes', () => {
    const result = compareAssessments(
      [
        { conditionCode: 'MAT-02', status: 'missing' },
        { conditionCode: 'PED-06', status: 'met' },
        { conditionCode: 'BEH-01', status: 'partly_met' },
        { conditionCode: 'BEH-04', status: 'partly_met' },
      ],
      [
        { conditionCode: 'BEH-04', status: 'partly_met' },
        { conditionCode: 'PED-06', status: 'partly_met' },
        { conditionCode: 'MAT-02', status: 'met' },
        { conditionCode: 'PED-10', status: 'missing' },
      ],
    );
    expect(result.conditions).toEqual([
      { conditionCode: 'MAT-02', before: 'missing', after: 'met', change: 'improved' },
      { conditionCode: 'PED-06', before: 'met', after: 'partly_met', change: 'worsened' },
      { conditionCode: 'BEH-01', before: 'partly_met', after: 'not_assessed', change: 'unchanged' },
      { conditionCode: 'BEH-04', before: 'partly_met', after: 'partly_met', change: 'unchanged' },
      { conditionCode: 'PED-10', before: 'not_assessed', after: 'missing', change: 'unchanged' },
    ]);
    expect(result.summary).toEqual({ improved: 1, worsened: 1, unchanged: 3 });
  });

  it('two empty assessments compare to nothing', () => {
    expect(compareAssessments([], [])).toEqual({ conditions: [], summary: { improved: 0, worsened: 0, unchanged: 0 } });
  });
});
