import { describe, expect, it } from 'vitest';
import { SATISFACTION_QUESTIONS, SATISFACTION_VERSION } from '../../../common/satisfaction';
import { checkAnswers } from './questionnaire-rules';

describe('checkAnswers', () => {
  it('keeps one row per answered question, with the version, and skips an empty optional comment', () => {
    const { rows, errors } = checkAnswers({ overall: 4, information: 3, availability: 5, supports: 2, pace: 1, recommend: false, comment: '  ' });
    expect(errors).toEqual({});
    expect(rows).toHaveLength(SATISFACTION_QUESTIONS.filter((q) => q.required).length);
    expect(rows.every((r) => r.questionnaireVersion === SATISFACTION_VERSION)).toBe(true);
    expect(rows.find((r) => r.questionId === 'recommend')).toMatchObject({ choice: false, score: null });
  });
  it('names every missing, out-of-range, mistyped or unknown answer', () => {
    const { errors } = checkAnswers({ overall: 0, information: '4', availability: 5, supports: 2, recommend: 'oui', comment: 3, colour: 'bleu' });
    expect(Object.keys(errors).sort()).toEqual(['colour', 'comment', 'information', 'overall', 'pace', 'recommend']);
  });
});
