import { Table } from '@codegouvfr/react-dsfr/Table';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { TARGET_SERVICE_LABELS } from '../../../../common/targets';
import { useApi } from '../../api/use-api';
import { useMe } from '../../auth/auth-context';
import { BackLink } from '../../components/back-link';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/use-page-title';
import { FunderLineProgress, ProgressError, StructureLineProgress, useAgreementProgress } from './line-progress';
import { PlanEditor } from './plan-editor';
import { SharesEditor } from './shares-editor';
import { euros, type Agreement } from './types';

/** `/objectifs/:id`: an agreement's lines, each with its realised against plan, its monthly plan and (for a groupement) its split. */
export function AgreementPage() {
  const { id = '' } = useParams();
  const loaded = useApi<Agreement>(`/api/target-agreements/${id}`);
  const [agreement, setAgreement] = useState<Agreement | null>(null);
  useEffect(() => setAgreement(loaded.data), [loaded.data]);
  usePageTitle(agreement ? agreement.title : 'Convention');
  if (loaded.loading && !agreement) return <Loading />;
  if (!agreement)
    return (
      <div className="fr-container fr-py-4w">
        <h1>Convention</h1>
        <ErrorAlert error={loaded.error} title="La convention n’a pas pu être chargée" />
      </div>
    );
  return <AgreementView agreement={agreement} onChange={setAgreement} />;
}

function AgreementView({ agreement: a, onChange }: { agreement: Agreement; onChange: (a: Agreement) => void }) {
  const me = useMe();
  const rolesIn = (orgId: string) => me.memberships.filter((m) => m.organisationId === orgId).map((m) => m.role);
  const funder = me.isPlatformAdmin || rolesIn(a.commanditaireId).some((r) => r === 'funder_analyst' || r === 'admin');
  const directed = a.structures.find((s) => rolesIn(s.id).includes('director')) ?? null;
  const planner = funder || a.structures.some((s) => rolesIn(s.id).some((r) => r === 'director' || r === 'referent'));
  const splits = a.party.kind === 'groupement' && (me.isPlatformAdmin || directed !== null);
  const progress = useAgreementProgress(a, { funder, structureId: directed?.id ?? null });
  return (
    <div className="fr-container fr-pb-6w">
      <BackLink to="/objectifs">Conventions et objectifs</BackLink>
      <h1>{a.title}</h1>
      <p>
        Convention {a.year} de {a.commanditaireName} avec {a.party.kind === 'groupement' ? 'le groupement' : 'la structure'} {a.party.name}
        {a.party.kind === 'groupement' && ` (${a.structures.map((s) => s.name).join(', ')})`}. Alerte au-delà de {a.alertMarginPct} % de retard sur le plan cumulé.
      </p>
      <Table
        caption="Lignes de la convention"
        headers={['Service', 'Territoire', 'Objectif', 'Budget', 'Répartition']}
        data={a.lines.map((l) => [
          TARGET_SERVICE_LABELS[l.service],
          l.territoryLabel,
          String(l.quantity),
          euros(l.budgetCents),
          a.party.kind === 'structure' ? '—' : `${l.shares.map((s) => `${s.organisationName} : ${s.quantity}`).join(' ; ') || 'à répartir'}${l.splitComplete ? '' : ' (incomplète)'}`,
        ])}
      />
      <ProgressError error={progress.funder.error ?? progress.structure.error} />
      {a.lines.map((l) => (
        <section key={l.id} aria-labelledby={`ligne-${l.id}`} className="fr-mt-6w">
          <h2 id={`ligne-${l.id}`} className="fr-h4">
            {TARGET_SERVICE_LABELS[l.service]} — {l.territoryLabel}
          </h2>
          <p>
            Objectif {l.quantity}, budget {euros(l.budgetCents)}.
          </p>
          {funder && <FunderLineProgress data={progress.funder.data} agreement={a} line={l} />}
          {directed && <StructureLineProgress data={progress.structure.data} agreement={a} line={l} organisationName={directed.name} />}
          {splits && <SharesEditor line={l} structures={a.structures} onSaved={onChange} />}
          {planner && <PlanEditor line={l} onSaved={onChange} />}
        </section>
      ))}
    </div>
  );
}
