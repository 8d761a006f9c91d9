import type { ReactNode } from 'react';
import { useMe } from '../../auth/auth-context';
import { ForbiddenPage } from '../../routes/forbidden-page';

/** Administration pages are for platform administrators only (the server checks too). */
export function RequirePlatformAdmin({ children }: { children: ReactNode }) {
  const me = useMe();
  if (!me.isPlatformAdmin) return <ForbiddenPage />;
  return <>{children}</>;
}
