import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { blocNoteChecker } from '../../../../common/certifications';
import type { Database, Tx } from '../../../db/client';
import { certificationEnrichments } from '../../../db/schema/certifications';
import { ACCESS_ROUTES } from '../import/types';
import type { ParsedCertification } from '../import/types';
import { completeAccessRoutes } from '../import/issues';
import { contentHash } from '../import/finish-record';
import { parseCertificationCode } from '../import/text';
import { loadExistingStates, refreshLexicon, writeRecords } from '../certifications.store';
import { ZCertificationEnrichmentSchema } from '../certifications.enrichment-schema';
import type { TCertificationEnrichment } from '../certifications.enrichment-schema';

export const SEED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../reference/certifications');

const text = z.string().min(1).nullable().default(null);
const isoDate = z.iso.date().nullable().default(null);

/** A seed file: the registry fields the source documents give, and the VAE enrichment. */
export const ZSeedCertificationFileSchema = z.strictObject({
  certification: z.strictObject({
    code: z.string().refine((c) => parseCertificationCode(c)?.code === c, 'code RNCP… ou RS… canonique attendu'),
    title: z.string().min(1),
    shortTitle: text,
    shortTitleCode: text,
    level: z.number().int().min(1).max(8).nullable().default(null),
    active: z.boolean(),
    registrationEndDate: isoDate,
    lastJoDate: isoDate,
    decisionDate: isoDate,
    partialValidation: z.boolean().nullable().default(null),
    activities: text,
    capacities: text,
    sectors: text,
    jobs: z.array(z.string().min(1)).default([]),
    objectivesContext: text,
    entryPrerequisites: text,
    validationPrerequisites: text,
    accessRoutes: z.array(z.enum(ACCESS_ROUTES as [string, ...string[]])),
    certificateurs: z.array(z.strictObject({ siret: z.string().regex(/^\d{14}$/).nullable(), name: z.string().min(1) })),
    blocs: z.array(z.strictObject({ code: z.string().min(1), label: z.string().min(1), competences: z.array(z.string().min(1)) })),
    codes: z.array(
      z.strictObject({ system: z.enum(['rome', 'nsf', 'formacode', 'idcc']), code: z.string().min(1), label: z.string().min(1).nullable() }),
    ),
  }),
  enrichment: ZCertificationEnrichmentSchema,
}).refine(
  // As on an edit (update-enrichment.ts): a bloc note concerns one of the record's blocs, once.
  (seed) => {
    const check = blocNoteChecker(seed.certification.blocs.map((b) => b.code));
    return seed.enrichment.blocNotes.every((note) => check(note.blocCode) === null);
  },
  { message: 'chaque note de bloc doit porter sur un bloc de la certification', path: ['enrichment', 'blocNotes'] },
);
export type TSeedCertificationFile = z.infer<typeof ZSeedCertificationFileSchema>;

export interface SeedReport {
  created: number;
  updated: number;
  unchanged: number;
  /** Already brought by an import: the registry wins, only the enrichment is seeded. */
  keptImported: number;
  enrichmentsWritten: number;
}

export function loadSeedFiles(dir = SEED_DIR): TSeedCertificationFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = ZSeedCertificationFileSchema.safeParse(JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(`Fichier de référence invalide ${f} : ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}

/**
 * Loads the reference certifications and their VAE enrichment. Idempotent: a second run writes
 * nothing. A record an import already brought keeps its imported fields; an enrichment a person
 * edited keeps their edit (a newer reference file only updates enrichments nobody edited).
 */
export async function seedCertifications(database: Database, options: { dir?: string; now?: () => Date } = {}): Promise<SeedReport> {
  const now = options.now ?? (() => new Date());
  const seeds = loadSeedFiles(options.dir);
  return database.db.transaction(async (tx) => {
    const report: SeedReport = { created: 0, updated: 0, unchanged: 0, keptImported: 0, enrichmentsWritten: 0 };
    const existing = await loadExistingStates(tx, seeds.map((s) => s.certification.code));
    for (const seed of seeds) {
      const record = toParsedCertification(seed);
      const hash = contentHash(record);
      const state = existing.get(record.code);
      let id = state?.id;
      if (state?.source === 'import') {
        report.keptImported++;
      } else if (state && state.contentHash === hash && !state.deactivated) {
        report.unchanged++;
      } else {
        const ids = await writeRecords(tx, [{ record, hash }], { source: 'seed', now: now() });
        id = ids.get(record.code);
        if (state) report.updated++;
        else report.created++;
      }
      if (id && (await writeEnrichment(tx, id, seed.enrichment, now()))) report.enrichmentsWritten++;
    }
    await refreshLexicon(tx);
    return report;
  });
}

async function writeEnrichment(tx: Tx, certificationId: string, enrichment: TCertificationEnrichment, now: Date): Promise<boolean> {
  const [current] = await tx.select().from(certificationEnrichments).where(eq(certificationEnrichments.certificationId, certificationId));
  if (current) {
    // A person's edit wins over the reference file, at this start and every later one.
    if (current.editedAt !== null) return false;
    const { certificationId: _id, updatedAt: _at, editedAt: _edited, ...stored } = current;
    const parsed = ZCertificationEnrichmentSchema.safeParse(stored);
    if (parsed.success && JSON.stringify(parsed.data) === JSON.stringify(enrichment)) return false;
  }
  const values = { ...enrichment, certificationId, updatedAt: now };
  await tx.insert(certificationEnrichments).values(values).onConflictDoUpdate({
    target: certificationEnrichments.certificationId,
    set: { ...enrichment, updatedAt: now },
    // Never over an enrichment a person edited since it was read above.
    setWhere: isNull(certificationEnrichments.editedAt),
  });
  return true;
}

export function toParsedCertification(seed: TSeedCertificationFile): ParsedCertification {
  const c = seed.certification;
  const code = parseCertificationCode(c.code)!;
  const open = new Set(c.accessRoutes);
  return {
    code: code.code,
    kind: code.kind,
    number: code.number,
    sourceFicheId: null,
    title: c.title,
    shortTitle: c.shortTitle,
    shortTitleCode: c.shortTitleCode,
    level: c.level,
    levelCode: c.level == null ? null : `NIV${c.level}`,
    state: null,
    active: c.active,
    registrationType: null,
    decisionDate: c.decisionDate,
    effectDate: null,
    registrationEndDate: c.registrationEndDate,
    lastJoDate: c.lastJoDate,
    deliveryLimitDate: null,
    publicationDate: null,
    registrationDurationYears: null,
    partialValidation: c.partialValidation,
    partnersExist: null,
    accessibleNewCaledonia: null,
    accessibleFrenchPolynesia: null,
    activities: c.activities,
    capacities: c.capacities,
    sectors: c.sectors,
    jobs: c.jobs.length > 0 ? c.jobs.map((j) => `- ${j}`).join('\n') : null,
    entryPrerequisites: c.entryPrerequisites,
    validationPrerequisites: c.validationPrerequisites,
    objectivesContext: c.objectivesContext,
    regulatedActivities: null,
    skillLevel: null,
    descriptionUrl: null,
    accessRoutes: completeAccessRoutes(
      Object.fromEntries(ACCESS_ROUTES.filter((r) => open.has(r)).map((r) => [r, { active: true, juryComposition: null, modifiedOn: null }])),
    ),
    statistics: [],
    publications: [],
    blocCorrespondences: [],
    levelPromotionYears: [],
    certificateurs: c.certificateurs.map((f) => ({ siret: f.siret, name: f.name, state: null, stateChangedOn: null, website: null })),
    partners: [],
    blocs: c.blocs.map((b) => ({
      code: b.code,
      label: b.label,
      competences: b.competences.map((x) => `- ${x}`).join('\n'),
      evaluationMethods: null,
    })),
    codes: c.codes.map((k) => ({ system: k.system, code: k.code, label: k.label })),
    links: [],
  };
}
