import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../../../lib/lazy-libraries';
import type { Cell, Table } from './report-tables';

/** Small helpers over exceljs shared by the report and the planning workbooks. */
export async function newWorkbook(created: Date): Promise<ExcelJS.Workbook> {
  const { Workbook } = await loadExcelJs();
  const wb = new Workbook();
  wb.creator = 'Jalon';
  // Fixed dates from the content keep a frozen report's workbook stable.
  wb.created = created;
  wb.modified = created;
  return wb;
}

const EUROS = '#,##0.00 "€"';

export function putRow(ws: ExcelJS.Worksheet, cells: readonly Cell[], opts: { bold?: boolean } = {}): void {
  const row = ws.addRow(cells.map((c) => (typeof c === 'object' ? c.cents / 100 : c)));
  cells.forEach((c, i) => {
    if (typeof c === 'object') row.getCell(i + 1).numFmt = EUROS;
  });
  if (opts.bold) row.font = { bold: true };
}

export function putTable(ws: ExcelJS.Worksheet, t: Table): void {
  putRow(ws, [t.title], { bold: true });
  putRow(ws, t.columns, { bold: true });
  for (const r of t.rows) putRow(ws, r);
  if (t.total) putRow(ws, t.total, { bold: true });
  ws.addRow([]);
}

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
