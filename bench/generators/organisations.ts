import type { OrganisationKind } from '../../common/organisations';
import { organisationDepartements, organisations } from '../../server/db/schema';
import { createPrng } from './prng';
import type { GeneratedOrganisation, ScaleGenerator, ScaleState } from './types';
import { writeInBatches } from './write-batches';

// Roughly the mix of a regional VAE network: many counselling and accompaniment structures, few funders.
const KIND_WEIGHTS: [OrganisationKind, number][] = [
  ['counselling_structure', 35],
  ['accompaniment_organisation', 30],
  ['certificateur', 10],
  ['partner', 10],
  ['funder', 5],
  ['school', 5],
  ['commanditaire', 3],
  ['resource_centre', 2],
];

const NAME_PREFIX: Record<OrganisationKind, string> = {
  counselling_structure: 'Point relais conseil VAE',
  accompaniment_organisation: 'Accompagnement VAE',
  certificateur: 'Certificateur',
  partner: 'Partenaire',
  funder: 'Financeur',
  school: 'Établissement',
  commanditaire: 'Commanditaire',
  resource_centre: 'Centre ressource',
};

// These act on a whole region; the others on one to three of its départements.
const REGIONAL: ReadonlySet<OrganisationKind> = new Set(['commanditaire', 'funder', 'resource_centre', 'certificateur']);

type Row = GeneratedOrganisation & { row: typeof organisations.$inferInsert };

function* rows(state: ScaleState): Generator<Row> {
  const prng = createPrng(`${state.options.seed}:organisations`);
  const regions = new Map<string, ScaleState['departements']>();
  for (const d of state.departements) regions.set(d.regionCode, [...(regions.get(d.regionCode) ?? []), d]);
  const regionList = [...regions.values()];
  // With --structures, the first S organisations are counselling structures placed by département
  // (so each département has its share), the others drawn among the remaining kinds.
  const structures = state.options.structures;
  const others = KIND_WEIGHTS.filter(([k]) => k !== 'counselling_structure');
  for (let i = 0; i < state.options.organisations; i++) {
    const kind = structures === undefined ? prng.weighted(KIND_WEIGHTS) : i < structures ? 'counselling_structure' : prng.weighted(others);
    const home = structures !== undefined && i < structures ? prng.pick(state.departements) : null;
    const region = home ? (regions.get(home.regionCode) ?? []) : prng.pick(regionList);
    const count = REGIONAL.has(kind) ? region.length : Math.min(region.length, prng.int(1, 3));
    const start = home ? region.indexOf(home) : prng.int(0, region.length - 1);
    const deps = Array.from({ length: count }, (_, k) => region[(start + k) % region.length]).filter((d) => d !== undefined);
    const createdAt = new Date(state.reference.getTime() - prng.int(0, 730 * 86_400) * 1000);
    const id = prng.uuid();
    const name = `${NAME_PREFIX[kind]} ${deps[0]?.name ?? ''} n° ${i + 1}`;
    yield { id, kind, departementCodes: deps.map((d) => d.code), row: { id, kind, name, createdAt, updatedAt: createdAt } };
  }
}

export const organisationsGenerator: ScaleGenerator = {
  name: 'organisations',
  // About two département links per organisation; the bar only needs an estimate.
  plannedRows: (state) => state.options.organisations * 3,
  run: async (state, progress) => {
    await writeInBatches({
      database: state.database,
      rows: rows(state),
      batchRows: 2000,
      progress,
      write: async (tx, batch) => {
        await tx.insert(organisations).values(batch.map((r) => r.row));
        const links = batch.flatMap((r) => r.departementCodes.map((departementCode) => ({ organisationId: r.id, departementCode })));
        if (links.length > 0) await tx.insert(organisationDepartements).values(links);
        for (const { id, kind, departementCodes } of batch) state.organisations.push({ id, kind, departementCodes });
        return batch.length + links.length;
      },
    });
  },
};
