import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { LoadingPage } from '../components/loading-page';
import { useAuth } from './auth-context';
import { redirectTarget } from './redirect-target';

/** For sign-in pages: a person already signed in goes straight on (home or the page asked for). */
export function RedirectIfAuthenticated({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <LoadingPage />;
  if (status === 'authenticated') return <Navigate to={redirectTarget(location.state)} replace />;
  return <>{children}</>;
}
