import type { OrganisationKind, Role } from '../../common/organisations';
import { memberships, users } from '../../server/db/schema';
import { FIRST_NAMES, LAST_NAMES } from './names';
import { createPrng } from './prng';
import type { ScaleGenerator, ScaleState } from './types';
import { writeInBatches } from './write-batches';

// The roles people actually hold in each kind of organisation, cycled through its members.
const ROLES_BY_KIND: Record<OrganisationKind, Role[]> = {
  counselling_structure: ['director', 'referent', 'referent', 'conseiller'],
  accompaniment_organisation: ['director', 'accompagnateur', 'accompagnateur'],
  certificateur: ['certificateur_agent'],
  partner: ['conseiller'],
  funder: ['funder_analyst'],
  school: ['school_staff'],
  commanditaire: ['funder_analyst', 'admin'],
  resource_centre: ['funder_analyst'],
};

type Row = { id: string; user: typeof users.$inferInsert; membership: typeof memberships.$inferInsert };

function* rows(state: ScaleState): Generator<Row> {
  const prng = createPrng(`${state.options.seed}:professionals`);
  let n = 0;
  for (const org of state.organisations) {
    const roles = ROLES_BY_KIND[org.kind];
    for (let k = 0; k < state.options.professionalsPerOrganisation; k++) {
      n++;
      const id = prng.uuid();
      const createdAt = new Date(state.reference.getTime() - prng.int(0, 365 * 86_400) * 1000);
      yield {
        id,
        user: {
          id,
          email: `pro.${state.slug}.${n}@scale.jalon.test`,
          displayName: `${prng.pick(FIRST_NAMES)} ${prng.pick(LAST_NAMES)}`,
          kind: 'professional',
          passwordHash: state.passwordHash,
          createdAt,
          updatedAt: createdAt,
        },
        membership: { id: prng.uuid(), userId: id, organisationId: org.id, role: roles[k % roles.length] ?? 'conseiller', createdAt },
      };
    }
  }
}

export const professionalsGenerator: ScaleGenerator = {
  name: 'professionals',
  plannedRows: (state) => state.options.organisations * state.options.professionalsPerOrganisation * 2,
  run: async (state, progress) => {
    await writeInBatches({
      database: state.database,
      rows: rows(state),
      batchRows: 2000,
      progress,
      write: async (tx, batch) => {
        await tx.insert(users).values(batch.map((r) => r.user));
        await tx.insert(memberships).values(batch.map((r) => r.membership));
        for (const r of batch) state.professionalIds.push(r.id);
        return batch.length * 2;
      },
    });
  },
};
