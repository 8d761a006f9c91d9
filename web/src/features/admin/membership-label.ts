import type { Membership } from '../../api/types';
import { ROLE_LABELS } from '../../labels';

/** "Référent de parcours – CIBC Rhône". */
export function membershipLabel(membership: Membership): string {
  return `${ROLE_LABELS[membership.role]} – ${membership.organisationName}`;
}
