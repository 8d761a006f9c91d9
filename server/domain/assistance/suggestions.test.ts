import { describe, expect, it } from 'vitest';
import type { AssistancePhase, ConditionStatus, Importance } from '../../../common/assistance';
import { loadAssistanceCatalogue } from '../../reference/assistance/catalogue';
import { suggestSupports } from './suggestions';

const catalogue = loadAssistanceCatalogue();
const defaultImportance = (code: string): Importance => catalogue.conditions.find((c) => c.code === code)?.defaultImportance ?? 'desirable';
const wordingOf = (code: string) => catalogue.conditions.find((c) => c.code === code)?.wording;

function suggest(
  statuses: Record<string, ConditionStatus>,
  phase: AssistancePhase,
  opts: { alreadyPlanned?: string[]; importanceOf?: (code: string) => Importance } = {},
) {
  const assessment = Object.entries(statuses).map(([conditionCode, status]) => ({ conditionCode, status }));
  return suggestSupports(
    { assessment, phase, importanceOf: opts.importanceOf ?? defaultImportance, alreadyPlanned: opts.alreadyPlanned ?? [] },
    catalogue,
  );
}
const codes = (list: ReturnType<typeof suggest>) => list.map((s) => s.supportCode);

describe('suggestSupports', () => {
  it('a missing condition suggests the support that answers it in the phase, with a French explanation', () => {
    // MAT-03 (documents for the dossier de recevabilité) is answered by SUP-03, before recevabilité only.
    const list = suggest({ 'MAT-03': 'missing' }, 'before_recevabilite');
    expect(codes(list)).toEqual(['SUP-03']);
    const [first] = list;
    expect(first?.wording).toBe('Lister avec le candidat les documents à joindre au dossier de recevabilité.');
    expect(first?.nature).toBe('pedagogical');
    expect(first?.reasons).toEqual([{ conditionCode: 'MAT-03', wording: wordingOf('MAT-03'), status: 'missing', importance: 'important' }]);
    expect(first?.explanation).toBe(`Répond à : « ${wordingOf('MAT-03')} » (manquante, condition importante).`);
  });

  it('the same support is not suggested outside its phases', () => {
    expect(suggest({ 'MAT-03': 'missing' }, 'recevabilite_to_jury')).toEqual([]);
    expect(suggest({ 'MAT-03': 'missing' }, 'after_jury')).toEqual([]);
    // SUP-23 (jury's recommendations after a partial validation) only after the jury.
    expect(codes(suggest({ 'PED-13': 'missing' }, 'after_jury'))).toContain('SUP-23');
    expect(codes(suggest({ 'PED-13': 'missing' }, 'before_recevabilite'))).not.toContain('SUP-23');
  });

  it('met or not assessed conditions suggest nothing', () => {
    const allMet = Object.fromEntries(catalogue.conditions.map((c) => [c.code, 'met' as const]));
    const noneAssessed = Object.fromEntries(catalogue.conditions.map((c) => [c.code, 'not_assessed' as const]));
    for (const phase of ['before_recevabilite', 'recevabilite_to_jury', 'after_jury'] as const) {
      expect(suggest(allMet, phase)).toEqual([]);
      expect(suggest(noneAssessed, phase)).toEqual([]);
    }
  });

  it('a partly met condition is a reason too, labelled as such', () => {
    const [first] = suggest({ 'MAT-03': 'partly_met' }, 'before_recevabilite');
    expect(first?.reasons[0]?.status).toBe('partly_met');
    expect(first?.explanation).toContain('(partiellement réunie, condition importante)');
  });

  it('supports already planned are left out', () => {
    const statuses = { 'MAT-05': 'missing', 'MAT-08': 'missing' } as const;
    expect(codes(suggest(statuses, 'recevabilite_to_jury'))).toContain('SUP-09');
    expect(codes(suggest(statuses, 'recevabilite_to_jury', { alreadyPlanned: ['SUP-09'] }))).not.toContain('SUP-09');
  });

  it('sorts by important missing conditions, then by all conditions answered, then catalogue order', () => {
    // PED-01 alone is answered by SUP-01, 04, 07, 15 before recevabilité: a tie, kept in catalogue order.
    expect(codes(suggest({ 'PED-01': 'missing' }, 'before_recevabilite'))).toEqual(['SUP-01', 'SUP-04', 'SUP-07', 'SUP-15']);
    // SUP-15 also answers PED-03: two important missing conditions put it first.
    expect(codes(suggest({ 'PED-01': 'missing', 'PED-03': 'missing' }, 'before_recevabilite'))).toEqual(['SUP-15', 'SUP-01', 'SUP-04', 'SUP-07']);

    // Between recevabilité and jury: SUP-13 answers MAT-02, PED-06 (important, missing) and BEH-02 (partly met);
    // SUP-06 the first two only; SUP-14 PED-06 and BEH-02.
    const statuses = { 'MAT-02': 'missing', 'PED-06': 'missing', 'BEH-02': 'partly_met' } as const;
    expect(codes(suggest(statuses, 'recevabilite_to_jury'))).toEqual(['SUP-13', 'SUP-06', 'SUP-14']);
  });

  it('one important missing condition outranks several partly met ones', () => {
    const list = codes(suggest({ 'MAT-05': 'missing', 'BEH-01': 'partly_met', 'BEH-03': 'partly_met', 'BEH-08': 'partly_met' }, 'before_recevabilite'));
    expect(list[0]).toBe('SUP-09');
    expect(list.indexOf('SUP-20')).toBeGreaterThan(0);
  });

  it('uses the candidate importance given by the référent, not only the default', () => {
    const statuses = { 'MAT-02': 'missing', 'PED-06': 'missing', 'BEH-02': 'missing' } as const;
    // SUP-13 answers all three, SUP-06 MAT-02 and PED-06, SUP-14 PED-06 and BEH-02.
    // With BEH-02 raised to important, SUP-14 ties SUP-06 and comes after it (catalogue order).
    const raised = (code: string): Importance => (code === 'BEH-02' ? 'important' : defaultImportance(code));
    expect(codes(suggest(statuses, 'recevabilite_to_jury', { importanceOf: raised }))).toEqual(['SUP-13', 'SUP-06', 'SUP-14']);
    expect(codes(suggest(statuses, 'recevabilite_to_jury', { importanceOf: () => 'desirable' }))).toEqual(['SUP-13', 'SUP-06', 'SUP-14']);
    const onlyMat02 = (code: string): Importance => (code === 'MAT-02' ? 'important' : 'desirable');
    expect(codes(suggest(statuses, 'recevabilite_to_jury', { importanceOf: onlyMat02 }))).toEqual(['SUP-13', 'SUP-06', 'SUP-14']);
    // Only BEH-02 important: SUP-14 now answers one important missing condition, SUP-06 none.
    const onlyBeh02 = (code: string): Importance => (code === 'BEH-02' ? 'important' : 'desirable');
    expect(codes(suggest(statuses, 'recevabilite_to_jury', { importanceOf: onlyBeh02 }))).toEqual(['SUP-13', 'SUP-14', 'SUP-06']);
    const [first] = suggest(statuses, 'recevabilite_to_jury', { importanceOf: raised });
    expect(first?.reasons.map((r) => r.importance)).toEqual(['important', 'important', 'important']);
  });
});
