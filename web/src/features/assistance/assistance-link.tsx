import { Link } from 'react-router-dom';
import { ASSISTANCE_PHASE_LABELS } from '../../../../common/assistance';
import { useApi } from '../../api/use-api';
import { useMe } from '../../auth/auth-context';
import { formatDate } from '../../labels';
import { pathwayIsClosed, referentMembershipsOn } from './assistance-format';
import { RiskBadge } from './risk-badge';
import type { Assistance, Pathway } from './types';

/** On the pathway page: the assistance renforcée, or for a référent the way to propose one. */
export function AssistanceLink({ pathway }: { pathway: Pathway }) {
  const me = useMe();
  const record = useApi<Assistance>(`/api/pathways/${encodeURIComponent(pathway.id)}/assistance`);
  const assistance = record.data?.pathwayId === pathway.id ? record.data : null;
  const to = `/parcours/${encodeURIComponent(pathway.id)}/assistance`;
  const none = !assistance && record.error?.status === 404;
  if (!assistance && !(none && referentMembershipsOn(me, pathway.actors).length > 0 && !pathwayIsClosed(pathway.state))) return null;
  return (
    <section aria-labelledby="assistance-renforcee" className="fr-mt-6w">
      <h2 id="assistance-renforcee">Assistance renforcée</h2>
      {assistance ? (
        <>
          <p>
            {assistance.status === 'open' ? `En cours depuis le ${formatDate(assistance.startedAt)}` : `Clôturée le ${formatDate(assistance.closedAt)}`}, conduite par {assistance.organisation.name} ;
            phase : {ASSISTANCE_PHASE_LABELS[assistance.currentPhase].toLowerCase()}. <RiskBadge level={assistance.risk.level} />
          </p>
          <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" to={to}>
            Voir l’assistance renforcée
          </Link>
        </>
      ) : (
        <>
          <p>Aucune assistance renforcée n’est ouverte pour ce parcours.</p>
          <Link className="fr-btn fr-btn--secondary" to={to}>
            Proposer une assistance renforcée
          </Link>
        </>
      )}
    </section>
  );
}
