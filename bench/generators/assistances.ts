import type { Database } from '../../server/db/client';
import { createPrng } from './prng';
import type { ScaleGenerator } from './types';

/**
 * Assistance renforcée for the pathways the pathway generator marked as assisted
 * (assistance_started_at): the assistance at the pathway's référent structure, an agreement the
 * candidate usually signs, one to four supports of the seed's catalogue, and a closure for those
 * whose assistance ended. Its own random stream: the rows of the earlier generators are unchanged.
 * The database triggers turn these rows into dashboard facts, as they do for the application's.
 */
const CHUNK = 2_000;
const DAY = 86_400_000;
const CLOSURES = [['certified', 35], ['partial_with_plan', 20], ['abandon', 25], ['relay', 12], ['max_duration', 8]] as const;
const SUPPORTS = Array.from({ length: 25 }, (_, i) => `SUP-${String(i + 1).padStart(2, '0')}`);
const PHASES = ['before_recevabilite', 'recevabilite_to_jury', 'after_jury'] as const;

type Json = Record<string, unknown>;
interface Assisted {
  pathway_id: string;
  organisation_id: string;
  user_id: string | null;
  started: string;
  ended: string | null;
}

async function insertJson(db: Database, table: string, columns: string, rows: Json[]): Promise<number> {
  if (rows.length === 0) return 0;
  const names = columns.split(', ').map((c) => c.split(' ')[0]).join(', ');
  await db.query(`INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS x(${columns})`, [JSON.stringify(rows)]);
  return rows.length;
}

const COLUMNS = {
  assistances: 'id uuid, pathway_id uuid, organisation_id uuid, referent_user_id uuid, proposer_kind text, start_phase text, status text, started_at timestamptz, closed_at timestamptz, closure_reason text, created_at timestamptz, updated_at timestamptz',
  agreements: 'id uuid, assistance_id uuid, version int, content jsonb, pdf bytea, sha256 text, next_appointment_at timestamptz, created_at timestamptz, accepted_at timestamptz, accepted_via text, accepted_signature_name text, accepted_sha256 text',
  plan: 'id uuid, assistance_id uuid, support_code text, wording text, nature text, phase text, carrier_kind text, status text, created_at timestamptz, updated_at timestamptz',
};

export const assistancesGenerator: ScaleGenerator = {
  name: 'assistances',
  // About 8 % of pathways are assisted, each with an agreement and ~2.5 supports.
  plannedRows: (state) => Math.round((state.options.pathways ?? 0) * 0.08 * 4.5),
  run: async (state, progress) => {
    if ((state.options.pathways ?? 0) === 0) return;
    const prng = createPrng(`${state.options.seed}:assistances`);
    const db = state.database;
    const assisted = await db.query<Assisted>(
      `SELECT p.id AS pathway_id, a.organisation_id, a.user_id, p.assistance_started_at::text AS started, p.assistance_ended_at::text AS ended
       FROM pathways p JOIN candidates c ON c.id = p.candidate_id JOIN users u ON u.id = c.user_id
       JOIN pathway_actors a ON a.pathway_id = p.id AND a.role = 'referent'
       WHERE p.assistance_started_at IS NOT NULL AND u.email LIKE $1 ORDER BY p.id`,
      [`%.${state.slug}.%@scale.jalon.test`],
    );
    for (let from = 0; from < assisted.length; from += CHUNK) {
      const rows: Record<keyof typeof COLUMNS, Json[]> = { assistances: [], agreements: [], plan: [] };
      for (const a of assisted.slice(from, from + CHUNK)) {
        const id = prng.uuid();
        const started = new Date(a.started);
        const ended = a.ended ? new Date(a.ended) : null;
        const phase = prng.pick(PHASES);
        rows.assistances.push({ id, pathway_id: a.pathway_id, organisation_id: a.organisation_id, referent_user_id: a.user_id, proposer_kind: 'counselling_structure', start_phase: phase, status: ended ? 'closed' : 'open', started_at: started, closed_at: ended, closure_reason: ended ? prng.weighted(CLOSURES) : null, created_at: started, updated_at: ended ?? started });
        const written = new Date(started.getTime() + prng.int(1, 20) * DAY);
        const signed = prng.next() < 0.85 && written <= state.reference ? new Date(written.getTime() + prng.int(0, 10) * DAY) : null;
        const sha = prng.uuid().replace(/-/g, '') + prng.uuid().replace(/-/g, '');
        rows.agreements.push({ id: prng.uuid(), assistance_id: id, version: 1, content: { generated: true }, pdf: '\\x00', sha256: sha, next_appointment_at: new Date(written.getTime() + 14 * DAY), created_at: written, accepted_at: signed, accepted_via: signed ? 'on_screen' : null, accepted_signature_name: signed ? 'Signé sur place' : null, accepted_sha256: signed ? sha : null });
        for (let i = prng.int(1, 4); i > 0; i--) {
          const at = new Date(started.getTime() + prng.int(0, 30) * DAY);
          rows.plan.push({ id: prng.uuid(), assistance_id: id, support_code: prng.pick(SUPPORTS), wording: 'Appui du catalogue', nature: prng.pick(['material', 'pedagogical', 'personal']), phase, carrier_kind: 'referent', status: 'planned', created_at: at, updated_at: at });
        }
      }
      let written = await insertJson(db, 'assistances', COLUMNS.assistances, rows.assistances);
      written += await insertJson(db, 'agreements', COLUMNS.agreements, rows.agreements);
      written += await insertJson(db, 'plan_items', COLUMNS.plan, rows.plan);
      progress(written);
    }
  },
};
