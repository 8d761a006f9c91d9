import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSISTANCE_PHASES, type AssistancePhase, type ConditionList } from '../../../common/assistance';
import { ASSISTANCE_REFERENCE_DIR, loadAssistanceCatalogue, parseAssistanceCatalogue } from './catalogue';

/** Reads the verbatim seed excerpt on its own terms, without the catalogue's code. */
function parseExcerpt() {
  const lines = readFileSync(path.join(ASSISTANCE_REFERENCE_DIR, 'seed-004-excerpt.txt'), 'utf8').split('\n');
  const conditions: { list: ConditionList; wording: string }[] = [];
  const supports: { wording: string; phases: AssistancePhase[] }[] = [];
  const headers: string[][] = [];
  let section: ConditionList | 'table' | null = null;
  for (const line of lines) {
    if (line.startsWith('Matérielles')) section = 'material';
    else if (line.startsWith('Technico')) section = 'pedagogical';
    else if (line.startsWith('Comportementales')) section = 'behavioural';
    else if (/^APPUIS? possibles/i.test(line)) {
      section = 'table';
      headers.push(line.split('\t').slice(1));
    } else if (section === 'table' && line.includes('\t')) {
      const cells = line.split('\t');
      expect(cells).toHaveLength(4);
      const marks = cells.slice(1);
      expect(marks.every((m) => m === '' || m === 'X')).toBe(true);
      supports.push({ wording: cells[0] ?? '', phases: ASSISTANCE_PHASES.filter((_, i) => marks[i] === 'X') });
    } else if (section !== null && section !== 'table' && line.startsWith('- ')) {
      conditions.push({ list: section, wording: line.slice(2) });
    }
  }
  return { conditions, supports, headers };
}

const seed = parseExcerpt();
const catalogue = loadAssistanceCatalogue();

describe('assistance catalogue against the seed 004 excerpt', () => {
  it('the excerpt has the three lists and both halves of the table, columns in the phase order', () => {
    expect(new Set(seed.conditions.map((c) => c.list))).toEqual(new Set(['material', 'pedagogical', 'behavioural']));
    expect(seed.headers).toHaveLength(2);
    for (const h of seed.headers) expect(h).toEqual(['En amont de la recevabilité VAE', 'Entre la recevabilité et le Jury VAE', "A l'issue du Jury VAE"]);
  });

  it('lists every condition with the seed wording, list and order', () => {
    expect(catalogue.conditions).toHaveLength(seed.conditions.length);
    expect(catalogue.conditions.map((c) => ({ list: c.list, wording: c.wording }))).toEqual(seed.conditions);
  });

  it('lists every support with the seed wording and order, and the phases of its X marks', () => {
    expect(catalogue.supports).toHaveLength(seed.supports.length);
    expect(catalogue.supports.map((s) => ({ wording: s.wording, phases: s.phases }))).toEqual(seed.supports);
  });

  it('codes are unique and numbered in seed order within each list', () => {
    const codes = catalogue.conditions.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const list of ['material', 'pedagogical', 'behavioural'] as const) {
      const ofList = catalogue.conditions.filter((c) => c.list === list).map((c) => Number(c.code.slice(4)));
      expect(ofList).toEqual(ofList.map((_, i) => i + 1));
    }
    const supportCodes = catalogue.supports.map((s) => s.code);
    expect(supportCodes).toEqual(supportCodes.map((_, i) => `SUP-${String(i + 1).padStart(2, '0')}`));
  });

  it('every support answers known conditions, and every condition is answered by some support', () => {
    const known = new Set(catalogue.conditions.map((c) => c.code));
    const answered = new Set(catalogue.supports.flatMap((s) => s.answers));
    expect([...answered].filter((code) => !known.has(code))).toEqual([]);
    expect(catalogue.conditions.filter((c) => !answered.has(c.code)).map((c) => c.code)).toEqual([]);
    expect(catalogue.supports.every((s) => s.answers.length > 0 && new Set(s.answers).size === s.answers.length)).toBe(true);
  });

  it('is read once and cached', () => {
    expect(loadAssistanceCatalogue()).toBe(catalogue);
  });

  it('refuses invalid data with a clear message', () => {
    const support = catalogue.supports[0];
    expect(() => parseAssistanceCatalogue({ conditions: catalogue.conditions, supports: [{ ...support, answers: ['MAT-99'] }] })).toThrow(
      /condition inconnue : MAT-99/,
    );
    expect(() => parseAssistanceCatalogue({ conditions: catalogue.conditions, supports: [{ ...support, phases: ['someday'] }] })).toThrow(
      /Catalogue de l'assistance renforcée invalide/,
    );
    const first = catalogue.conditions[0];
    expect(() => parseAssistanceCatalogue({ conditions: [first, first], supports: catalogue.supports })).toThrow(/en double : MAT-01/);
  });
});
