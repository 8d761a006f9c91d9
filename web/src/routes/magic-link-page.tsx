import { useSearchParams } from 'react-router-dom';
import { RedirectIfAuthenticated } from '../auth/redirect-if-authenticated';
import { MagicLinkConsume } from './magic-link-consume';
import { MagicLinkRequest } from './magic-link-request';

/** `/connexion/lien`: asks for a sign-in link, or signs in with `?token=` from that link. */
export function MagicLinkPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  if (token) return <MagicLinkConsume token={token} />;
  return (
    <RedirectIfAuthenticated>
      <MagicLinkRequest />
    </RedirectIfAuthenticated>
  );
}
