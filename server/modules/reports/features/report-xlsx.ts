import type { TReport } from '../reports.schema';
import { reportHeading, reportParts } from './report-tables';
import { newWorkbook, putRow, putTable, toBuffer } from './xlsx';

/** The yearly report as a workbook: an identification sheet, then one sheet per part with its totals. */
export async function renderReportXlsx(r: TReport): Promise<Buffer> {
  const wb = await newWorkbook(new Date(r.signedAt ?? r.computedAt));
  const { lines, signature } = reportHeading(r);
  const cover = wb.addWorksheet('Rapport');
  putRow(cover, [`Rapport annuel ${r.year} — ${r.party.name}`], { bold: true });
  for (const l of lines) putRow(cover, [l]);
  putRow(cover, [signature]);
  cover.getColumn(1).width = 100;
  for (const part of reportParts(r)) {
    const ws = wb.addWorksheet(part.sheet);
    for (const t of part.tables) putTable(ws, t);
    for (const p of part.paragraphs ?? []) putRow(ws, [p]);
    ws.getColumn(1).width = 48;
    for (let c = 2; c <= 6; c++) ws.getColumn(c).width = 18;
  }
  return toBuffer(wb);
}
