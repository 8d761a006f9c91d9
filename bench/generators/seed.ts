import { sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client';
import { departements, users } from '../../server/db/schema';
import { hashPassword } from '../../server/lib/passwords';
import { assistancesGenerator } from './assistances';
import { candidatesGenerator } from './candidates';
import { organisationsGenerator } from './organisations';
import { pathwaysGenerator } from './pathways';
import { professionalsGenerator } from './professionals';
import { targetsGenerator } from './targets';
import type { ScaleGenerator, ScaleOptions, ScaleState } from './types';

/** The password of every generated account (volume data only, never on a real installation). */
export const SCALE_PASSWORD = 'Jalon-Volume-2026!';

/** In dependency order: each generator may read what the previous ones recorded in the state. */
export const GENERATORS: readonly ScaleGenerator[] = [organisationsGenerator, professionalsGenerator, candidatesGenerator, pathwaysGenerator, assistancesGenerator, targetsGenerator];

// Generated timestamps count back from this date, so a seed gives the same rows whenever it runs.
export const SCALE_REFERENCE = new Date('2026-11-01T08:00:00Z');

export class ScaleSeedError extends Error {
  override name = 'ScaleSeedError';
}

export interface SeedHooks {
  onStart?(generator: string, plannedRows: number): void;
  onProgress?(generator: string, rows: number): void;
  onDone?(generator: string, rows: number, ms: number): void;
}

/** Writes the volume data into a migrated database that has its territories loaded. */
export async function seedScale(database: Database, options: ScaleOptions, hooks: SeedHooks = {}): Promise<ScaleState> {
  const slug = options.seed.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!slug) throw new ScaleSeedError('La graine doit contenir au moins une lettre ou un chiffre.');
  const [existing] = await database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(sql`${users.email} LIKE ${`%.${slug}.%@scale.jalon.test`}`);
  if ((existing?.n ?? 0) > 0) {
    throw new ScaleSeedError(`Des données de volume de graine « ${slug} » existent déjà dans cette base : choisissez une autre --seed.`);
  }
  const deps = await database.db.select().from(departements).orderBy(departements.code);
  if (deps.length === 0) throw new ScaleSeedError('Aucun département en base : chargez d’abord les territoires.');
  const state: ScaleState = {
    database,
    options,
    passwordHash: await hashPassword(SCALE_PASSWORD),
    reference: SCALE_REFERENCE,
    slug,
    departements: deps,
    organisations: [],
    professionalIds: [],
    candidates: [],
  };
  for (const g of GENERATORS) {
    const started = performance.now();
    let written = 0;
    hooks.onStart?.(g.name, g.plannedRows(state));
    await g.run(state, (rows) => {
      written += rows;
      hooks.onProgress?.(g.name, written);
    });
    hooks.onDone?.(g.name, written, performance.now() - started);
  }
  return state;
}
