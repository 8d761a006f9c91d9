/**
 * The one error type of the server. Each code has a fixed HTTP status and a default French
 * message; features throw `new AppError('CODE')` (optionally with a precise message and details)
 * and the error handler turns it into `{ error: { code, message, details } }`.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, message: 'Les données envoyées ne sont pas valides.' },
  MALFORMED_JSON: { status: 400, message: 'Le corps de la requête n’est pas un JSON valide.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Type de contenu non pris en charge.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'La requête est trop volumineuse.' },
  WEAK_PASSWORD: { status: 400, message: 'Le mot de passe ne respecte pas les règles de sécurité.' },
  TOKEN_INVALID: { status: 400, message: 'Ce lien n’est plus valide : il a expiré ou a déjà été utilisé.' },
  UNAUTHENTICATED: { status: 401, message: 'Vous devez être connecté·e.' },
  INVALID_CREDENTIALS: { status: 401, message: 'Adresse électronique ou mot de passe incorrect.' },
  SESSION_EXPIRED: { status: 401, message: 'Votre session a expiré, veuillez vous reconnecter.' },
  CSRF_FAILED: { status: 403, message: 'Jeton de sécurité manquant ou invalide. Rechargez la page.' },
  FORBIDDEN: { status: 403, message: 'Vous n’avez pas les droits pour cette action.' },
  NOT_FOUND: { status: 404, message: 'Ressource introuvable.' },
  ROUTE_NOT_FOUND: { status: 404, message: 'Cette adresse n’existe pas.' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'Méthode non autorisée.' },
  CONFLICT: { status: 409, message: 'Cette opération entre en conflit avec l’état actuel.' },
  EMAIL_TAKEN: { status: 409, message: 'Un compte existe déjà avec cette adresse électronique.' },
  ALREADY_MEMBER: { status: 409, message: 'Cette personne a déjà ce rôle dans cette organisation.' },
  TRANSITION_NOT_ALLOWED: { status: 409, message: 'Cette étape n’est pas possible dans l’état actuel du parcours.' },
  ROLE_NOT_ALLOWED: { status: 403, message: 'Votre rôle ne permet pas cette étape du parcours.' },
  MISSING_DATA: { status: 400, message: 'Des informations obligatoires manquent pour cette étape.' },
  JURY_RESULT_TOO_EARLY: { status: 409, message: 'Le résultat du jury ne peut être saisi qu’après la date de la session.' },
  BLOC_NOT_TARGETED: { status: 400, message: 'Ce bloc de compétences n’est pas présenté à ce jury.' },
  BLOCS_REMAINING: { status: 409, message: 'Des blocs de compétences restent à valider.' },
  NO_BLOC_REMAINING: { status: 409, message: 'Tous les blocs visés sont déjà acquis.' },
  ASSISTANCE_CLOSED: { status: 409, message: 'Cette assistance renforcée est close : elle ne peut plus être modifiée.' },
  ASSISTANCE_ALREADY_OPEN: { status: 409, message: 'Une assistance renforcée est déjà en cours sur ce parcours.' },
  CARRIER_NOT_ON_PATHWAY: { status: 400, message: 'Cet intervenant n’est pas associé au parcours : ajoutez d’abord son organisation au parcours.' },
  AGREEMENT_CHANGED: { status: 409, message: 'L’accord a changé depuis que vous l’avez lu : relisez la dernière version avant de l’accepter.' },
  AGREEMENT_ALREADY_ACCEPTED: { status: 409, message: 'Cette version de l’accord est déjà acceptée.' },
  APPOINTMENT_CONFLICT: { status: 409, message: 'Une personne de ce rendez-vous en a déjà un autre sur ce créneau.' },
  APPOINTMENT_CANCELLED: { status: 409, message: 'Ce rendez-vous est annulé : il ne peut plus être modifié ni émargé.' },
  APPOINTMENT_NOT_STARTED: { status: 409, message: 'L’émargement n’est possible qu’à partir du début du rendez-vous.' },
  ALREADY_SIGNED: { status: 409, message: 'Cette personne a déjà émargé pour ce rendez-vous.' },
  SIGNATURE_NOT_OWN: { status: 403, message: 'Chacun émarge pour soi-même : vous ne pouvez pas signer pour une autre personne.' },
  FILE_TYPE_NOT_ALLOWED: { status: 400, message: 'Seuls les fichiers PDF et les images (PNG, JPEG, WebP) sont acceptés.' },
  FILE_TOO_LARGE: { status: 413, message: 'Le fichier dépasse la taille maximale de 20 Mo.' },
  IMPORT_FILE_REQUIRED: { status: 400, message: 'Joignez un fichier d’export France Compétences (XML ou ZIP).' },
  UPLOAD_INTERRUPTED: { status: 400, message: 'L’envoi du fichier a été interrompu avant la fin : rien n’a été déposé.' },
  IMPORT_FILE_UNSUPPORTED: { status: 400, message: 'Ce fichier n’est pas un export France Compétences : un fichier XML ou l’archive ZIP des CSV est attendu.' },
  CONSENT_REQUIRED: { status: 400, message: 'Le consentement du candidat est obligatoire pour une mise en relation.' },
  REFERRAL_LINK_USED: { status: 409, message: 'Ce lien a déjà été utilisé : la réponse est enregistrée.' },
  REFERRAL_LINK_EXPIRED: { status: 410, message: 'Ce lien a expiré : contactez le référent qui vous l’a envoyé.' },
  SATISFACTION_LINK_USED: { status: 409, message: 'Ce questionnaire a déjà été rempli : vos réponses sont enregistrées. Merci !' },
  SATISFACTION_LINK_EXPIRED: { status: 410, message: 'Ce questionnaire a expiré : il ne peut plus être rempli.' },
  SATISFACTION_ALREADY_PENDING: { status: 409, message: 'Un questionnaire de satisfaction envoyé à ce candidat attend encore sa réponse.' },
  COMPLAINT_STATUS_INVALID: { status: 409, message: 'Cette réclamation n’est pas à l’étape attendue pour cette action.' },
  CSV_INVALID: { status: 400, message: 'Le fichier CSV n’est pas valide.' },
  TERRITORY_NOT_COVERED: { status: 400, message: 'Une fiche partagée ne peut couvrir que les départements de votre structure.' },
  GRANT_ALREADY_WITHDRAWN: { status: 409, message: 'Cette autorisation est déjà retirée.' },
  TARGET_PLAN_SUM: { status: 400, message: 'Le plan mensuel doit compter douze mois entiers, positifs, dont la somme est égale à l’objectif de la ligne.' },
  TARGET_SPLIT_SUM: { status: 400, message: 'La répartition entre les structures doit être égale à l’objectif de la ligne.' },
  TARGET_SPLIT_NOT_MEMBER: { status: 400, message: 'La répartition ne peut concerner que les structures membres du groupement.' },
  TARGET_TERRITORY_DUPLICATE: { status: 400, message: 'Un même territoire ne peut figurer qu’une fois par service dans une convention (un département ne peut pas non plus appartenir à deux zones d’un même service).' },
  TARGET_NOT_GROUPEMENT: { status: 409, message: 'Cette convention est passée avec une seule structure : il n’y a pas de répartition à faire.' },
  REPORT_NOT_DRAFT: { status: 409, message: 'Ce rapport est signé : il ne peut plus être modifié ni signé de nouveau.' },
  REPORT_NOT_SIGNED: { status: 409, message: 'Le rapport doit être signé par la direction avant d’être envoyé.' },
  REPORT_ALREADY_SENT: { status: 409, message: 'Ce rapport a déjà été envoyé au commanditaire.' },
  REPORT_EXISTS: { status: 409, message: 'Un rapport existe déjà pour ce commanditaire, cette structure (ou ce groupement) et cette année.' },
  REPORT_NO_AGREEMENT: { status: 400, message: 'Aucune convention de ce commanditaire avec cette structure ou ce groupement pour cette année : le rapport n’a pas d’objet.' },
  RATE_LIMITED: { status: 429, message: 'Trop de tentatives. Réessayez dans quelques minutes.' },
  SERVICE_UNAVAILABLE: { status: 503, message: 'Service momentanément indisponible.' },
  INTERNAL: { status: 500, message: 'Une erreur interne est survenue. Elle a été enregistrée.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorDetails {
  fields?: Record<string, string>;
  [key: string]: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, message?: string, details?: ErrorDetails) {
    super(message ?? ERROR_CODES[code].message);
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.details = details;
  }

  toBody() {
    return { error: { code: this.code, message: this.message, details: this.details ?? null } };
  }
}

export function fieldError(code: ErrorCode, field: string, message: string): AppError {
  return new AppError(code, message, { fields: { [field]: message } });
}
