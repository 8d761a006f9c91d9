import { createContext, useContext } from 'react';
import type { Me } from '../api/types';
import type { Space } from './spaces';

export type AuthStatus = 'loading' | 'anonymous' | 'authenticated';
export type SignedOutReason = 'logout' | 'expired';

export interface AuthContextValue {
  status: AuthStatus;
  me: Me | null;
  /** CSRF token of the current session, kept in memory. */
  csrfToken: string | null;
  /**
   * Why the person is signed out, when they were signed in during this visit: `logout` after
   * "Se déconnecter", `expired` when a request answered 401 (session ended on the server).
   */
  signedOutReason: SignedOutReason | null;
  spaces: Space[];
  activeSpace: Space | null;
  setActiveSpaceId: (id: string) => void;
  login: (email: string, password: string) => Promise<Me>;
  consumeMagicLink: (token: string) => Promise<Me>;
  logout: () => Promise<void>;
  refresh: () => Promise<void>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (value === null) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** For pages behind <RequireAuth>: the signed-in person. */
export function useMe(): Me {
  const { me } = useAuth();
  if (me === null) throw new Error('useMe must be used behind <RequireAuth>');
  return me;
}
