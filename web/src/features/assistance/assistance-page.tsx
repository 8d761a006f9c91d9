import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useApi } from '../../api/use-api';
import { useMe } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingPage } from '../../components/loading-page';
import { usePageTitle } from '../../components/use-page-title';
import { FocusOnChange } from '../pathways/focus-on-change';
import { candidateName } from '../pathways/pathway-labels';
import { pathwayIsClosed, referentMemberships, referentMembershipsOn } from './assistance-format';
import { AssistanceView } from './assistance-view';
import { EntryForm } from './entry-form';
import type { Assistance, Pathway } from './types';

/** `/parcours/:id/assistance`: the assistance renforcée of a pathway, or the form to start one. */
export function AssistancePage() {
  const { id = '' } = useParams();
  const me = useMe();
  const pathwayPath = `/api/pathways/${encodeURIComponent(id)}`;
  const pathwayRecord = useApi<Pathway>(pathwayPath);
  const record = useApi<Assistance>(`${pathwayPath}/assistance`);
  // Each change answers with the whole assistance: it replaces what was loaded.
  const [updated, setUpdated] = useState<Assistance | null>(null);
  // The entry form goes away once the assistance is open: the confirmation is given here.
  const [started, setStarted] = useState<{ text: string } | null>(null);
  const [restarting, setRestarting] = useState(false);
  const pathway = pathwayRecord.data?.id === id ? pathwayRecord.data : null;
  const assistance = updated?.pathwayId === id ? updated : record.data?.pathwayId === id ? record.data : null;
  const none = !assistance && record.error?.status === 404;
  const name = pathway ? candidateName(pathway.candidate) : null;
  usePageTitle(name ? `Assistance renforcée de ${name}` : 'Assistance renforcée');

  const segments = [
    { label: 'Parcours', linkProps: { to: '/parcours' } },
    ...(pathway && name ? [{ label: name, linkProps: { to: `/parcours/${encodeURIComponent(pathway.id)}` } }] : []),
  ];
  const header = (
    <>
      <Breadcrumb currentPageLabel="Assistance renforcée" homeLinkProps={{ to: '/' }} segments={segments} />
      <h1>{name ? `Assistance renforcée de ${name}` : 'Assistance renforcée'}</h1>
    </>
  );

  if (pathwayRecord.error && !pathway) {
    return (
      <div className="fr-container fr-pb-6w">
        {header}
        <ErrorAlert error={pathwayRecord.error} title="Le parcours n’a pas pu être chargé" />
      </div>
    );
  }
  if (!pathway || (!assistance && !none && !record.error)) return <LoadingPage />;

  const referentOf = referentMembershipsOn(me, pathway.actors);
  const noneText = pathwayIsClosed(pathway.state)
    ? 'Aucune assistance renforcée n’a été ouverte pour ce parcours, qui est clos.'
    : referentMemberships(me).length > 0
      ? 'Aucune assistance renforcée n’est ouverte pour ce parcours. Pour la proposer, votre structure doit d’abord être ajoutée au parcours comme référente.'
      : 'Aucune assistance renforcée n’a été proposée pour ce parcours.';
  const canStart = referentOf.length > 0 && !pathwayIsClosed(pathway.state);
  return (
    <div className="fr-container fr-pb-6w">
      {header}
      <p className="fr-text--lead">
        {pathway.certification.code} – {pathway.certification.title} ; étape : {pathway.stateLabel}.
      </p>
      {!none && !assistance && <ErrorAlert error={record.error} title="L’assistance renforcée n’a pas pu être chargée" />}
      <FocusOnChange trigger={started}>{started && <Alert severity="success" small className="fr-mb-3w" description={started.text} />}</FocusOnChange>
      {assistance?.status === 'closed' && canStart && !restarting && (
        <Button type="button" priority="secondary" className="fr-mb-3w" onClick={() => setRestarting(true)}>
          Proposer une nouvelle assistance renforcée
        </Button>
      )}
      {(none || (restarting && assistance?.status === 'closed')) && canStart && (
        <EntryForm
          pathway={pathway}
          memberships={referentOf}
          onStarted={(next) => {
            setStarted({ text: 'L’assistance renforcée est ouverte. Vous pouvez maintenant faire le diagnostic des conditions de réussite.' });
            setRestarting(false);
            setUpdated(next);
          }}
        />
      )}
      {none && !canStart && <p>{noneText}</p>}
      {assistance && <AssistanceView assistance={assistance} pathway={pathway} onChanged={setUpdated} />}
    </div>
  );
}
