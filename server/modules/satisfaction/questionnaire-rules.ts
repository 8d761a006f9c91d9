import { SATISFACTION_QUESTIONS, SATISFACTION_VERSION, type SatisfactionQuestion } from '../../../common/satisfaction';

export interface AnswerRow {
  questionId: string;
  questionnaireVersion: number;
  score: number | null;
  choice: boolean | null;
  comment: string | null;
}

/**
 * Checks answers against the questionnaire in force: every required question answered with a value
 * of its kind, no unknown question. Returns the rows to store, or the French message per field.
 */
export function checkAnswers(answers: Record<string, number | boolean | string>, questions: readonly SatisfactionQuestion[] = SATISFACTION_QUESTIONS): { rows: AnswerRow[]; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const rows: AnswerRow[] = [];
  for (const id of Object.keys(answers)) if (!questions.some((q) => q.id === id)) errors[id] = 'Cette question ne fait pas partie du questionnaire.';
  for (const q of questions) {
    const value = answers[q.id];
    const empty = value === undefined || (typeof value === 'string' && value.trim() === '');
    if (empty) {
      if (q.required) errors[q.id] = 'Répondez à cette question.';
      continue;
    }
    const row: AnswerRow = { questionId: q.id, questionnaireVersion: SATISFACTION_VERSION, score: null, choice: null, comment: null };
    if (q.kind === 'scale') {
      if (typeof value !== 'number' || value < 1 || value > 5) errors[q.id] = 'Choisissez une note de 1 à 5.';
      else row.score = value;
    } else if (q.kind === 'yes_no') {
      if (typeof value !== 'boolean') errors[q.id] = 'Répondez par oui ou par non.';
      else row.choice = value;
    } else if (typeof value !== 'string') errors[q.id] = 'Un texte est attendu.';
    else row.comment = value.trim();
    rows.push(row);
  }
  return { rows, errors };
}
