/** Kinds of organisation and professional roles, shared by the server and the web app. */
export const ORGANISATION_KINDS = [
  'commanditaire',
  'counselling_structure',
  'accompaniment_organisation',
  'certificateur',
  'funder',
  'partner',
  'school',
  'resource_centre',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  commanditaire: 'Commanditaire',
  counselling_structure: 'Structure de conseil (PAC)',
  accompaniment_organisation: 'Organisme d’accompagnement',
  certificateur: 'Certificateur',
  funder: 'Financeur',
  partner: 'Partenaire',
  school: 'Établissement scolaire',
  resource_centre: 'Centre ressource régional',
};

export const ROLES = [
  'referent',
  'accompagnateur',
  'conseiller',
  'certificateur_agent',
  'director',
  'funder_analyst',
  'school_staff',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  referent: 'Référent de parcours',
  accompagnateur: 'Accompagnateur',
  conseiller: 'Conseiller VAE',
  certificateur_agent: 'Agent certificateur',
  director: 'Directeur ou directrice',
  funder_analyst: 'Chargé·e d’analyse financeur',
  school_staff: 'Personnel d’établissement',
  admin: 'Administrateur de l’organisation',
};

export const USER_KINDS = ['professional', 'candidate'] as const;
export type UserKind = (typeof USER_KINDS)[number];
