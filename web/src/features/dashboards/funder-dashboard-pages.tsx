import { usePageTitle } from '../../components/use-page-title';
import { ForbiddenPage } from '../../routes/forbidden-page';
import { FunderDashboardView, ResourceCentreDashboardView } from './funder-dashboard';
import { useOrganisationChoice, useYearChoice } from './organisation-choice';

const FUNDER_ROLES = ['funder_analyst', 'admin'] as const;

function MaskingNote() {
  return (
    <p className="fr-callout fr-text--sm">
      Pour qu’aucune personne ne puisse être reconnue, un effectif trop petit est remplacé par « masqué », ainsi qu’un second chiffre quand le premier pourrait se déduire d’un total. Aucun nom de candidat n’apparaît ici ; le détail des parcours reste aux structures.
    </p>
  );
}

/** `/tableau-de-bord/commanditaire`: every structure and territory of the commanditaire's agreements, masked. */
export function FunderDashboardPage() {
  usePageTitle('Tableau de bord du commanditaire');
  const org = useOrganisationChoice(FUNDER_ROLES, ['commanditaire']);
  const { year, picker } = useYearChoice();
  if (!org.organisationId) return <ForbiddenPage />;
  return (
    <div className="fr-container fr-pb-6w">
      <h1 className="fr-mt-4w">Tableau de bord du commanditaire</h1>
      <div className="fr-grid-row fr-grid-row--gutters">
        {org.picker && <div className="fr-col-12 fr-col-md-6">{org.picker}</div>}
        <div className="fr-col-12 fr-col-md-3">{picker}</div>
      </div>
      <MaskingNote />
      <FunderDashboardView key={`${org.organisationId}-${year}`} organisationId={org.organisationId} year={year} />
    </div>
  );
}

/** `/tableau-de-bord/ressources`: the regional resource centre's anonymised statistics. */
export function ResourceCentreDashboardPage() {
  usePageTitle('Statistiques régionales');
  const org = useOrganisationChoice(FUNDER_ROLES, ['resource_centre']);
  const { year, picker } = useYearChoice();
  if (!org.organisationId) return <ForbiddenPage />;
  return (
    <div className="fr-container fr-pb-6w">
      <h1 className="fr-mt-4w">Statistiques régionales de la VAE</h1>
      <div className="fr-grid-row fr-grid-row--gutters">
        {org.picker && <div className="fr-col-12 fr-col-md-6">{org.picker}</div>}
        <div className="fr-col-12 fr-col-md-3">{picker}</div>
      </div>
      <MaskingNote />
      <ResourceCentreDashboardView key={`${org.organisationId}-${year}`} organisationId={org.organisationId} year={year} />
    </div>
  );
}
