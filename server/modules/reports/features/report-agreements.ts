import type { Executor } from '../../../db/client';
import { AppError } from '../../../lib/errors';
import { agreementsOf } from '../../targets/targets.store';
import type { TAgreement } from '../../targets/targets.schema';

export interface ReportParty {
  commanditaireId: string;
  year: number;
  organisationId: string | null;
  groupementId: string | null;
}

/** The agreements a report is about: the commanditaire's, with this party, for this year (at least one). */
export async function reportAgreements(exec: Executor, p: ReportParty): Promise<TAgreement[]> {
  const partyId = p.organisationId ?? p.groupementId;
  const kind = p.organisationId ? 'structure' : 'groupement';
  const found = (await agreementsOf(exec, p.commanditaireId, p.year)).filter((a) => a.commanditaireId === p.commanditaireId && a.party.kind === kind && a.party.id === partyId);
  if (found.length === 0) throw new AppError('REPORT_NO_AGREEMENT');
  return found;
}
