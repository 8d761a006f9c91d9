/**
 * Pure formatting of the certification record page: French dates, labels of the registry's codes
 * and states, and the groupings the page shows (jury compositions, training calendar, ROME codes).
 */
import { formatCalendarDay } from '../../labels';
import type { CertificationEnrichment, CertificationView } from './types';

const PARIS_DAY = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });

/**
 * "2022-09-01" → "1 septembre 2022", read as a calendar day whatever the browser's time zone;
 * a date-time gives its day in Paris. Null gives "—", an unreadable value is shown as is.
 */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '—';
  const calendarDay = formatCalendarDay(iso);
  if (calendarDay) return calendarDay;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : PARIS_DAY.format(date);
}

export function yesNo(value: boolean | null): string {
  return value == null ? 'Non précisé' : value ? 'Oui' : 'Non';
}

export function formatYears(years: number): string {
  return `${years} an${years > 1 ? 's' : ''}`;
}

export function codeWithLabel(item: { code: string; label: string | null }): string {
  return item.label ? `${item.code} – ${item.label}` : item.code;
}

export type StateSeverity = 'success' | 'warning' | 'info';

/**
 * The badge colour of a state written by the registry ("Actif", "Inactif", "Publiée",
 * "Modifications à valider"…). The badge always shows the state's words as well.
 */
export function stateSeverity(state: string | null): StateSeverity | undefined {
  if (!state) return undefined;
  const word = state
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase();
  if (/^(inacti|suspendu|retire|abroge|annule|caduque|expire)/.test(word)) return 'warning';
  if (/^(actif|active|publie)/.test(word)) return 'success';
  if (word.includes('valider') || word.includes('cours')) return 'info';
  return undefined;
}

/** France compétences' codes of a partner's habilitation. */
export const HABILITATION_LABELS: Record<string, string> = {
  HABILITATION_FORMER: 'Former',
  HABILITATION_ORGA_FORM: 'Former et organiser l’évaluation',
  HABILITATION_FORMER_ORGANISER: 'Former et organiser l’évaluation',
  HABILITATION_ORGA_FORM_CERTIFIER: 'Former, organiser l’évaluation et délivrer la certification',
};

/** A known habilitation code in words; an unknown one as the registry wrote it. */
export function habilitationLabel(code: string | null): string {
  if (!code) return 'Non précisée';
  return HABILITATION_LABELS[code.trim().toUpperCase()] ?? code;
}

export const PUBLICATION_KIND_LABELS: Record<CertificationView['publications'][number]['kind'], string> = {
  general: 'Texte général',
  creation: 'Texte de création',
  other: 'Autre texte',
};

type Modality = NonNullable<NonNullable<CertificationEnrichment['training']>['units'][number]['modality']>;
export const MODALITY_LABELS: Record<Modality, string> = {
  presentiel: 'Sur place',
  distance: 'À distance',
  mixte: 'Mixte (sur place et à distance)',
};

export function modalityLabel(modality: Modality | null): string {
  return modality ? MODALITY_LABELS[modality] : 'Non précisée';
}

type TrainingUnit = NonNullable<CertificationEnrichment['training']>['units'][number];

/** The academic years of a training's calendar, in order ("2023/2024", "2024/2025"…): one column each. */
export function academicYears(units: TrainingUnit[]): string[] {
  return [...new Set(units.flatMap((u) => u.semesters.map((s) => s.academicYear)))].sort();
}

/** When a unit is taught in an academic year ("Semestre 1", "Annuel"…), or "—". */
export function periodIn(unit: TrainingUnit, academicYear: string): string {
  const periods = unit.semesters.filter((s) => s.academicYear === academicYear).map((s) => s.period);
  return periods.length > 0 ? periods.join(', ') : '—';
}

type AccessRoute = CertificationView['accessRoutes'][number];
export interface JuryGroup {
  routes: AccessRoute['route'][];
  composition: string;
}

/**
 * The registry repeats the same jury for most access routes: one entry per distinct composition
 * (blanks ignored), with the routes it serves; the VAE jury's entry comes first, VAE first in it.
 */
export function groupJuryCompositions(routes: AccessRoute[]): JuryGroup[] {
  const groups = new Map<string, JuryGroup>();
  for (const route of routes) {
    const composition = route.juryComposition?.replace(/\s+/g, ' ').trim();
    if (!composition) continue;
    const group = groups.get(composition);
    if (group) group.routes.push(route.route);
    else groups.set(composition, { routes: [route.route], composition });
  }
  const vaeFirst = (g: JuryGroup): JuryGroup => ({ ...g, routes: [...g.routes.filter((r) => r === 'vae'), ...g.routes.filter((r) => r !== 'vae')] });
  const list = [...groups.values()].map(vaeFirst);
  return [...list.filter((g) => g.routes[0] === 'vae'), ...list.filter((g) => g.routes[0] !== 'vae')];
}

/** The blocs of one side of a correspondence; none means the whole certification. */
export function blocCodesLabel(codes: string[]): string {
  return codes.length > 0 ? codes.join(', ') : 'Toute la certification';
}

/** How many partners the page lists: the API sends the first 200 and the total. */
export function partnersCountLabel(total: number, shown: number): string {
  const n = (value: number) => value.toLocaleString('fr-FR');
  if (shown >= total) return `${n(total)} organisme${total > 1 ? 's' : ''}`;
  return `${n(shown)} premiers organismes affichés sur ${n(total)}`;
}

export interface RomeGroup {
  code: string;
  label: string | null;
  appellations: string[];
}

/** The ROME codes of the registry with the job titles (appellations) the VAE information adds to each. */
export function romeGroups(codes: { code: string; label: string | null }[], appellations: { romeCode: string; label: string }[]): RomeGroup[] {
  const groups: RomeGroup[] = codes.map((c) => ({ code: c.code, label: c.label, appellations: [] }));
  for (const a of appellations) {
    let group = groups.find((g) => g.code === a.romeCode);
    if (!group) {
      group = { code: a.romeCode, label: null, appellations: [] };
      groups.push(group);
    }
    group.appellations.push(a.label);
  }
  return groups;
}

/** An address from the registry usable as a link: http(s) only, "www.…" completed; anything else is not a link. */
export function externalUrl(value: string | null): string | null {
  const text = value?.trim();
  if (!text) return null;
  const candidate = /^https?:\/\//i.test(text) ? text : /^www\./i.test(text) ? `https://${text}` : null;
  if (!candidate) return null;
  try {
    return new URL(candidate).href;
  } catch {
    return null;
  }
}

/**
 * The record's public page on France compétences' site, e.g. /recherche/rncp/37274/ or /recherche/rs/6490/:
 * the shape public reuses link to (not checked live: no network here).
 */
export function franceCompetencesUrl(kind: 'rncp' | 'rs', number: number): string {
  return `https://www.francecompetences.fr/recherche/${kind}/${number}/`;
}
