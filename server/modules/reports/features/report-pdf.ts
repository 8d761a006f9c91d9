import { loadPdfDocument } from '../../../lib/lazy-libraries';
import type { TReport } from '../reports.schema';
import { euros, reportHeading, reportParts, type Cell } from './report-tables';

export const cellText = (c: Cell) => (typeof c === 'number' ? String(c).replace('.', ',') : typeof c === 'string' ? c : euros(c.cents));
const text = cellText;

/** The yearly report as a PDF: identification, the three parts (tables with their totals), the signature line. */
export async function renderReportPdf(r: TReport): Promise<Buffer> {
  const PDFDocument = await loadPdfDocument();
  return new Promise((resolve, reject) => {
    const title = `Rapport annuel ${r.year} — ${r.party.name}`;
    // The signing date (else the computation date) keeps the bytes of a signed report stable.
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: title, Creator: 'Jalon', CreationDate: new Date(r.signedAt ?? r.computedAt) } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const { lines, signature } = reportHeading(r);
    doc.fontSize(18).text(title).moveDown(0.5).fontSize(10.5);
    for (const l of lines) doc.text(l);
    reportParts(r).forEach((part, i) => {
      doc.moveDown().fontSize(15).text(`${i + 1}. ${part.title}`).moveDown(0.3);
      for (const t of part.tables) {
        doc.fontSize(12).text(t.title).fontSize(10);
        if (t.columns.length > 2) doc.text(t.columns.filter(Boolean).join(' | '));
        for (const row of t.rows) doc.text(`• ${row.map(text).filter((c) => c !== '').join(' | ')}`);
        if (t.rows.length === 0) doc.text('• Aucun élément sur l’année.');
        if (t.total) doc.text(t.total.map(text).filter((c) => c !== '').join(' | '));
        doc.moveDown(0.4);
      }
      for (const p of part.paragraphs ?? []) doc.fontSize(10.5).text(p).moveDown(0.4);
    });
    doc.moveDown().fontSize(12).text('Signature').fontSize(10.5).text(signature);
    doc.end();
  });
}
