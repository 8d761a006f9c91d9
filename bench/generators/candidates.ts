import { users } from '../../server/db/schema';
import { FIRST_NAMES, LAST_NAMES } from './names';
import { createPrng } from './prng';
import type { ScaleGenerator, ScaleState } from './types';
import { writeInBatches } from './write-batches';

type Row = { id: string; user: typeof users.$inferInsert; departementCode: string };

function* rows(state: ScaleState): Generator<Row> {
  const prng = createPrng(`${state.options.seed}:candidates`);
  // Candidates live where counselling structures work, so later pathways can find one nearby.
  const served = [...new Set(state.organisations.filter((o) => o.kind === 'counselling_structure').flatMap((o) => o.departementCodes))].sort();
  const homes = served.length > 0 ? served : state.departements.map((d) => d.code);
  for (let n = 1; n <= state.options.candidates; n++) {
    const createdAt = new Date(state.reference.getTime() - prng.int(0, 730 * 86_400) * 1000);
    const id = prng.uuid();
    yield {
      id,
      user: {
        id,
        email: `candidat.${state.slug}.${n}@scale.jalon.test`,
        displayName: `${prng.pick(FIRST_NAMES)} ${prng.pick(LAST_NAMES)}`,
        kind: 'candidate',
        passwordHash: state.passwordHash,
        createdAt,
        updatedAt: createdAt,
      },
      departementCode: prng.pick(homes),
    };
  }
}

export const candidatesGenerator: ScaleGenerator = {
  name: 'candidates',
  plannedRows: (state) => state.options.candidates,
  run: async (state, progress) => {
    await writeInBatches({
      database: state.database,
      rows: rows(state),
      batchRows: 2000,
      progress,
      write: async (tx, batch) => {
        await tx.insert(users).values(batch.map((r) => r.user));
        for (const r of batch) state.candidates.push({ id: r.id, departementCode: r.departementCode });
        return batch.length;
      },
    });
  },
};
