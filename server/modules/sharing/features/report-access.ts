import type { Executor } from '../../../db/client';
import { organisationIdsOf } from '../../../lib/policy';
import type { Principal } from '../../../lib/principal';
import type { LoadedAppointment } from '../../appointments/appointments.store';
import { isPlatformAdmin } from '../../pathways/pathways.policy';
import { accessToPart } from '../sharing.policy';
import { loadShareFacts, logPartRead } from '../sharing.store';

/**
 * Whether the reader of an appointment also reads its meeting report. Those who held it (its
 * structure, its participants) and administrators do; someone who sees it only through one of its
 * pathways needs the `meeting_reports` part of that pathway (sharing.policy.ts), and the read is logged.
 */
export async function mayReadReport(exec: Executor, principal: Principal, loaded: LoadedAppointment, now: Date): Promise<boolean> {
  if (isPlatformAdmin(principal)) return true;
  if (organisationIdsOf(principal).includes(loaded.row.organisationId)) return true;
  if (principal.type === 'user' && loaded.access.participantUserIds.includes(principal.user.id)) return true;
  const pathwayIds = [...new Set([loaded.row.pathwayId, ...loaded.participants.map((p) => p.pathwayId)].filter((p): p is string => p !== null))];
  for (const [i, pathwayId] of pathwayIds.entries()) {
    const pathway = loaded.access.pathways[i];
    if (!pathway) continue;
    const access = accessToPart(principal, await loadShareFacts(exec, pathwayId, pathway), 'meeting_reports', { ownerOrganisationId: loaded.row.organisationId });
    if (access.allowed) {
      await logPartRead(exec, { principal, at: now, pathwayId, access, part: 'meeting_reports', label: `Compte rendu du rendez-vous « ${loaded.row.title} »` });
      return true;
    }
  }
  return false;
}
