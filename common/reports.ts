/** Yearly reports to the commanditaire (issue 8, point 3): the closed lists shared by server and web. */
export const REPORT_STATUSES = ['draft', 'signed', 'sent'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = { draft: 'Brouillon', signed: 'Signé', sent: 'Envoyé au commanditaire' };
