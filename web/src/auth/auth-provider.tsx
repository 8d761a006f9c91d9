import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiError, apiFetch, onUnauthorized, setCsrfToken } from '../api/client';
import type { Me } from '../api/types';
import { AuthContext, type AuthContextValue, type AuthStatus, type SignedOutReason } from './auth-context';
import { activeSpaceStorageKey, availableSpaces, resolveActiveSpace } from './spaces';

function readStoredSpace(userId: string): string | null {
  try {
    return window.localStorage.getItem(activeSpaceStorageKey(userId));
  } catch {
    return null;
  }
}

function storeSpace(userId: string, id: string): void {
  try {
    window.localStorage.setItem(activeSpaceStorageKey(userId), id);
  } catch {
    // Storage may be unavailable (private browsing); the choice then lasts for the session.
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthStatus>('loading');
  const [me, setMe] = useState<Me | null>(null);
  const [signedOutReason, setSignedOutReason] = useState<SignedOutReason | null>(null);
  const [storedSpaceId, setStoredSpaceId] = useState<string | null>(null);
  // Bumped by every sign-in and sign-out: a session check that started before one of them
  // (e.g. the initial GET /me while a magic link is being consumed) must not overwrite it.
  const epoch = useRef(0);
  // Whether someone is signed in now: a 401 answering a request sent before "Se déconnecter" must
  // not turn the sign-out into an expired session.
  const signedIn = useRef(false);

  const signIn = useCallback((next: Me) => {
    epoch.current += 1;
    signedIn.current = true;
    setCsrfToken(next.csrfToken);
    setMe(next);
    setStoredSpaceId(readStoredSpace(next.id));
    setSignedOutReason(null);
    setStatus('authenticated');
  }, []);

  const signOut = useCallback((reason: SignedOutReason | null) => {
    epoch.current += 1;
    signedIn.current = false;
    setCsrfToken(null);
    setMe(null);
    setSignedOutReason(reason);
    setStatus('anonymous');
  }, []);

  const refresh = useCallback(async () => {
    const startedAt = epoch.current;
    try {
      const next = await apiFetch<Me>('/api/auth/me');
      if (epoch.current === startedAt) signIn(next);
    } catch (error) {
      if (epoch.current !== startedAt) return;
      if (error instanceof ApiError && error.status === 401) signOut(null);
      else throw error;
    }
  }, [signIn, signOut]);

  useEffect(() => {
    const startedAt = epoch.current;
    refresh().catch(() => {
      // Server unreachable: behave as signed out; the login page reports errors on submit.
      if (epoch.current === startedAt) signOut(null);
    });
  }, [refresh, signOut]);

  useEffect(
    () =>
      onUnauthorized(() => {
        if (signedIn.current) signOut('expired');
      }),
    [signOut],
  );

  const login = useCallback(
    async (email: string, password: string) => {
      const next = await apiFetch<Me>('/api/auth/login', { method: 'POST', body: { email, password } });
      signIn(next);
      return next;
    },
    [signIn],
  );

  const consumeMagicLink = useCallback(
    async (token: string) => {
      const next = await apiFetch<Me>('/api/auth/magic-link/consume', { method: 'POST', body: { token } });
      signIn(next);
      return next;
    },
    [signIn],
  );

  const logout = useCallback(async () => {
    try {
      await apiFetch<void>('/api/auth/logout', { method: 'POST' });
    } finally {
      signOut('logout');
    }
  }, [signOut]);

  const setActiveSpaceId = useCallback(
    (id: string) => {
      if (me) storeSpace(me.id, id);
      setStoredSpaceId(id);
    },
    [me],
  );

  const value = useMemo<AuthContextValue>(() => {
    const spaces = me ? availableSpaces(me) : [];
    return {
      status,
      me,
      csrfToken: me?.csrfToken ?? null,
      signedOutReason,
      spaces,
      activeSpace: me ? resolveActiveSpace(me, storedSpaceId) : null,
      setActiveSpaceId,
      login,
      consumeMagicLink,
      logout,
      refresh,
    };
  }, [status, me, signedOutReason, storedSpaceId, setActiveSpaceId, login, consumeMagicLink, logout, refresh]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
