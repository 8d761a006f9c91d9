/** Appointments: the vocabularies shared by the server and the web app. */
export const APPOINTMENT_KINDS = ['individual', 'collective'] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];

export const APPOINTMENT_MODALITIES = ['face_to_face', 'phone', 'video', 'email'] as const;
export type AppointmentModality = (typeof APPOINTMENT_MODALITIES)[number];
export const MODALITY_LABELS: Record<AppointmentModality, string> = {
  face_to_face: 'En présentiel',
  phone: 'Par téléphone',
  video: 'En visioconférence',
  email: 'Par échange de courriels',
};

export const ATTENDANCE_STATUSES = ['present', 'excused', 'absent', 'cancelled'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  present: 'Présent·e',
  excused: 'Excusé·e',
  absent: 'Absent·e',
  cancelled: 'Annulé',
};

export const SIGNATURE_VIAS = ['on_screen', 'own_account'] as const;
export type SignatureVia = (typeof SIGNATURE_VIAS)[number];
export const SIGNATURE_VIA_LABELS: Record<SignatureVia, string> = {
  on_screen: 'signé sur écran, sur place',
  own_account: 'signé depuis son compte',
};

export type AppointmentStatus = 'scheduled' | 'cancelled';
export type ParticipantKind = 'professional' | 'candidate';
export type NotificationKind = 'convocation' | 'update' | 'cancellation' | 'reminder';

export const REPORT_FIELDS = ['sessionObjectives', 'pointsWorked', 'difficulties', 'objectivesReached', 'personalWork', 'nextSteps'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];
export const REPORT_FIELD_LABELS: Record<ReportField, string> = {
  sessionObjectives: 'Objectifs de la séance',
  pointsWorked: 'Points travaillés',
  difficulties: 'Difficultés rencontrées',
  objectivesReached: 'Objectifs atteints',
  personalWork: 'Travail personnel convenu d’ici la prochaine fois',
  nextSteps: 'Prochaines étapes',
};
