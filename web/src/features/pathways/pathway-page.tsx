import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { FUNDING_ROUTE_LABELS } from '../../../../common/candidates';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingPage } from '../../components/loading-page';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate } from '../../labels';
import { PathwayAppointmentsSection } from '../appointments/pathway-appointments-section';
import { AssistanceLink } from '../assistance/assistance-link';
import { ReferralsSection } from '../network/referrals-section';
import { ActorsSection } from './actors-section';
import { BlocsBoard } from './blocs-board';
import { DeadlinesSection } from './deadlines-section';
import { DocumentsSection } from './documents-section';
import { FocusOnChange } from './focus-on-change';
import { NextStepsSection } from './next-steps-section';
import { candidateName, stateSeverity } from './pathway-labels';
import { TimelineSection } from './timeline-section';
import type { Pathway } from './types';

const PARENTS = [{ label: 'Parcours', linkProps: { to: '/parcours' } }];

function PathwayHeader({ pathway }: { pathway: Pathway }) {
  return (
    <>
      <h1>Parcours de {candidateName(pathway.candidate)}</h1>
      <p className="fr-text--lead">
        <Link to={`/certifications/${encodeURIComponent(pathway.certification.code)}`}>
          {pathway.certification.code} – {pathway.certification.title}
        </Link>
      </p>
      <ul className="fr-badges-group fr-mb-2w">
        <li>
          <Badge severity={stateSeverity(pathway.state)} noIcon>
            Étape : {pathway.stateLabel}
          </Badge>
        </li>
        <li>
          <Badge noIcon>Cycle {pathway.cycle}</Badge>
        </li>
      </ul>
      <p>
        Commencé le {formatDate(pathway.startedAt)} ; financement : {FUNDING_ROUTE_LABELS[pathway.fundingRoute]}.
        {pathway.closedAt && ` Clos le ${formatDate(pathway.closedAt)}.`}
        {pathway.closureDetails && ` ${pathway.closureDetails}`}
      </p>
    </>
  );
}

/** `/parcours/:id`: a pathway seen by a professional, with the steps they may take now. */
export function PathwayPage() {
  const { id = '' } = useParams();
  const record = useApi<Pathway>(`/api/pathways/${encodeURIComponent(id)}`);
  const [success, setSuccess] = useState<string | null>(null);
  // Keep showing the previous pathway's data only while it is the one asked for.
  const pathway = record.data?.id === id ? record.data : null;
  usePageTitle(pathway ? `Parcours de ${candidateName(pathway.candidate)}` : record.error ? 'Parcours introuvable' : 'Parcours');

  if (record.error && !pathway) {
    return (
      <div className="fr-container fr-pb-6w">
        <Breadcrumb currentPageLabel="Parcours introuvable" homeLinkProps={{ to: '/' }} segments={PARENTS} />
        <h1>{record.error.status === 404 || record.error.status === 400 ? 'Parcours introuvable' : 'Le parcours n’a pas pu être chargé'}</h1>
        <ErrorAlert error={record.error} title="Erreur" />
      </div>
    );
  }
  if (!pathway) return <LoadingPage />;

  return (
    <div className="fr-container fr-pb-6w">
      <Breadcrumb currentPageLabel={candidateName(pathway.candidate)} homeLinkProps={{ to: '/' }} segments={PARENTS} />
      <PathwayHeader pathway={pathway} />
      <FocusOnChange trigger={success}>
        {success && <Alert severity="success" small closable onClose={() => setSuccess(null)} className="fr-mb-3w" description={success} />}
        <ErrorAlert error={record.error} title="Le parcours n’a pas pu être rechargé" />
      </FocusOnChange>
      <NextStepsSection
        pathway={pathway}
        onDone={(next, label) => {
          setSuccess(`Étape « ${label} » enregistrée. Le parcours est maintenant à l’étape « ${next.stateLabel} ».`);
          record.reload();
        }}
      />
      <DeadlinesSection deadlines={pathway.deadlines} />
      <BlocsBoard blocs={pathway.blocs} />
      <DocumentsSection pathwayId={pathway.id} documents={pathway.documents} onUploaded={record.reload} />
      <AssistanceLink pathway={pathway} />
      <PathwayAppointmentsSection pathway={pathway} />
      <ReferralsSection pathway={pathway} />
      <ActorsSection actors={pathway.actors} />
      <TimelineSection timeline={pathway.timeline} />
    </div>
  );
}
