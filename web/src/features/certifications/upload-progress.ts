import type { UploadProgress } from '../../api/upload-file';

/**
 * Pure parts of an upload's progress: the percentage, sizes in Mo/Go written the French way,
 * the visible label, how often it is redrawn and the steps a screen reader is told about.
 */

const MO = 1024 ** 2;
const GO = 1024 ** 3;
/** Non-breaking space between a number and its unit (French typography). */
const NBSP = '\u00a0';

/** How often the visible progress may be redrawn, in milliseconds (four times a second). */
export const REDRAW_INTERVAL_MS = 250;
/** A screen reader hears the progress every this many percent. */
export const ANNOUNCE_STEP = 10;

export type { UploadProgress };

/** Whole percent sent, rounded down so that 100 % means everything has been sent. */
export function uploadPercent({ loaded, total }: UploadProgress): number {
  if (!(total > 0)) return 0;
  const percent = Math.floor((100 * loaded) / total);
  return Math.min(100, Math.max(0, percent));
}

/** A size in Mo (one decimal under 10 Mo) or, from 1 000 Mo, in Go with one decimal: "230 Mo", "1,2 Go". */
export function formatSize(bytes: number): string {
  const mo = Math.max(0, bytes) / MO;
  // Rounded as it will be shown, so 999,6 Mo is written 1 Go and never "1 000 Mo".
  if (Math.round(mo) >= 1000) {
    return `${(bytes / GO).toLocaleString('fr-FR', { maximumFractionDigits: 1 })}${NBSP}Go`;
  }
  return `${mo.toLocaleString('fr-FR', { maximumFractionDigits: mo < 10 ? 1 : 0 })}${NBSP}Mo`;
}

/** "45 % (230 Mo sur 510 Mo)". */
export function progressValueText(progress: UploadProgress): string {
  return `${uploadPercent(progress)}${NBSP}% (${formatSize(progress.loaded)} sur ${formatSize(progress.total)})`;
}

/** "Envoi du fichier : 45 % (230 Mo sur 510 Mo)". */
export function progressLabel(progress: UploadProgress): string {
  return `Envoi du fichier${NBSP}: ${progressValueText(progress)}`;
}

/**
 * Whether a progress event should redraw the page: the first one, the last one (everything
 * sent) and otherwise at most one every `REDRAW_INTERVAL_MS`.
 */
export function shouldRedraw(lastRedrawAt: number | null, now: number, progress: UploadProgress): boolean {
  if (lastRedrawAt === null) return true;
  if (progress.total > 0 && progress.loaded >= progress.total) return true;
  return now - lastRedrawAt >= REDRAW_INTERVAL_MS;
}

/**
 * The step to announce to screen readers, or null when the progress has not reached a new
 * multiple of `ANNOUNCE_STEP` since the last announcement (`lastAnnounced`, null before any).
 */
export function nextAnnouncement(lastAnnounced: number | null, percent: number): number | null {
  const step = Math.floor(Math.min(100, Math.max(0, percent)) / ANNOUNCE_STEP) * ANNOUNCE_STEP;
  if (lastAnnounced !== null && step <= lastAnnounced) return null;
  return step;
}

/** What the live region says at a step: "Envoi du fichier : 40 %", "Fichier envoyé." at 100. */
export function announcementText(step: number): string {
  return step >= 100 ? 'Fichier envoyé, enregistrement en cours.' : `Envoi du fichier${NBSP}: ${step}${NBSP}%`;
}
