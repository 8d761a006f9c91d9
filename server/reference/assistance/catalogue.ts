import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ASSISTANCE_PHASES, CONDITION_LISTS, IMPORTANCES, SUPPORT_NATURES } from '../../../common/assistance';

/**
 * The conditions of success and the supports of assistance renforcée (seed 004). Wordings and
 * phases are the seed's; importance, nature, field and the condition → support links are Jalon's
 * judgement (see SOURCES.md in this folder).
 */
export const ASSISTANCE_REFERENCE_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Whose field a condition belongs to (seed 004, I – 3): the référent activates, the accompagnateur reveals. */
export const CONDITION_FIELDS = ['referent', 'accompagnateur'] as const;
export type ConditionField = (typeof CONDITION_FIELDS)[number];

const CODE_PREFIX = { material: 'MAT', pedagogical: 'PED', behavioural: 'BEH' } as const;

export const ZConditionDef = z.strictObject({
  code: z.string().regex(/^(MAT|PED|BEH)-\d{2}$/),
  list: z.enum(CONDITION_LISTS),
  wording: z.string().trim().min(1),
  defaultImportance: z.enum(IMPORTANCES),
  field: z.enum(CONDITION_FIELDS),
});
export type ConditionDef = z.infer<typeof ZConditionDef>;

export const ZSupportDef = z.strictObject({
  code: z.string().regex(/^SUP-\d{2}$/),
  wording: z.string().trim().min(1),
  phases: z.array(z.enum(ASSISTANCE_PHASES)).min(1),
  nature: z.enum(SUPPORT_NATURES),
  answers: z.array(z.string()).min(1),
});
export type SupportDef = z.infer<typeof ZSupportDef>;

const ZCatalogue = z
  .strictObject({ conditions: z.array(ZConditionDef).min(1), supports: z.array(ZSupportDef).min(1) })
  .superRefine(({ conditions, supports }, ctx) => {
    const issue = (message: string, where: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path: where });
    const conditionCodes = new Set<string>();
    conditions.forEach((c, i) => {
      if (conditionCodes.has(c.code)) issue(`code de condition en double : ${c.code}`, ['conditions', i, 'code']);
      if (!c.code.startsWith(`${CODE_PREFIX[c.list]}-`)) issue(`le code ${c.code} ne correspond pas à la liste ${c.list}`, ['conditions', i, 'code']);
      conditionCodes.add(c.code);
    });
    const supportCodes = new Set<string>();
    supports.forEach((s, i) => {
      if (supportCodes.has(s.code)) issue(`code d'appui en double : ${s.code}`, ['supports', i, 'code']);
      supportCodes.add(s.code);
      if (new Set(s.phases).size !== s.phases.length) issue(`phase en double pour ${s.code}`, ['supports', i, 'phases']);
      s.answers.forEach((code, j) => {
        if (!conditionCodes.has(code)) issue(`${s.code} répond à une condition inconnue : ${code}`, ['supports', i, 'answers', j]);
      });
    });
  });
export type AssistanceCatalogue = z.infer<typeof ZCatalogue>;

/** Validates raw catalogue data; throws an Error naming every problem (reference data is not user input). */
export function parseAssistanceCatalogue(raw: { conditions: unknown; supports: unknown }): AssistanceCatalogue {
  const parsed = ZCatalogue.safeParse(raw);
  if (!parsed.success) throw new Error(`Catalogue de l'assistance renforcée invalide : ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function readJson(dir: string, file: string): unknown {
  const full = path.join(dir, file);
  try {
    return JSON.parse(readFileSync(full, 'utf8')) as unknown;
  } catch (cause) {
    throw new Error(`Catalogue de l'assistance renforcée illisible (${full})`, { cause });
  }
}

let cached: AssistanceCatalogue | undefined;

/** The catalogue shipped with Jalon, read and validated once per process. */
export function loadAssistanceCatalogue(): AssistanceCatalogue {
  cached ??= parseAssistanceCatalogue({
    conditions: readJson(ASSISTANCE_REFERENCE_DIR, 'conditions.json'),
    supports: readJson(ASSISTANCE_REFERENCE_DIR, 'supports.json'),
  });
  return cached;
}
