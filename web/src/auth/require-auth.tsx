import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { LoadingPage } from '../components/loading-page';
import { useAuth } from './auth-context';

/** Renders its children for signed-in people; sends the others to the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, signedOutReason } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <LoadingPage />;
  if (status === 'anonymous') {
    // After "Se déconnecter" the next person starts from their own home, not this page.
    if (signedOutReason === 'logout') return <Navigate to="/connexion" replace />;
    return <Navigate to="/connexion" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return <>{children}</>;
}
