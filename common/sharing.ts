/**
 * What a candidate may share with an organisation taking part in their pathway (issue 7, point 4).
 * Each scope is a part of the file that is otherwise closed to organisations that do not need it
 * for their role in the process (see `server/modules/sharing/sharing.policy.ts`).
 */
export const SHARE_SCOPES = ['livret', 'documents', 'meeting_reports'] as const;
export type ShareScope = (typeof SHARE_SCOPES)[number];

export const SHARE_SCOPE_LABELS: Record<ShareScope, string> = {
  livret: 'Livret de suivi',
  documents: 'Documents déposés',
  meeting_reports: 'Comptes rendus des rendez-vous',
};

/** How a professional came to read a part: through their role in the process, a grant, or platform administration. */
export const ACCESS_VIAS = ['role', 'grant', 'admin'] as const;
export type AccessVia = (typeof ACCESS_VIAS)[number];

export const ACCESS_VIA_LABELS: Record<AccessVia, string> = {
  role: 'au titre de son rôle dans le parcours',
  grant: 'grâce à votre autorisation',
  admin: 'administration de la plateforme',
};
