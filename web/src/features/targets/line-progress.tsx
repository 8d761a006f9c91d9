import { useEffect, useRef } from 'react';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { PlanProgress } from '../dashboards/plan-progress';
import type { FunderDashboard, StructureDashboard } from '../dashboards/types';
import type { Agreement, Line } from './types';

/**
 * The realised figures an agreement page shows, loaded once for all its lines and again after each
 * change of plan or split: the commanditaire's (masked) and the director's structure's (exact).
 */
export function useAgreementProgress(agreement: Agreement, opts: { funder: boolean; structureId: string | null }) {
  const funder = useApi<FunderDashboard>(opts.funder ? '/api/dashboards/commanditaire' : null, { organisationId: agreement.commanditaireId, year: agreement.year });
  const structure = useApi<StructureDashboard>(opts.structureId ? '/api/dashboards/structure' : null, { organisationId: opts.structureId, year: agreement.year });
  const { reload: reloadFunder } = funder;
  const { reload: reloadStructure } = structure;
  const seen = useRef(agreement.updatedAt);
  useEffect(() => {
    if (seen.current === agreement.updatedAt) return;
    seen.current = agreement.updatedAt;
    reloadFunder();
    reloadStructure();
  }, [agreement.updatedAt, reloadFunder, reloadStructure]);
  return { funder, structure };
}

/** The commanditaire's view of a line: the whole line, realised counts masked below the threshold. */
export function FunderLineProgress({ data, agreement, line }: { data: FunderDashboard | null; agreement: Agreement; line: Line }) {
  const progress = data?.agreements.find((a) => a.id === agreement.id)?.lines.find((l) => l.lineId === line.id);
  if (!progress) return null;
  return <PlanProgress title={`Réalisé et plan — ${line.territoryLabel}`} plan={progress.plan} realised={progress.realised.cells} realisedTotal={progress.realised.total} alert={progress.alert} marginPct={agreement.alertMarginPct} />;
}

/** A director's view of a line: the structure's share, its plan and what its référents realised. */
export function StructureLineProgress({ data, agreement, line, organisationName }: { data: StructureDashboard | null; agreement: Agreement; line: Line; organisationName: string }) {
  const progress = data?.lines.find((l) => l.lineId === line.id);
  if (!progress) return null;
  return (
    <>
      <p>
        Part de {organisationName} : <strong>{progress.share}</strong> sur {line.quantity}.
      </p>
      <PlanProgress title={`Réalisé et plan de ${organisationName} — ${line.territoryLabel}`} plan={progress.plan} realised={progress.realised} alert={progress.alert} marginPct={agreement.alertMarginPct} />
    </>
  );
}

export function ProgressError({ error }: { error: unknown }) {
  return <ErrorAlert error={error} title="Le réalisé n’a pas pu être chargé" />;
}
