import { headerFooterDisplayItem } from '@codegouvfr/react-dsfr/Display';
import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { BRAND_TOP, HOME_LINK_PROPS } from './app-header';

export const FOOTER_ID = 'footer';

export function AppFooter() {
  return (
    <Footer
      id={FOOTER_ID}
      brandTop={BRAND_TOP}
      homeLinkProps={HOME_LINK_PROPS}
      accessibility="partially compliant"
      accessibilityLinkProps={{ to: '/accessibilite' }}
      termsLinkProps={{ to: '/mentions-legales' }}
      contentDescription="Jalon accompagne les candidats à la validation des acquis de l'expérience (VAE) et les professionnels qui les suivent, de l'information jusqu'au jury et après."
      bottomItems={[{ text: 'Données personnelles', linkProps: { to: '/donnees-personnelles' } }, headerFooterDisplayItem]}
    />
  );
}
