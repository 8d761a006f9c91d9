import { Button } from '@codegouvfr/react-dsfr/Button';
import { useNavigate } from 'react-router-dom';
import { apiFetch } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useMutation } from '../../components/use-mutation';
import type { Agreement } from '../targets/types';
import type { Report, ReportSummary } from './types';

/** The reports the director may open: one per commanditaire and party among the year's agreements, not yet opened. */
export function NewReportSection(props: { year: number; organisationId: string; agreements: Agreement[]; reports: ReportSummary[]; onCreated: () => void }) {
  const mutation = useMutation();
  const navigate = useNavigate();
  const seen = new Set<string>();
  const candidates = props.agreements.filter((a) => {
    const key = `${a.commanditaireId}|${a.party.kind}|${a.party.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return !props.reports.some((r) => r.commanditaire.id === a.commanditaireId && r.party.id === a.party.id && r.year === a.year);
  });
  if (candidates.length === 0) return null;
  const create = async (a: Agreement) => {
    const body = { commanditaireId: a.commanditaireId, year: a.year, ...(a.party.kind === 'groupement' ? { groupementId: a.party.id } : { organisationId: a.party.id }) };
    const result = await mutation.run(() => apiFetch<Report>('/api/reports', { method: 'POST', body }));
    if (result.ok) {
      props.onCreated();
      void navigate(`/rapports/${result.value.id}`);
    }
  };
  return (
    <div className="fr-mt-3w">
      <h3 className="fr-h5">Ouvrir un rapport {props.year}</h3>
      <p>Les chiffres du brouillon sont calculés à partir des tableaux de bord ; vous pourrez les recalculer et rédiger le bilan qualitatif jusqu’à la signature.</p>
      <ErrorAlert error={mutation.error} title="Le brouillon n’a pas pu être créé" />
      <ul className="fr-btns-group fr-btns-group--inline-md">
        {candidates.map((a) => (
          <li key={a.id}>
            <Button onClick={() => void create(a)} disabled={mutation.pending}>
              Créer le brouillon pour {a.commanditaireName} — {a.party.name}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
