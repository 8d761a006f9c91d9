/** Enums of a candidate's file and pathway records, shared by the server and the web app. */
export const CANDIDATE_SITUATIONS = ['private_employee', 'public_employee', 'job_seeker', 'self_employed', 'volunteer', 'carer'] as const;
export type CandidateSituation = (typeof CANDIDATE_SITUATIONS)[number];

export const CANDIDATE_SITUATION_LABELS: Record<CandidateSituation, string> = {
  private_employee: 'Salarié·e du privé',
  public_employee: 'Agent·e public',
  job_seeker: 'Demandeur·se d’emploi',
  self_employed: 'Travailleur·se indépendant·e',
  volunteer: 'Bénévole',
  carer: 'Proche aidant·e',
};

export const EXPERIENCE_KINDS = ['paid', 'volunteer', 'caregiving'] as const;
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number];

export const FUNDING_ROUTES = ['cpf', 'opco', 'employer', 'france_travail', 'region', 'self', 'other'] as const;
export type FundingRoute = (typeof FUNDING_ROUTES)[number];

export const FUNDING_ROUTE_LABELS: Record<FundingRoute, string> = {
  cpf: 'Compte personnel de formation (CPF)',
  opco: 'OPCO',
  employer: 'Employeur',
  france_travail: 'France Travail',
  region: 'Région',
  self: 'Autofinancement',
  other: 'Autre',
};

/** The role an organisation holds on a pathway: it is what grants access to the pathway. */
export const PATHWAY_ACTOR_ROLES = ['referent', 'accompagnateur', 'certificateur_agent', 'conseiller', 'funder'] as const;
export type PathwayActorKind = (typeof PATHWAY_ACTOR_ROLES)[number];

export const PATHWAY_ACTOR_ROLE_LABELS: Record<PathwayActorKind, string> = {
  referent: 'Référent de parcours',
  accompagnateur: 'Accompagnateur',
  certificateur_agent: 'Certificateur',
  conseiller: 'Conseiller VAE',
  funder: 'Financeur',
};

export const DOCUMENT_KINDS = ['livret1', 'livret2', 'recevabilite_letter', 'convocation', 'jury_decision', 'proof', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  livret1: 'Dossier de faisabilité (Livret 1)',
  livret2: 'Dossier de validation (Livret 2)',
  recevabilite_letter: 'Notification de recevabilité',
  convocation: 'Convocation au jury',
  jury_decision: 'Décision du jury',
  proof: 'Justificatif',
  other: 'Autre document',
};

/** Content types accepted for documents, as detected from the bytes, not from the name. */
export const DOCUMENT_MIME_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;
