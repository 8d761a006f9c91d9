import { Card } from '@codegouvfr/react-dsfr/Card';
import type { Membership } from '../../api/types';
import { useMe } from '../../auth/auth-context';
import { ROLE_SPACE_TITLES } from '../../auth/spaces';
import { usePageTitle } from '../../components/use-page-title';
import { MyCertificationsSection } from '../../features/certifications/my-certifications-section';
import { ORG_KIND_LABELS, ROLE_LABELS } from '../../labels';
import { OtherSpaces } from './other-spaces';
import { ROLE_HOME_BLOCKS } from './role-blocks';

export function ProfessionalHome({ membership }: { membership: Membership }) {
  const me = useMe();
  const title = ROLE_SPACE_TITLES[membership.role];
  usePageTitle(`Accueil – ${title}`);
  return (
    <div className="fr-container fr-py-6w">
      <h1>{title}</h1>
      <p className="fr-text--lead">
        Bonjour {me.displayName}. Vous intervenez en tant que {ROLE_LABELS[membership.role].toLowerCase()} pour{' '}
        {membership.organisationName} ({ORG_KIND_LABELS[membership.organisationKind]}).
      </p>
      <section aria-labelledby="activites-titre">
        <h2 id="activites-titre">Vos activités</h2>
        <div className="fr-grid-row fr-grid-row--gutters">
          {ROLE_HOME_BLOCKS[membership.role].filter((block) => !block.kinds || block.kinds.includes(membership.organisationKind)).map((block) => (
            <div key={block.title} className="fr-col-12 fr-col-md-6 fr-col-lg-4">
              {block.path ? (
                <Card title={block.title} titleAs="h3" desc={block.description} enlargeLink linkProps={{ to: block.path }} />
              ) : (
                <Card title={block.title} titleAs="h3" desc={block.description} />
              )}
            </div>
          ))}
        </div>
      </section>
      {membership.role === 'certificateur_agent' && <MyCertificationsSection />}
      <OtherSpaces />
    </div>
  );
}
