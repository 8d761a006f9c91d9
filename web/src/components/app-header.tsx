import { Header, type HeaderProps } from '@codegouvfr/react-dsfr/Header';
import { useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import { HeaderUser } from './header-user';
import { isActivePath, navigationFor, PUBLIC_NAVIGATION } from './navigation';
import { SpaceSwitcher } from './space-switcher';

export const HEADER_ID = 'header';
export const MAIN_NAVIGATION_ID = `${HEADER_ID}-main-navigation`;

export const BRAND_TOP = (
  <>
    République
    <br />
    Française
  </>
);

export const HOME_LINK_PROPS = { to: '/', title: 'Accueil – Jalon' };

export function AppHeader() {
  const { status, me, activeSpace, spaces, logout } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();

  const onLogout = () => {
    void logout().finally(() => {
      void navigate('/connexion');
    });
  };

  const quickAccessItems: HeaderProps['quickAccessItems'] =
    status === 'authenticated' && me
      ? [
          ...(spaces.length > 1 ? [<SpaceSwitcher key="space" />] : []),
          <HeaderUser key="user" displayName={me.displayName} />,
          { iconId: 'fr-icon-logout-box-r-line', text: 'Se déconnecter', buttonProps: { onClick: onLogout, type: 'button' } },
        ]
      : [{ iconId: 'fr-icon-lock-line', text: 'Se connecter', linkProps: { to: '/connexion' } }];

  // The catalogue is public: visitors who are not signed in get its entry too.
  const entries = [...(status === 'authenticated' ? navigationFor(activeSpace) : []), ...PUBLIC_NAVIGATION];
  const navigation = entries.map((entry) => ({
    text: entry.text,
    linkProps: { to: entry.path },
    isActive: isActivePath(entry.path, location.pathname),
  }));

  return (
    <Header
      id={HEADER_ID}
      brandTop={BRAND_TOP}
      serviceTitle="Jalon"
      serviceTagline="Parcours de validation des acquis de l'expérience"
      homeLinkProps={HOME_LINK_PROPS}
      quickAccessItems={quickAccessItems}
      navigation={navigation}
    />
  );
}
