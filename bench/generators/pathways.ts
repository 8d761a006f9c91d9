import type { CandidateSituation, FundingRoute } from '../../common/candidates';
import type { Database } from '../../server/db/client';
import { seedCertifications } from '../../server/modules/certifications/features/seed-certifications';
import { FIRST_NAMES, LAST_NAMES } from './names';
import { walkPathway, type WalkRole } from './pathway-walk';
import { createPrng, type Prng } from './prng';
import type { GeneratedOrganisation, ScaleGenerator, ScaleState } from './types';

/**
 * Candidate files (`candidates`, created by the counselling structure of the candidate's
 * département), then pathways on the certifications that have blocs, each with its blocs, actors
 * (référent structure, accompagnateur, certificateur, sometimes a funder), its history of
 * transitions walked along the state machine (pathway-walk.ts), jury sessions and per-bloc results.
 *
 * Rows are built in memory one chunk of pathways at a time and sent as one JSON parameter per
 * table, expanded server-side by `jsonb_to_recordset`: a handful of statements per chunk, so 1.5
 * million transitions take minutes, identically on PGlite and PostgreSQL.
 */

const CHUNK = 2_000;
const DAY = 86_400_000;
/** Pathways start up to this many days before the reference date (≈ 10 transitions each on average). */
const MAX_AGE_DAYS = 1_200;

const SITUATIONS: [CandidateSituation, number][] = [['private_employee', 45], ['job_seeker', 25], ['public_employee', 12], ['self_employed', 8], ['volunteer', 5], ['carer', 5]];
const FUNDING: [FundingRoute, number][] = [['cpf', 40], ['opco', 20], ['france_travail', 15], ['region', 10], ['employer', 8], ['self', 5], ['other', 2]];

type Json = Record<string, unknown>;
interface Context {
  certs: { id: string; blocs: { id: string; code: string }[] }[];
  structures: GeneratedOrganisation[];
  structuresByDep: Map<string, GeneratedOrganisation[]>;
  accompaniment: GeneratedOrganisation[];
  certificateurs: GeneratedOrganisation[];
  funders: GeneratedOrganisation[];
  /** organisationId → user ids by membership role. */
  members: Map<string, Map<string, string[]>>;
}

async function loadContext(state: ScaleState): Promise<Context> {
  const db = state.database;
  const blocCount = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM certification_blocs');
  if ((blocCount[0]?.n ?? 0) === 0) await seedCertifications(db, { now: () => state.reference });
  const rows = await db.query<{ id: string; blocs: { id: string; code: string }[] }>(
    `SELECT c.id, json_agg(json_build_object('id', b.id, 'code', b.code) ORDER BY b.position, b.code) AS blocs
       FROM certifications c JOIN certification_blocs b ON b.certification_id = c.id
      GROUP BY c.id ORDER BY c.code`,
  );
  if (rows.length === 0) throw new Error('Aucune certification avec des blocs : le générateur de parcours en a besoin.');
  const of = (kind: GeneratedOrganisation['kind']) => state.organisations.filter((o) => o.kind === kind);
  const structures = of('counselling_structure');
  if (structures.length === 0) throw new Error('Aucune structure de conseil générée : augmentez --organisations.');
  const structuresByDep = new Map<string, GeneratedOrganisation[]>();
  for (const s of structures) for (const d of s.departementCodes) structuresByDep.set(d, [...(structuresByDep.get(d) ?? []), s]);
  const members = new Map<string, Map<string, string[]>>();
  const ids = state.organisations.map((o) => o.id);
  const ms = ids.length ? await db.query<{ organisation_id: string; user_id: string; role: string }>('SELECT organisation_id, user_id, role FROM memberships WHERE organisation_id = ANY($1::uuid[]) ORDER BY id', [ids]) : [];
  for (const m of ms) {
    const byRole = members.get(m.organisation_id) ?? new Map<string, string[]>();
    byRole.set(m.role, [...(byRole.get(m.role) ?? []), m.user_id]);
    members.set(m.organisation_id, byRole);
  }
  return { certs: rows, structures, structuresByDep, accompaniment: of('accompaniment_organisation'), certificateurs: of('certificateur'), funders: of('funder'), members };
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

async function insertJson(db: Database, table: string, columns: string, rows: Json[]): Promise<number> {
  if (rows.length === 0) return 0;
  const names = columns.split(', ').map((c) => c.split(' ')[0]).join(', ');
  await db.query(`INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS x(${columns})`, [JSON.stringify(rows)]);
  return rows.length;
}

const COLUMNS = {
  candidates: 'id uuid, user_id uuid, first_name text, last_name text, situation text, departement_code text, created_by_organisation_id uuid, created_at timestamptz, updated_at timestamptz',
  pathways:
    'id uuid, candidate_id uuid, certification_id uuid, state text, cycle int, last_jury_overall text, started_at timestamptz, closed_at timestamptz, closure_reason text, closure_details text, funding_route text, last_contact_at timestamptz, faisabilite_filed_at timestamptz, recevabilite_decided_at timestamptz, accompaniment_requested_at timestamptz, accompaniment_answered_at timestamptz, assistance_started_at timestamptz, assistance_ended_at timestamptz, created_at timestamptz, updated_at timestamptz',
  blocs: 'pathway_id uuid, bloc_id uuid, acquired_at timestamptz, acquired_cycle int',
  actors: 'id uuid, pathway_id uuid, organisation_id uuid, user_id uuid, role text, created_at timestamptz',
  transitions: 'id uuid, pathway_id uuid, type text, from_state text, to_state text, cycle int, actor_user_id uuid, actor_organisation_id uuid, actor_role text, at timestamptz, data jsonb',
  juries: 'id uuid, pathway_id uuid, cycle int, scheduled_at timestamptz, place text, format text, convocation_sent boolean, attendance text, overall text, result_entered_at timestamptz, created_at timestamptz',
  results: 'session_id uuid, bloc_id uuid, validated boolean, preconisations text',
};

/** The candidate files: one per generated candidate account, by a structure serving its département. */
async function writeCandidates(state: ScaleState, ctx: Context, prng: Prng, progress: (n: number) => void) {
  const files: { id: string; userId: string; structure: GeneratedOrganisation; createdAt: Date }[] = [];
  for (let from = 0; from < state.candidates.length; from += CHUNK * 5) {
    const rows: Json[] = [];
    for (const c of state.candidates.slice(from, from + CHUNK * 5)) {
      const structure = prng.pick(ctx.structuresByDep.get(c.departementCode) ?? ctx.structures);
      const createdAt = new Date(state.reference.getTime() - prng.int(MAX_AGE_DAYS + 10, MAX_AGE_DAYS + 60) * DAY);
      const id = prng.uuid();
      files.push({ id, userId: c.id, structure, createdAt });
      rows.push({ id, user_id: c.id, first_name: prng.pick(FIRST_NAMES), last_name: prng.pick(LAST_NAMES), situation: prng.weighted(SITUATIONS), departement_code: c.departementCode, created_by_organisation_id: structure.id, created_at: createdAt, updated_at: createdAt });
    }
    progress(await insertJson(state.database, 'candidates', COLUMNS.candidates, rows));
  }
  return files;
}

async function writeChunk(db: Database, t: Record<Exclude<keyof typeof COLUMNS, 'candidates'>, Json[]>): Promise<number> {
  let written = await insertJson(db, 'pathways', COLUMNS.pathways, t.pathways);
  written += await insertJson(db, 'pathway_blocs', COLUMNS.blocs, t.blocs);
  written += await insertJson(db, 'pathway_actors', COLUMNS.actors, t.actors);
  written += await insertJson(db, 'pathway_transitions', COLUMNS.transitions, t.transitions);
  written += await insertJson(db, 'jury_sessions', COLUMNS.juries, t.juries);
  written += await insertJson(db, 'jury_bloc_results', COLUMNS.results, t.results);
  return written;
}

export const pathwaysGenerator: ScaleGenerator = {
  name: 'pathways',
  // Per pathway: itself, ~3 blocs, ~3.6 actors, ~10 transitions, ~1.4 juries and results.
  plannedRows: (state) => (state.options.pathways ?? 0) * 19 + ((state.options.pathways ?? 0) > 0 ? state.candidates.length : 0),
  run: async (state, progress) => {
    const total = state.options.pathways ?? 0;
    if (total === 0) return;
    if (state.candidates.length === 0) throw new Error('Des parcours demandent des candidats : --candidates doit être positif.');
    const prng = createPrng(`${state.options.seed}:pathways`);
    const ctx = await loadContext(state);
    const files = await writeCandidates(state, ctx, prng, progress);
    const user = (orgId: string, role: string): string | null => {
      const list = ctx.members.get(orgId)?.get(role);
      return list && list.length > 0 ? prng.pick(list) : null;
    };
    // The next chunk is built while the previous one is being written (the server works on one
    // core, this process on the other); the random draws keep their order, so rows are unchanged.
    let writing: Promise<void> = Promise.resolve();
    for (let from = 0; from < total; from += CHUNK) {
      const t: Record<Exclude<keyof typeof COLUMNS, 'candidates'>, Json[]> = { pathways: [], blocs: [], actors: [], transitions: [], juries: [], results: [] };
      for (let n = from; n < Math.min(total, from + CHUNK); n++) {
        const file = files[n % files.length];
        if (!file) continue;
        const cert = prng.pick(ctx.certs);
        const id = prng.uuid();
        const startedAt = new Date(state.reference.getTime() - prng.int(0, MAX_AGE_DAYS * 24) * 3_600_000);
        const w = walkPathway(prng, startedAt, cert.blocs.map((b) => b.code), state.reference);
        // Who acts for each machine role on this pathway.
        const actors = new Map<WalkRole, { org: string; user: string | null }>();
        actors.set('referent', { org: file.structure.id, user: user(file.structure.id, 'referent') });
        if (ctx.accompaniment.length > 0 && prng.next() < 0.85) {
          const org = prng.pick(ctx.accompaniment).id;
          actors.set('accompagnateur', { org, user: user(org, 'accompagnateur') });
        }
        if (ctx.certificateurs.length > 0) {
          const org = prng.pick(ctx.certificateurs).id;
          actors.set('certificateur_agent', { org, user: user(org, 'certificateur_agent') });
        }
        for (const [role, a] of actors) t.actors.push({ id: prng.uuid(), pathway_id: id, organisation_id: a.org, user_id: a.user, role, created_at: startedAt });
        if (ctx.funders.length > 0 && prng.next() < 0.6) t.actors.push({ id: prng.uuid(), pathway_id: id, organisation_id: prng.pick(ctx.funders).id, user_id: null, role: 'funder', created_at: startedAt });
        for (const s of w.steps) {
          const a = s.role === 'candidate' ? { org: null, user: file.userId } : (actors.get(s.role) ?? actors.get('referent'));
          const actorRole = s.role === 'accompagnateur' && !actors.has('accompagnateur') ? 'referent' : s.role;
          t.transitions.push({ id: prng.uuid(), pathway_id: id, type: s.type, from_state: s.from, to_state: s.to, cycle: s.cycle, actor_user_id: a?.user ?? null, actor_organisation_id: a?.org ?? null, actor_role: actorRole, at: s.at, data: s.data });
        }
        cert.blocs.forEach((b, i) => {
          const acq = w.acquired[i];
          t.blocs.push({ pathway_id: id, bloc_id: b.id, acquired_at: iso(acq?.at), acquired_cycle: acq?.cycle ?? null });
        });
        for (const j of w.juries) {
          const sessionId = prng.uuid();
          t.juries.push({ id: sessionId, pathway_id: id, cycle: j.cycle, scheduled_at: j.scheduledAt, place: j.place, format: j.format, convocation_sent: true, attendance: j.attendance, overall: j.overall, result_entered_at: iso(j.resultEnteredAt), created_at: j.createdAt });
          for (const r of j.results) t.results.push({ session_id: sessionId, bloc_id: cert.blocs[r.bloc]?.id, validated: r.validated, preconisations: r.validated ? null : 'Approfondir les situations professionnelles du bloc.' });
        }
        // Accompaniment requested for some pathways, usually answered; assistance for a few.
        const requested = prng.next() < 0.4 ? new Date(startedAt.getTime() + prng.int(1, 20) * DAY) : null;
        const requestedAt = requested && requested <= state.reference ? requested : null;
        const answered = requestedAt && prng.next() < 0.92 ? new Date(requestedAt.getTime() + prng.int(2, 40) * DAY) : null;
        const assisted = prng.next() < 0.08 ? new Date(startedAt.getTime() + prng.int(30, 200) * DAY) : null;
        const assistanceStartedAt = assisted && assisted <= state.reference ? assisted : null;
        const assistanceEnd = assistanceStartedAt && prng.next() < 0.6 ? new Date(assistanceStartedAt.getTime() + prng.int(60, 600) * DAY) : null;
        t.pathways.push({
          id,
          candidate_id: file.id,
          certification_id: cert.id,
          state: w.state,
          cycle: w.cycle,
          last_jury_overall: w.lastJuryOverall,
          started_at: startedAt,
          closed_at: iso(w.closedAt),
          closure_reason: w.closureReason,
          closure_details: w.closureReason ? 'Le candidat ne donne plus suite.' : null,
          funding_route: prng.weighted(FUNDING),
          last_contact_at: w.lastContactAt,
          faisabilite_filed_at: iso(w.faisabiliteFiledAt),
          recevabilite_decided_at: iso(w.recevabiliteDecidedAt),
          accompaniment_requested_at: iso(requestedAt),
          accompaniment_answered_at: answered && answered <= state.reference ? answered : null,
          assistance_started_at: iso(assistanceStartedAt),
          assistance_ended_at: assistanceEnd && assistanceEnd <= state.reference ? assistanceEnd : null,
          created_at: startedAt,
          updated_at: w.updatedAt,
        });
      }
      await writing;
      writing = writeChunk(state.database, t).then(progress);
    }
    await writing;
  },
};
