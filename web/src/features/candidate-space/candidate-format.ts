import type { MyPathway } from './types';

/** "12 mars 2025" for an ISO date or date-time; the input as is when it is not a date. */
export function formatDay(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);
}

/** "850 ko", "1,5 Mo": a size people can read. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} octets`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} ko`;
  const mega = bytes / (1024 * 1024);
  return `${mega.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
}

/** The server lists pathways from the oldest; the candidate sees the current one first. */
export function mostRecentFirst<T>(items: readonly T[]): T[] {
  return [...items].reverse();
}

const WHO_LABELS: Record<MyPathway['nextAction']['who'], string> = {
  candidate: 'À vous de jouer',
  certificateur: 'En attente du certificateur',
  accompagnateur: 'Avec votre accompagnateur',
};

/** Who acts next, in words (never shown by colour alone). */
export function nextActionWhoLabel(who: MyPathway['nextAction']['who']): string {
  return WHO_LABELS[who];
}

/** "Échéance : le 12 mars 2025", or null when there is no date. */
export function dueDateText(dueAt: string | null, timeZone?: string): string | null {
  return dueAt ? `Échéance : le ${formatDay(dueAt, timeZone)}` : null;
}
