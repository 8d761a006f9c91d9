import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useState } from 'react';
import { PLAN_ITEM_STATUS_LABELS } from '../../../../common/assistance';
import { useApi } from '../../api/use-api';
import { formatDate } from '../../labels';
import { Heading, type HeadingLevel } from '../candidate-space/heading';
import { COMMITMENT_STATUS_LABELS, currentAgreement } from './assistance-format';
import { MyAgreement } from './my-agreement';
import type { Assistance } from './types';

function Late({ late }: { late: boolean }) {
  if (!late) return null;
  return (
    <>
      {' '}
      <Badge as="span" severity="error" small noIcon>
        En retard
      </Badge>
    </>
  );
}

/** In the candidate's space: their assistance renforcée, if they have one. */
export function MyAssistanceSection({ pathwayId, level }: { pathwayId: string; level: HeadingLevel }) {
  const record = useApi<Assistance>(`/api/pathways/${encodeURIComponent(pathwayId)}/assistance`);
  const [updated, setUpdated] = useState<Assistance | null>(null);
  const assistance = updated?.pathwayId === pathwayId ? updated : record.data?.pathwayId === pathwayId ? record.data : null;
  // No assistance (404) or not readable: the section simply does not exist.
  if (!assistance) return null;
  const sub = level === 2 ? 3 : 4;
  const myActions = assistance.plan.filter((item) => item.carrierKind === 'candidate' && item.status !== 'dropped');
  const commitments = assistance.commitments.filter((commitment) => commitment.status !== 'dropped');
  const agreement = currentAgreement(assistance);
  const id = `mon-assistance-${pathwayId}`;
  return (
    <section aria-labelledby={id} className="fr-mt-4w">
      <Heading level={level} id={id}>
        Mon assistance renforcée
      </Heading>
      <p>
        Vous êtes suivi{assistance.referentName ? ` par ${assistance.referentName}, ` : ' par '}
        {assistance.referentName ? `de ${assistance.organisation.name}` : assistance.organisation.name}
        {assistance.status === 'open' ? `, jusqu’au ${formatDate(assistance.endsAt)} au plus tard.` : `. Cette assistance s’est terminée le ${formatDate(assistance.closedAt)}.`}
      </p>
      <Heading level={sub}>Mes actions</Heading>
      {myActions.length === 0 ? (
        <p>Aucune action ne vous est confiée pour le moment.</p>
      ) : (
        <ul>
          {myActions.map((item) => (
            <li key={item.id}>
              {item.wording} — {item.dueOn ? `pour le ${formatDate(item.dueOn)}` : 'sans échéance'} ; {PLAN_ITEM_STATUS_LABELS[item.status].toLowerCase()}
              <Late late={item.overdue} />
            </li>
          ))}
        </ul>
      )}
      <Heading level={sub}>Mes engagements</Heading>
      {commitments.length === 0 ? (
        <p>Aucun engagement n’est fixé pour le moment.</p>
      ) : (
        <ul>
          {commitments.map((commitment) => (
            <li key={commitment.id}>
              {commitment.label} — pour le {formatDate(commitment.dueOn)} ; {COMMITMENT_STATUS_LABELS[commitment.status].toLowerCase()}
              <Late late={commitment.overdue && commitment.status === 'open'} />
            </li>
          ))}
        </ul>
      )}
      {assistance.assessments.length > 0 && (
        <p>
          <a className="fr-link fr-link--download" href={`/api/assessments/${encodeURIComponent(assistance.assessments[assistance.assessments.length - 1]?.id ?? '')}/document`} download>
            Télécharger mon dernier diagnostic des conditions de réussite (PDF)
          </a>
        </p>
      )}
      {agreement && <MyAgreement agreement={agreement} level={sub} open={assistance.status === 'open'} onChanged={setUpdated} />}
    </section>
  );
}
