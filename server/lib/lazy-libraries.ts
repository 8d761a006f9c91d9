import type ExcelJS from 'exceljs';
import type PDFDocument from 'pdfkit';

// The PDF and spreadsheet libraries are loaded on first use: imported with the server they took
// 28 MB of its memory from the start (pdfkit 12, exceljs 16), and an idle server, or one importing
// the catalogue on PGlite, renders neither (docs/decisions/0008-compiled-server.md).

let pdfkit: Promise<typeof PDFDocument> | null = null;
let exceljs: Promise<typeof ExcelJS> | null = null;

export function loadPdfDocument(): Promise<typeof PDFDocument> {
  pdfkit ??= import('pdfkit').then((m) => m.default);
  return pdfkit;
}

export function loadExcelJs(): Promise<typeof ExcelJS> {
  exceljs ??= import('exceljs').then((m) => m.default);
  return exceljs;
}
