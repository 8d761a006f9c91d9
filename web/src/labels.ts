/** French labels of the API's enums, for display only. */
import type { MailStatus, OrgKind, Role, UserKind } from './api/types';

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  commanditaire: 'Commanditaire',
  counselling_structure: 'Structure de conseil (PAC)',
  accompaniment_organisation: "Organisme d'accompagnement",
  certificateur: 'Certificateur',
  funder: 'Financeur',
  partner: 'Partenaire',
  school: 'Établissement scolaire',
  resource_centre: 'Centre ressource régional',
};

export const ROLE_LABELS: Record<Role, string> = {
  referent: 'Référent de parcours',
  accompagnateur: 'Accompagnateur',
  conseiller: 'Conseiller VAE',
  certificateur_agent: 'Agent certificateur',
  director: 'Directeur/Directrice',
  funder_analyst: "Chargé·e d'analyse financeur",
  school_staff: "Personnel d'établissement",
  admin: "Administrateur de l'organisation",
};

export const USER_KIND_LABELS: Record<UserKind, string> = {
  professional: 'Professionnel·le',
  candidate: 'Candidat·e',
};

export const MAIL_STATUS_LABELS: Record<MailStatus, string> = {
  queued: 'En attente',
  sent: 'Envoyé',
  stored: 'Conservé (non envoyé)',
  failed: 'Échec',
};

/** Formats an ISO date-time for display, in French and in the user's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' });
}

const CALENDAR_DAY = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * "2022-09-01" → "1 septembre 2022" whatever the browser's time zone, or null if the value is not
 * a date without time. `new Date("2022-09-01")` is midnight UTC, which is still 31 August in
 * Guadeloupe or French Polynesia: a calendar day must be formatted in UTC, not in local time.
 */
export function formatCalendarDay(iso: string): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return day ? CALENDAR_DAY.format(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : null;
}

/** Formats an ISO date (a calendar day) or date-time (its day in the user's time zone) in French. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const calendarDay = formatCalendarDay(iso);
  if (calendarDay) return calendarDay;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('fr-FR', { dateStyle: 'long' });
}

/** French labels of the audit event types known to the web app (others are shown as is). */
export const AUDIT_EVENT_LABELS: Record<string, string> = {
  'auth.login_succeeded': 'Connexion réussie',
  'auth.login_failed': 'Échec de connexion',
  'auth.logout': 'Déconnexion',
  'auth.magic_link_requested': 'Demande de lien de connexion',
  'auth.magic_link_used': 'Connexion par lien',
  'auth.password_reset_requested': 'Demande de réinitialisation du mot de passe',
  'auth.password_changed': 'Mot de passe modifié',
  'organisation.created': 'Organisation créée',
  'organisation.updated': 'Organisation modifiée',
  'groupement.created': 'Groupement créé',
  'groupement.updated': 'Groupement modifié',
  'user.created': 'Compte créé',
  'user.updated': 'Compte modifié',
  'user.disabled': 'Compte désactivé',
  'user.enabled': 'Compte réactivé',
  'membership.added': 'Rattachement ajouté',
  'membership.removed': 'Rattachement retiré',
  'api_token.created': "Jeton d'API créé",
  'api_token.revoked': "Jeton d'API révoqué",
  'zone.created': 'Zone créée',
  'sensitive_data.read': 'Consultation de données sensibles',
  'database.restored': 'Base de données restaurée',
  'certification.imported': 'Import du catalogue des certifications',
  'certification.enrichment_updated': 'Informations VAE d’une certification modifiées',
  'certification.manager_added': 'Organisation gestionnaire d’une certification ajoutée',
  'certification.manager_removed': 'Organisation gestionnaire d’une certification retirée',
};

export function auditEventLabel(eventType: string): string {
  return AUDIT_EVENT_LABELS[eventType] ?? eventType;
}
