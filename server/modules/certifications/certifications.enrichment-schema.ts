import { z } from 'zod';
import { BLOC_NOTE_TEXT_MESSAGE, CERTIFICATION_CODE_MESSAGE, parseCertificationCode } from '../../../common/certifications';

/**
 * The VAE enrichment of a certification: what certificateurs and accompaniment offers say beyond
 * the registry. Stored as jsonb columns of certification_enrichments, validated by these schemas
 * on every write (seed loader, future editors) and every read.
 *
 * A field added after enrichments were stored carries `.default(null)` rather than a migration that
 * writes it into the stored jsonb: the audit events keep the enrichments as they were (before/after,
 * append-only, never rewritten), and an API client that sends the previous shape keeps working.
 */

const percent = z.number().min(0).max(100);
const isoDate = z.iso.date();

export const ZVaeFilingSchema = z.strictObject({
  filingBody: z.string().min(1),
  feasibilityFile: z.string().nullable(),
  validationFile: z.string().nullable(),
  steps: z.array(z.string()),
  platforms: z.array(z.string()),
  admissibilityDelayMonths: z.number().int().positive().nullable(),
});

export const ZJurySchema = z.strictObject({
  durationMinutes: z.number().int().positive().nullable(),
  presentationMinutes: z.number().int().positive().nullable(),
  composition: z.string().nullable(),
  description: z.array(z.string()),
  outcomes: z.array(z.string()),
});

export const ZValidationRatesSchema = z.strictObject({
  total: percent.nullable(),
  partial: percent.nullable(),
  refusal: percent.nullable(),
  source: z.string().nullable(),
});

export const ZDispenseSchema = z.strictObject({
  description: z.string().min(1),
  condition: z.string().nullable(),
  reference: z.string().nullable(),
});

/** The canonical code of a certification (`RNCP35830`, `RS5000`): what the catalogue's addresses use. */
const certificationCode = z.string().refine((c) => parseCertificationCode(c)?.code === c, CERTIFICATION_CODE_MESSAGE);

export const ZEquivalenceSchema = z.strictObject({
  /** The target certification's name, as the source writes it. */
  target: z.string().min(1),
  /** Its code, when known: the record page then links to it. */
  targetCode: certificationCode.nullable().default(null),
  description: z.string().min(1),
  modulesExempted: z.number().int().nonnegative().nullable(),
  modulesTotal: z.number().int().positive().nullable(),
});

export const ZFurtherStudySchema = z.strictObject({
  description: z.string().min(1),
  targetLevel: z.number().int().min(1).max(8).nullable(),
  reference: z.string().nullable(),
});

export const ZInsertionSchema = z.strictObject({
  source: z.string().nullable(),
  year: z.number().int().nullable(),
  rates: z.array(z.strictObject({ label: z.string().min(1), value: percent })),
  notes: z.array(z.string()),
});

export const ZTrainingUnitSchema = z.strictObject({
  code: z.string().min(1),
  title: z.string().min(1),
  // CNAM wording: UE (unité d'enseignement, taught) or UA (unité d'activité: experience, report).
  kind: z.enum(['teaching', 'activity']),
  ects: z.number().nonnegative().nullable(),
  hours: z.number().nonnegative().nullable(),
  mandatory: z.boolean(),
  modality: z.enum(['presentiel', 'distance', 'mixte']).nullable(),
  semesters: z.array(z.strictObject({ academicYear: z.string().min(1), period: z.string().min(1) })),
});

export const ZTrainingSchema = z.strictObject({
  provider: z.string().nullable(),
  totalHours: z.number().nonnegative().nullable(),
  totalEcts: z.number().nonnegative().nullable(),
  accreditationUntil: isoDate.nullable(),
  units: z.array(ZTrainingUnitSchema),
  accessDelays: z.array(z.string()),
});

export const FUNDING_ROUTES = ['cpf', 'employer', 'france_travail', 'region_cofunding', 'opco', 'self'] as const;

export const ZPriceSchema = z.strictObject({
  label: z.string().min(1),
  fundingRoute: z.enum(FUNDING_ROUTES).nullable(),
  audience: z.string().nullable(),
  provider: z.string().nullable(),
  amountEuros: z.number().nonnegative(),
  unit: z.enum(['total', 'hour']),
  taxIncluded: z.boolean().nullable(),
});

/**
 * What the VAE looks for in a bloc and what the bloc requires beforehand (France Compétences gives
 * no prerequisites per bloc). That the bloc is one of the record's is checked on write
 * (update-enrichment.ts), where the record's blocs are known.
 */
export const ZBlocNoteSchema = z
  .strictObject({
    blocCode: z.string().min(1),
    vaeFocus: z.string().min(1).nullable(),
    prerequisites: z.string().min(1).nullable().default(null),
  })
  .refine((note) => note.vaeFocus !== null || note.prerequisites !== null, BLOC_NOTE_TEXT_MESSAGE);
export const ZRomeAppellationSchema = z.strictObject({ romeCode: z.string().regex(/^[A-N]\d{4}$/), label: z.string().min(1) });
export const ZEnrichmentSourceSchema = z.strictObject({ document: z.string().min(1), note: z.string().nullable() });

export const ZCertificationEnrichmentSchema = z.strictObject({
  vaeFiling: ZVaeFilingSchema.nullable(),
  jury: ZJurySchema.nullable(),
  validationRates: ZValidationRatesSchema.nullable(),
  dispenses: z.array(ZDispenseSchema),
  equivalences: z.array(ZEquivalenceSchema),
  furtherStudies: z.array(ZFurtherStudySchema),
  insertion: ZInsertionSchema.nullable(),
  training: ZTrainingSchema.nullable(),
  prices: z.array(ZPriceSchema),
  validationConditions: z.array(z.string()),
  blocNotes: z.array(ZBlocNoteSchema),
  romeAppellations: z.array(ZRomeAppellationSchema),
  sources: z.array(ZEnrichmentSourceSchema),
});

export type TCertificationEnrichment = z.infer<typeof ZCertificationEnrichmentSchema>;
