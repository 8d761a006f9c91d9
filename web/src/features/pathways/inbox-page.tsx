import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { Link } from 'react-router-dom';
import { PATHWAY_STATE_LABELS } from '../../../../common/pathway';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate } from '../../labels';
import type { Inbox, InboxItem } from './types';

interface InboxSectionProps {
  id: string;
  title: string;
  items: InboxItem[];
  sinceLabel: string;
  empty: string;
}

function InboxSection({ id, title, items, sinceLabel, empty }: InboxSectionProps) {
  return (
    <section aria-labelledby={id} className="fr-mt-6w">
      <h2 id={id}>
        {title} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <Table
          caption={title}
          noCaption
          headers={['Candidat', 'Certification', 'Étape', sinceLabel, 'Échéance']}
          data={items.map((item) => [
            <Link key="name" to={`/parcours/${encodeURIComponent(item.pathwayId)}`}>
              {item.candidateName}
            </Link>,
            item.certificationCode,
            PATHWAY_STATE_LABELS[item.state],
            formatDate(item.since),
            item.dueAt ? formatDate(item.dueAt) : 'Aucune',
          ])}
        />
      )}
    </section>
  );
}

/** `/certificateur/dossiers`: what waits for the certificateur, in the order of the procedure. */
export function InboxPage() {
  usePageTitle('Dossiers à instruire');
  const inbox = useApi<Inbox>('/api/certificateur/inbox');

  return (
    <div className="fr-container fr-pb-6w">
      <Breadcrumb currentPageLabel="Dossiers à instruire" homeLinkProps={{ to: '/' }} segments={[]} />
      <h1>Dossiers à instruire</h1>
      <ErrorAlert error={inbox.error} title="Les dossiers n'ont pas pu être chargés" />
      {inbox.loading && !inbox.data ? <Loading /> : null}
      {inbox.data && (
        <>
          <InboxSection
            id="a-declarer"
            title="Dossiers à déclarer recevables"
            items={inbox.data.toDeclare}
            sinceLabel="Déposé le"
            empty="Aucun dossier de faisabilité n’attend votre décision."
          />
          <InboxSection id="jurys-a-programmer" title="Jurys à programmer" items={inbox.data.juriesToSchedule} sinceLabel="Depuis le" empty="Aucun jury n’est à programmer." />
          <InboxSection id="resultats-a-saisir" title="Résultats à saisir" items={inbox.data.resultsToEnter} sinceLabel="Depuis le" empty="Aucun résultat de jury n’est à saisir." />
        </>
      )}
    </div>
  );
}
