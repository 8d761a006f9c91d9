import { useAuth } from '../../auth/auth-context';
import { AdminHome } from './admin-home';
import { CandidateHome } from './candidate-home';
import { NoSpaceHome } from './no-space-home';
import { ProfessionalHome } from './professional-home';

/** `/`: the home of the active space. */
export function HomePage() {
  const { activeSpace } = useAuth();
  if (activeSpace === null) return <NoSpaceHome />;
  switch (activeSpace.kind) {
    case 'candidate':
      return <CandidateHome />;
    case 'platform_admin':
      return <AdminHome />;
    case 'membership':
      return <ProfessionalHome membership={activeSpace.membership} />;
  }
}
