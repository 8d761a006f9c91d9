import { addDays } from 'date-fns';
import { ASSISTANCE_PHASES } from '../../../../common/assistance';
import { TARGET_SERVICES } from '../../../../common/targets';
import type { Database } from '../../../db/client';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import type { Principal } from '../../../lib/principal';
import { listToHandle } from '../../assistance/features/to-handle';
import { agendaCount, caseloadByPhase } from '../aggregates/activity';
import { parisYearMonth } from '../aggregates/calendar';
import { readRollup } from '../aggregates/rollup';
import { assertDashboard } from '../dashboards.policy';
import type { TReferentDashboard } from '../dashboards.schema';
import { structureLines } from './structure-dashboard';

/** The référent's dashboard: caseload by phase, "à traiter", the next seven days' agenda, this month against plan. */
export async function referentDashboard(opts: { database: Database; clock: Clock; principal: Principal; organisationId: string }): Promise<TReferentDashboard> {
  assertDashboard(opts.principal, opts.organisationId, ['referent']);
  if (opts.principal.type !== 'user') throw new AppError('FORBIDDEN');
  const userId = opts.principal.user.id;
  const db = opts.database.db;
  const now = opts.clock.now();
  const { year, month } = parisYearMonth(now);
  const [caseload, toHandle, agenda, realised, lines] = await Promise.all([
    caseloadByPhase(db, { organisationIds: [opts.organisationId], referentUserId: userId }),
    listToHandle({ database: opts.database, clock: opts.clock, principal: opts.principal }),
    agendaCount(db, { userId, from: now, to: addDays(now, 7) }),
    readRollup(db, { organisationIds: [opts.organisationId], year, metric: 'realised' }),
    structureLines(db, opts.organisationId, year, now),
  ]);
  const thisMonth = realised.filter((r) => r.month === month);
  return {
    organisationId: opts.organisationId,
    year,
    month,
    caseload: ASSISTANCE_PHASES.map((phase) => ({ phase, n: caseload[phase] })),
    toHandle: toHandle.items.length,
    agenda,
    services: TARGET_SERVICES.map((service) => ({
      service,
      plan: lines.filter((l) => l.service === service).reduce((a, l) => a + (l.plan[month - 1] ?? 0), 0),
      realised: thisMonth.filter((r) => r.key === service).reduce((a, r) => a + r.n, 0),
      mine: thisMonth.filter((r) => r.key === service && r.referentUserId === userId).reduce((a, r) => a + r.n, 0),
    })),
    alertCount: lines.filter((l) => l.alert.behind).length,
  };
}
