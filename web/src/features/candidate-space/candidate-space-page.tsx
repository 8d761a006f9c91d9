import './candidate-space.css';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useApi } from '../../api/use-api';
import { useMe } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/use-page-title';
import { ForbiddenPage } from '../../routes/forbidden-page';
import { mostRecentFirst } from './candidate-format';
import { MyComplaintsSection } from '../satisfaction/my-complaints-section';
import { MyDataSection } from './my-data-section';
import { PathwayView } from './pathway-view';
import type { MyPathway, MyPathwaysResponse } from './types';
import { VaeStepsList } from './vae-steps-list';

const TITLE = 'Mon parcours VAE';

/** `/mon-parcours`: the candidate's pathways, where they stand and what to do next. */
export function CandidateSpacePage() {
  const me = useMe();
  usePageTitle(TITLE);
  if (me.kind !== 'candidate') return <ForbiddenPage />;
  return <CandidateSpace />;
}

function CandidateSpace() {
  const list = useApi<MyPathwaysResponse>('/api/me/pathways');
  const pathways = list.data ? mostRecentFirst(list.data.items) : null;
  return (
    <div className="fr-container fr-pb-6w">
      <Breadcrumb currentPageLabel={TITLE} homeLinkProps={{ to: '/' }} segments={[]} />
      <h1>{TITLE}</h1>
      <ErrorAlert error={list.error} title="Votre parcours n’a pas pu être chargé" />
      {list.loading && !pathways && <Loading />}
      {pathways && pathways.length === 0 && <NoPathway />}
      {pathways && pathways.length === 1 && pathways[0] && <SinglePathway pathway={pathways[0]} onChanged={list.reload} />}
      {pathways && pathways.length > 1 && <SeveralPathways pathways={pathways} onChanged={list.reload} />}
      {pathways && pathways.length > 0 && (
        <section aria-labelledby="etapes" className="fr-mt-6w">
          <h2 id="etapes">Les étapes d’un parcours</h2>
          <VaeStepsList titleAs="h3" />
        </section>
      )}
      {/* Below the pathway once it is there: drawn earlier, they would jump down the page as it loads, under the user's click. */}
      {(pathways || list.error) && (
        <>
          <MyComplaintsSection />
          <MyDataSection />
        </>
      )}
    </div>
  );
}

function SinglePathway({ pathway, onChanged }: { pathway: MyPathway; onChanged: () => void }) {
  return (
    <>
      <p className="fr-text--lead">
        {pathway.certification.title} ({pathway.certification.code})
      </p>
      <PathwayView pathway={pathway} level={2} onChanged={onChanged} />
    </>
  );
}

function SeveralPathways({ pathways, onChanged }: { pathways: MyPathway[]; onChanged: () => void }) {
  return (
    <>
      <p className="fr-text--lead">Vous avez {pathways.length} parcours ; le plus récent est présenté en premier.</p>
      {pathways.map((pathway) => (
        <article key={pathway.id} aria-labelledby={`parcours-${pathway.id}`} className="fr-mt-6w">
          <h2 id={`parcours-${pathway.id}`}>
            {pathway.certification.title} ({pathway.certification.code})
          </h2>
          <PathwayView pathway={pathway} level={3} onChanged={onChanged} />
        </article>
      ))}
    </>
  );
}

function NoPathway() {
  return (
    <>
      <p className="fr-text--lead">
        Vous n’avez pas encore de parcours en cours. Un parcours de validation des acquis de l’expérience suit cinq étapes. Il peut
        durer jusqu’à cinq ans ; votre référent de parcours vous aide à lever ce qui freine votre avancée.
      </p>
      <p>Votre parcours apparaîtra ici dès que la structure qui vous accompagne l’aura ouvert.</p>
      <section aria-labelledby="etapes" className="fr-mt-4w">
        <h2 id="etapes">Les étapes d’un parcours</h2>
        <VaeStepsList titleAs="h3" />
      </section>
    </>
  );
}
