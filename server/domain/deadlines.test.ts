import { describe, expect, it } from 'vitest';
import { FixedClock } from '../lib/clock';
import { computeDeadlines, DEFAULT_DEADLINE_LIMITS, ZDeadlineLimits, type PathwayFacts } from './deadlines';

const base: PathwayFacts = {
  state: 'faisabilite_filed',
  startedAt: new Date('2026-01-10T09:00:00Z'),
  faisabiliteFiledAt: new Date('2026-01-31T09:00:00Z'),
  recevabiliteDecidedAt: null,
  accompanimentRequestedAt: null,
  accompanimentAnsweredAt: null,
  assistanceStartedAt: null,
  assistanceEndedAt: null,
  lastContactAt: new Date('2026-01-31T09:00:00Z'),
};
const find = (kind: string, list: ReturnType<typeof computeDeadlines>) => list.find((d) => d.kind === kind);

describe('deadline engine (injected clock)', () => {
  it('the 2-month recevabilité answer goes upcoming → due soon → overdue as the clock moves', () => {
    const clock = new FixedClock('2026-02-01T09:00:00Z');
    const at = () => find('recevabilite_answer', computeDeadlines(base, DEFAULT_DEADLINE_LIMITS, clock.now()));
    // 31 January + 2 months is 31 March (date-fns clamps month ends, as the law counts).
    expect(at()?.dueAt.toISOString()).toBe('2026-03-31T09:00:00.000Z');
    expect(at()?.status).toBe('upcoming');
    clock.set('2026-03-20T09:00:00Z');
    expect(at()?.status).toBe('due_soon');
    clock.set('2026-04-01T09:00:00Z');
    expect(at()).toMatchObject({ status: 'overdue', daysLeft: -1 });
  });

  it('is met once the certificateur has answered', () => {
    const d = find('recevabilite_answer', computeDeadlines({ ...base, state: 'recevable', recevabiliteDecidedAt: new Date('2026-03-01') }, DEFAULT_DEADLINE_LIMITS, new Date('2026-05-01')));
    expect(d?.status).toBe('met');
  });

  it('tracks the 30-day answer to an accompaniment request, the 2-year assistance and the 5-year pathway', () => {
    const facts = { ...base, accompanimentRequestedAt: new Date('2026-02-01T09:00:00Z'), assistanceStartedAt: new Date('2026-02-15T09:00:00Z') };
    const list = computeDeadlines(facts, DEFAULT_DEADLINE_LIMITS, new Date('2026-03-04T09:00:00Z'));
    expect(find('accompaniment_answer', list)).toMatchObject({ status: 'overdue', dueAt: new Date('2026-03-03T09:00:00Z') });
    expect(find('assistance_end', list)?.dueAt.toISOString()).toBe('2028-02-15T09:00:00.000Z');
    expect(find('pathway_end', list)?.dueAt.toISOString()).toBe('2031-01-10T09:00:00.000Z');
  });

  it('flags inactivity after the configured number of days, and the limit is configuration', () => {
    const now = new Date('2026-03-20T09:00:00Z');
    expect(find('inactivity', computeDeadlines(base, DEFAULT_DEADLINE_LIMITS, now))?.status).toBe('overdue');
    const relaxed = ZDeadlineLimits.parse({ ...DEFAULT_DEADLINE_LIMITS, inactivityDays: 90 });
    expect(find('inactivity', computeDeadlines(base, relaxed, now))?.status).toBe('upcoming');
  });

  it('a closed pathway has no open deadline', () => {
    const list = computeDeadlines({ ...base, state: 'closed_certified' }, DEFAULT_DEADLINE_LIMITS, new Date('2027-01-01'));
    expect(list.every((d) => d.status === 'met')).toBe(true);
    expect(find('inactivity', list)).toBeUndefined();
  });

  it('refuses absurd limits', () => {
    expect(ZDeadlineLimits.safeParse({ ...DEFAULT_DEADLINE_LIMITS, recevabiliteAnswerMonths: 0 }).success).toBe(false);
  });
});
