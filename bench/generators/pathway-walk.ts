import type { JuryOverall, PathwayState } from '../../common/pathway';
import type { Prng } from './prng';

/**
 * One pathway's history, simulated step by step along the state machine of
 * `server/domain/pathway-machine.ts` (same transitions, same from/to states, same cycle rules),
 * from its start until the reference date: the state it ends in is the state reached when the next
 * step would fall after the reference date, so older pathways are further along, as in real data.
 */

export type WalkRole = 'candidate' | 'referent' | 'accompagnateur' | 'certificateur_agent';

export interface WalkStep {
  type: string;
  from: PathwayState;
  to: PathwayState;
  cycle: number;
  role: WalkRole;
  at: Date;
  data: Record<string, unknown>;
}

export interface WalkJury {
  cycle: number;
  scheduledAt: Date;
  createdAt: Date;
  place: string;
  format: 'presentiel' | 'distanciel';
  attendance: 'present' | 'absent' | 'excused' | null;
  overall: JuryOverall | null;
  resultEnteredAt: Date | null;
  /** Index in the blocs list → validated. */
  results: { bloc: number; validated: boolean }[];
}

export interface Walk {
  state: PathwayState;
  cycle: number;
  lastJuryOverall: JuryOverall | null;
  steps: WalkStep[];
  juries: WalkJury[];
  /** Per targeted bloc: when and in which cycle it was acquired, or null. */
  acquired: ({ at: Date; cycle: number } | null)[];
  faisabiliteFiledAt: Date | null;
  recevabiliteDecidedAt: Date | null;
  closedAt: Date | null;
  closureReason: 'abandon' | 'recevabilite_expired' | 'pathway_expired' | null;
  lastContactAt: Date;
  updatedAt: Date;
}

const DAY = 86_400_000;
const PLACES = ['Salle du jury, Caen', 'Maison de la VAE, Rouen', 'Visioconférence', 'Centre d’examen, Lyon', 'Rectorat, Nantes'];

export function walkPathway(prng: Prng, startedAt: Date, blocCodes: readonly string[], reference: Date): Walk {
  const w: Walk = {
    state: 'information',
    cycle: 1,
    lastJuryOverall: null,
    steps: [],
    juries: [],
    acquired: blocCodes.map(() => null),
    faisabiliteFiledAt: null,
    recevabiliteDecidedAt: null,
    closedAt: null,
    closureReason: null,
    lastContactAt: startedAt,
    updatedAt: startedAt,
  };
  let t = startedAt.getTime();
  const remaining = () => w.acquired.flatMap((a, i) => (a === null ? [i] : []));
  /** Moves time on by `days` (± jitter); false when that lands after the reference date. */
  const wait = (minDays: number, maxDays: number): boolean => {
    const next = t + prng.int(minDays * 24, maxDays * 24) * 3_600_000;
    if (next > reference.getTime()) return false;
    t = next;
    return true;
  };
  const step = (type: string, to: PathwayState, role: WalkRole, data: Record<string, unknown> = {}) => {
    const at = new Date(t);
    w.steps.push({ type, from: w.state, to, cycle: w.cycle, role, at, data });
    w.state = to;
    w.updatedAt = at;
    // A certificateur's decision is not a contact with the candidate (as in transition-pathway.ts).
    if (role !== 'certificateur_agent') w.lastContactAt = at;
  };
  const pro = (): WalkRole => prng.weighted([['referent', 6], ['accompagnateur', 3], ['candidate', 1]] as const);
  const abandon = (p: number): boolean => {
    if (prng.next() >= p) return false;
    step('close', 'closed', 'referent', { reason: 'abandon', details: 'Le candidat ne donne plus suite.' });
    w.closedAt = new Date(t);
    w.closureReason = 'abandon';
    return true;
  };

  for (let guard = 0; guard < 60; guard++) {
    switch (w.state) {
      case 'information':
        if (!wait(5, 40) || abandon(0.04)) return w;
        step('start_faisabilite', 'faisabilite_preparation', pro());
        break;
      case 'faisabilite_preparation':
        if (!wait(15, 60) || abandon(0.04)) return w;
        step('file_faisabilite', 'faisabilite_filed', pro());
        w.faisabiliteFiledAt = new Date(t);
        w.recevabiliteDecidedAt = null;
        break;
      case 'faisabilite_filed': {
        if (!wait(10, 75)) return w;
        const decision = prng.weighted([['recevable', 68], ['incomplete', 24], ['non_recevable', 8]] as const);
        if (decision === 'recevable') {
          step('declare_recevable', 'recevable', 'certificateur_agent', { decidedOn: new Date(t).toISOString() });
          w.recevabiliteDecidedAt = new Date(t);
        } else if (decision === 'incomplete') {
          step('declare_incomplete', 'faisabilite_preparation', 'certificateur_agent', { missing: 'Justificatifs d’activité manquants.' });
        } else {
          step('declare_non_recevable', 'non_recevable', 'certificateur_agent', { reasons: 'Expérience insuffisante en rapport avec la certification.' });
          w.recevabiliteDecidedAt = new Date(t);
        }
        break;
      }
      case 'non_recevable':
        if (!wait(10, 60)) return w;
        if (prng.next() < 0.5) {
          step('close', 'closed', 'referent', { reason: 'abandon', details: 'Non recevable, le candidat renonce.' });
          w.closedAt = new Date(t);
          w.closureReason = 'abandon';
          return w;
        }
        step('restart_faisabilite', 'faisabilite_preparation', pro());
        break;
      case 'recevable':
        if (!wait(3, 30) || abandon(0.03)) return w;
        step('start_validation', 'validation_writing', pro());
        break;
      case 'validation_writing':
        if (!wait(30, 120) || abandon(0.05)) return w;
        step('file_validation', 'validation_filed', pro());
        break;
      case 'validation_filed': {
        if (!wait(5, 30)) return w;
        const scheduledAt = new Date(t + prng.int(15, 50) * DAY);
        const place = prng.pick(PLACES);
        const format = place === 'Visioconférence' ? 'distanciel' : 'presentiel';
        step('schedule_jury', 'jury_scheduled', 'certificateur_agent', { date: scheduledAt.toISOString(), place, format, convocationSent: true });
        w.juries.push({ cycle: w.cycle, scheduledAt, createdAt: new Date(t), place, format, attendance: null, overall: null, resultEnteredAt: null, results: [] });
        break;
      }
      case 'jury_scheduled': {
        const jury = w.juries[w.juries.length - 1];
        if (!jury) return w;
        const after = jury.scheduledAt.getTime() + prng.int(1, 10) * DAY;
        if (after > reference.getTime()) return w;
        t = Math.max(t, after);
        const attendance = prng.weighted([['present', 88], ['absent', 5], ['excused', 7]] as const);
        jury.attendance = attendance;
        jury.resultEnteredAt = new Date(t);
        if (attendance === 'excused') {
          step('record_jury_result', 'validation_filed', 'certificateur_agent', { attendance, blocs: [] });
          break;
        }
        if (attendance === 'absent') {
          jury.overall = 'none';
          w.lastJuryOverall = 'none';
          step('record_jury_result', 'jury_result_entered', 'certificateur_agent', { attendance, blocs: [] });
          break;
        }
        const presented = remaining();
        jury.results = presented.map((bloc) => ({ bloc, validated: prng.next() < 0.6 }));
        const validated = jury.results.filter((r) => r.validated);
        for (const r of validated) w.acquired[r.bloc] = { at: new Date(t), cycle: w.cycle };
        const overall: JuryOverall = validated.length === presented.length ? 'total' : validated.length > 0 ? 'partial' : 'none';
        jury.overall = overall;
        w.lastJuryOverall = overall;
        step('record_jury_result', 'jury_result_entered', 'certificateur_agent', {
          attendance,
          blocs: jury.results.map((r) => ({ code: blocCodes[r.bloc], validated: r.validated })),
        });
        break;
      }
      case 'jury_result_entered':
        if (!wait(5, 30)) return w;
        step('hold_post_jury_interview', 'post_jury', prng.pick(['referent', 'accompagnateur'] as const), { heldOn: new Date(t).toISOString(), summary: 'Entretien post-jury tenu, suite du parcours convenue.' });
        break;
      case 'post_jury':
        if (!wait(2, 30)) return w;
        if (remaining().length === 0) {
          step('obtain_certification', 'closed_certified', 'referent');
          w.closedAt = new Date(t);
          return w;
        }
        if (abandon(0.1)) return w;
        step('start_new_cycle', 'validation_writing', pro());
        w.cycle += 1;
        w.steps[w.steps.length - 1] = { ...(w.steps[w.steps.length - 1] as WalkStep), cycle: w.cycle };
        break;
      default:
        return w;
    }
  }
  return w;
}
