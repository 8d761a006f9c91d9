import { format } from 'date-fns';
import { fr } from 'date-fns/locale';
import { REPORT_STATUS_LABELS } from '../../../../common/reports';
import { TARGET_SERVICE_LABELS, type MaskedCount } from '../../../../common/targets';
import type { TMaskedList, TReport } from '../reports.schema';

/** A cell: a number, an amount in cents, a text, or the mark of a figure hidden by the small-count rule. */
export type Cell = string | number | { cents: number };
export interface Table {
  title: string;
  columns: string[];
  rows: Cell[][];
  total?: Cell[];
}
export interface Part {
  title: string;
  /** The worksheet's name (31 characters at most). */
  sheet: string;
  tables: Table[];
  paragraphs?: string[];
}

// PDF standard fonts have no narrow no-break space: plain spaces keep the text extractable.
const spaces = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
export const euros = (cents: number) => spaces(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100));
export const longDate = (iso: string) => format(new Date(iso), 'd MMMM yyyy', { locale: fr });
export const maskedText = (minCount: number) => `masqué (< ${minCount})`;

export function cellOf(c: MaskedCount, minCount: number, as: (n: number) => Cell = (n) => n): Cell {
  return c.masked ? maskedText(minCount) : as(c.value);
}

const listTable = (title: string, l: TMaskedList, minCount: number, column = 'Bénéficiaires'): Table => ({
  title,
  columns: ['', column],
  rows: l.items.map((i) => [i.label, cellOf(i.count, minCount)]),
  total: ['Total', cellOf(l.total, minCount)],
});

/** The report's three parts as tables, shared by the PDF and the workbook so both say the same. */
export function reportParts(r: TReport): Part[] {
  const v = r.view;
  const m = v.minCount;
  const money = (c: MaskedCount) => cellOf(c, m, (cents) => ({ cents }));
  const amount = (cents: number) => ({ cents });
  const q = v.quantitative;
  const ql = v.qualitative;
  const f = v.financial;
  return [
    {
      title: 'Partie quantitative',
      sheet: 'Quantitatif',
      tables: [
        listTable('Bénéficiaires par service', q.byService, m),
        listTable('Bénéficiaires par profil', q.byProfile, m),
        listTable('Bénéficiaires par phase du parcours', q.byPhase, m),
        listTable('Bénéficiaires par territoire', q.byTerritory, m),
        listTable('Résultats des jurys', q.jury, m, 'Parcours'),
        listTable('Parcours clos, par motif', q.pathwayClosures, m, 'Parcours'),
        listTable('Assistances closes, par motif (dont relais)', q.assistanceClosures, m, 'Assistances'),
        { title: 'Durée moyenne par étape (jours)', columns: ['Étape', 'Jours en moyenne'], rows: q.durations.map((d) => [d.label, cellOf(d.meanDays, m)]) },
      ],
    },
    {
      title: 'Partie qualitative',
      sheet: 'Qualitatif',
      tables: [
        listTable('Appuis prévus dans les plans', ql.supportsPlanned, m, 'Appuis'),
        listTable('Appuis réalisés', ql.supportsDelivered, m, 'Appuis'),
        listTable('Appuis réalisés dont l’effet est constaté', ql.supportsWithEffect, m, 'Appuis'),
        { title: 'Satisfaction des candidats', columns: ['', 'Valeur'], rows: [['Questionnaires reçus', cellOf(ql.satisfaction.answered, m)], ['Note moyenne (sur 5)', cellOf(ql.satisfaction.meanScore, m)]] },
      ],
      paragraphs: [ql.narrative.trim() ? ql.narrative : 'La direction n’a pas rédigé de bilan qualitatif.'],
    },
    {
      title: 'Partie financière',
      sheet: 'Financier',
      tables: [
        {
          title: 'Budget et réalisé par ligne de convention',
          columns: ['Service', 'Territoire', 'Objectif', 'Budget', 'Réalisé', 'Valorisation du réalisé'],
          rows: f.lines.map((l) => [TARGET_SERVICE_LABELS[l.service], l.territory, l.quantity, amount(l.budgetCents), cellOf(l.realised, m), money(l.valueCents)]),
          total: ['Total', '', f.lines.reduce((a, l) => a + l.quantity, 0), amount(f.totals.budgetCents), cellOf(f.realisedTotal, m), money(f.totals.valueCents)],
        },
        {
          title: 'Heures et coût par service',
          columns: ['Service', 'Heures', 'Réalisé', 'Budget', 'Valorisation', 'Coût horaire'],
          rows: f.services.map((s) => [TARGET_SERVICE_LABELS[s.service], s.hours, cellOf(s.realised, m), amount(s.budgetCents), money(s.valueCents), money(s.costPerHourCents)]),
          total: ['Total', Math.round(f.totals.hours * 100) / 100, cellOf(f.realisedTotal, m), amount(f.totals.budgetCents), money(f.totals.valueCents), ''],
        },
      ],
      paragraphs: ['Valorisation : le budget de chaque ligne divisé par son objectif donne le prix unitaire convenu ; le réalisé est valorisé à ce prix, dans la limite du budget. Heures : durées des rendez-vous tenus par les structures (une fois par rendez-vous) ; un rendez-vous d’un parcours en assistance renforcée dans la même structure compte pour ce service, tout autre pour le conseil VAE.'],
    },
  ];
}

/** The identification lines of the report and its signature line. */
export function reportHeading(r: TReport): { lines: string[]; signature: string } {
  const lines = [
    `Commanditaire : ${r.commanditaire.name}`,
    `${r.party.kind === 'groupement' ? 'Groupement' : 'Structure'} : ${r.party.name}`,
    ...(r.party.kind === 'groupement' ? [`Structures membres : ${r.structures.map((s) => s.name).join(', ')}`] : []),
    `Année : ${r.year}`,
    `Conventions : ${r.agreements.map((a) => a.title).join(' ; ')}`,
    `Statut : ${REPORT_STATUS_LABELS[r.status]}${r.sentAt ? ` le ${longDate(r.sentAt)}` : ''}`,
    `Chiffres arrêtés le ${longDate(r.computedAt)}${r.view.masked ? ` ; effectifs inférieurs à ${r.view.minCount} masqués` : ''}`,
  ];
  const signature = r.signedAt && r.signedByName && r.contentSha256
    ? `Signé dans Jalon par ${r.signedByName}, direction, le ${longDate(r.signedAt)} — empreinte SHA-256 du contenu : ${r.contentSha256}`
    : 'Signature de la direction : rapport non signé (brouillon)';
  return { lines, signature };
}
