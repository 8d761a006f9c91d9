import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { REFERRAL_STATUS_LABELS, type ReferralStatus } from '../../../../common/network';
import { useApi } from '../../api/use-api';
import { useMe } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { formatDate } from '../../labels';
import { MediationNotes } from './mediation-notes';
import { ReferralForm } from './referral-form';
import type { Pathway } from '../pathways/types';
import type { Referral } from './types';

const SEVERITY: Record<ReferralStatus, 'info' | 'success' | 'error' | 'warning' | 'new'> = { sent: 'info', accepted: 'new', declined: 'error', outcome_reported: 'success', expired: 'warning' };

/** The pathway's referrals to partners and, for its référent, the form to start one. */
export function ReferralsSection({ pathway }: { pathway: Pathway }) {
  const pathwayId = pathway.id;
  const actorOrganisationIds = pathway.actors.filter((a) => a.role === 'referent').map((a) => a.organisationId);
  const me = useMe();
  const list = useApi<{ items: Referral[] }>(`/api/pathways/${encodeURIComponent(pathwayId)}/referrals`);
  const [open, setOpen] = useState(false);
  const referentOrg = me.memberships.find((m) => m.role === 'referent' && actorOrganisationIds.includes(m.organisationId))?.organisationId;
  const items = list.data?.items ?? [];
  return (
    <section aria-labelledby="mises-en-relation" className="fr-mb-4w">
      <h2 id="mises-en-relation">Mises en relation avec des partenaires</h2>
      <ErrorAlert error={list.error} title="Les mises en relation n’ont pas pu être chargées" />
      {list.data && items.length === 0 && <p>Aucune mise en relation pour ce parcours.</p>}
      {items.length > 0 && (
        <ul className="fr-raw-list">
          {items.map((r) => (
            <li key={r.id} className="fr-mb-2w">
              <p className="fr-mb-1v">
                <strong>{r.entryName}</strong> ({r.contactName}), le {formatDate(r.createdAt)}{' '}
                <Badge small noIcon severity={SEVERITY[r.status]}>
                  {REFERRAL_STATUS_LABELS[r.status]}
                </Badge>
              </p>
              {r.declineReason && <p className="fr-text--sm fr-mb-1v">Motif : {r.declineReason}</p>}
              {r.outcome && <p className="fr-text--sm fr-mb-1v">Résultat : {r.outcome}</p>}
              {r.mediationNotes !== null && <MediationNotes referral={r} onSaved={list.reload} />}
            </li>
          ))}
        </ul>
      )}
      {referentOrg && (
        <>
          <Button priority="secondary" className="fr-mb-2w" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {open ? 'Fermer' : 'Mettre en relation avec un partenaire'}
          </Button>
          {open && (
            <ReferralForm
              pathwayId={pathwayId}
              organisationId={referentOrg}
              onCreated={() => {
                setOpen(false);
                list.reload();
              }}
            />
          )}
        </>
      )}
    </section>
  );
}
