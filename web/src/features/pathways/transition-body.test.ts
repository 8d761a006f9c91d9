import { describe, expect, it } from 'vitest';
import { buildTransitionBody, EMPTY_DRAFT, localDateTimeWithOffset } from './transition-body';

describe('buildTransitionBody', () => {
  it('sends the type alone for the steps that need no data', () => {
    expect(buildTransitionBody('file_faisabilite', EMPTY_DRAFT, [])).toEqual({ ok: true, body: { type: 'file_faisabilite' } });
  });

  it('asks for the decision date before declaring the file recevable', () => {
    expect(buildTransitionBody('declare_recevable', EMPTY_DRAFT, [])).toEqual({ ok: false, errors: { decidedOn: 'Ce champ est obligatoire.' } });
    expect(buildTransitionBody('declare_recevable', { ...EMPTY_DRAFT, decidedOn: '2025-03-04' }, [])).toEqual({
      ok: true,
      body: { type: 'declare_recevable', decidedOn: '2025-03-04' },
    });
  });

  it('builds a jury date with the local offset and lists every missing field', () => {
    const missing = buildTransitionBody('schedule_jury', { ...EMPTY_DRAFT, juryDay: '2025-06-10' }, []);
    expect(missing.ok ? [] : Object.keys(missing.errors).sort()).toEqual(['format', 'juryTime', 'place']);
    const result = buildTransitionBody('schedule_jury', { ...EMPTY_DRAFT, juryDay: '2025-06-10', juryTime: '09:30', place: ' Lyon ', format: 'presentiel' }, []);
    if (!result.ok || result.body.type !== 'schedule_jury') throw new Error('expected a jury body');
    expect(result.body.place).toBe('Lyon');
    expect(result.body.date).toMatch(/^2025-06-10T09:30:00[+-]\d{2}:\d{2}$/);
    expect(new Date(result.body.date).getTime()).toBe(new Date(2025, 5, 10, 9, 30).getTime());
  });

  it('requires a choice for each remaining bloc when the candidate was present', () => {
    const draft = { ...EMPTY_DRAFT, attendance: 'present', blocs: { B1: { validated: 'yes' as const, preconisations: '' } } };
    expect(buildTransitionBody('record_jury_result', draft, ['B1', 'B2'])).toEqual({ ok: false, errors: { 'blocs.B2': 'Indiquez si le bloc est validé.' } });
    const complete = { ...draft, blocs: { ...draft.blocs, B2: { validated: 'no' as const, preconisations: ' Revoir le bloc ' } } };
    expect(buildTransitionBody('record_jury_result', complete, ['B1', 'B2'])).toEqual({
      ok: true,
      body: { type: 'record_jury_result', attendance: 'present', blocs: [{ code: 'B1', validated: true }, { code: 'B2', validated: false, preconisations: 'Revoir le bloc' }] },
    });
  });

  it('sends no bloc result for an absent candidate', () => {
    const draft = { ...EMPTY_DRAFT, attendance: 'absent', blocs: { B1: { validated: 'yes' as const, preconisations: '' } } };
    expect(buildTransitionBody('record_jury_result', draft, ['B1'])).toEqual({ ok: true, body: { type: 'record_jury_result', attendance: 'absent', blocs: [] } });
  });

  it('refuses a closing reason outside the list and an unknown step', () => {
    expect(buildTransitionBody('close', { ...EMPTY_DRAFT, reason: 'bored' }, []).ok).toBe(false);
    expect(buildTransitionBody('close', { ...EMPTY_DRAFT, reason: 'abandon' }, [])).toEqual({ ok: true, body: { type: 'close', reason: 'abandon', details: '' } });
    expect(buildTransitionBody('teleport', EMPTY_DRAFT, []).ok).toBe(false);
  });
});

describe('localDateTimeWithOffset', () => {
  it('names the same instant as the local date', () => {
    const iso = localDateTimeWithOffset('2025-01-15', '14:05');
    expect(new Date(iso).getTime()).toBe(new Date(2025, 0, 15, 14, 5).getTime());
  });
});
