import { stringify } from 'csv-stringify/sync';
import type { MaskedCount } from '../../../../common/targets';
import type { Database } from '../../../db/client';
import type { Clock } from '../../../lib/clock';
import type { Principal } from '../../../lib/principal';
import { resourceCentreDashboard } from '../../dashboards/features/resource-centre-dashboard';

/** The columns, in order (documented in docs/exports/resource-centre-csv.md). */
export const RESOURCE_CENTRE_COLUMNS = ['annee', 'section', 'territoire_code', 'territoire', 'service', 'mois', 'indicateur', 'cle', 'libelle', 'valeur', 'masque'] as const;
type Row = Record<(typeof RESOURCE_CENTRE_COLUMNS)[number], string>;

const decimal = (n: number) => String(n).replace('.', ',');
const value = (c: MaskedCount) => ({ valeur: c.masked ? '' : decimal(c.value), masque: c.masked ? 'oui' : 'non' });

/**
 * The anonymised statistics of every structure of the resource centre's région for a year, one
 * figure per line (long format), `;`-separated, UTF-8 with a BOM for spreadsheet software. Built
 * from the resource centre's dashboard, so exactly its masking applies: a hidden figure has an
 * empty `valeur` and `masque` = `oui`.
 */
export async function resourceCentreCsv(opts: { database: Database; clock: Clock; principal: Principal; organisationId: string; year?: number }): Promise<{ name: string; content: Buffer }> {
  const d = await resourceCentreDashboard(opts);
  const annee = String(d.year);
  const blank = { territoire_code: '', territoire: '', service: '', mois: '', cle: '', libelle: '' };
  const rows: Row[] = [{ annee, section: 'perimetre', ...blank, indicateur: 'structures', ...value({ masked: false, value: d.structureCount }) }];
  for (const t of d.byTerritory) {
    const month = (i: number) => String(i + 1);
    for (const r of t.rows) {
      const where = { territoire_code: r.id, territoire: r.label, service: t.service };
      r.cells.forEach((c, i) => rows.push({ annee, section: 'realise', ...blank, ...where, mois: month(i), indicateur: 'realise', ...value(c) }));
      rows.push({ annee, section: 'realise', ...blank, ...where, mois: 'total', indicateur: 'realise', ...value(r.total) });
    }
    const all = { territoire_code: 'total', territoire: 'Tous les départements', service: t.service };
    t.columnTotals.forEach((c, i) => rows.push({ annee, section: 'realise', ...blank, ...all, mois: month(i), indicateur: 'realise', ...value(c) }));
    rows.push({ annee, section: 'realise', ...blank, ...all, mois: 'total', indicateur: 'realise', ...value(t.total) });
  }
  const lists = [
    ['jury', d.outcomes.jury],
    ['parcours_clos', d.outcomes.pathwayClosures],
    ['assistances_closes', d.outcomes.assistanceClosures],
  ] as const;
  for (const [indicateur, l] of lists) {
    for (const i of l.items) rows.push({ annee, section: 'resultats', ...blank, indicateur, cle: i.key, libelle: i.label, ...value(i.count) });
    rows.push({ annee, section: 'resultats', ...blank, indicateur, cle: 'ensemble', libelle: 'Total', ...value(l.total) });
  }
  for (const x of d.durations) rows.push({ annee, section: 'durees', ...blank, indicateur: 'duree_moyenne_jours', cle: x.state, libelle: x.label, ...value(x.meanDays.masked ? x.meanDays : { masked: false, value: x.meanDays.value }) });
  for (const s of d.supports.items) rows.push({ annee, section: 'appuis', ...blank, indicateur: 'appuis_prevus', cle: s.code, libelle: s.wording, ...value(s.count) });
  rows.push({ annee, section: 'appuis', ...blank, indicateur: 'appuis_prevus', cle: 'ensemble', libelle: 'Total', ...value(d.supports.total) });
  if (d.satisfaction) {
    const mean = d.satisfaction.meanScore;
    rows.push({ annee, section: 'satisfaction', ...blank, indicateur: 'questionnaires_recus', ...value(d.satisfaction.answered) });
    rows.push({ annee, section: 'satisfaction', ...blank, indicateur: 'note_moyenne', ...value(mean.masked ? mean : { masked: false, value: mean.value }) });
  }
  const text = stringify(rows, { header: true, columns: [...RESOURCE_CENTRE_COLUMNS], delimiter: ';', bom: true, record_delimiter: 'windows' });
  return { name: `statistiques-centre-ressources-${d.year}.csv`, content: Buffer.from(text, 'utf8') };
}
