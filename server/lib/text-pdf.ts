import { loadPdfDocument } from './lazy-libraries';

/** A real one-page PDF with a title and paragraphs (demo documents, test uploads). */
export async function renderTextPdf(title: string, paragraphs: readonly string[]): Promise<Buffer> {
  const PDFDocument = await loadPdfDocument();
  return new Promise((resolve, reject) => {
    // A fixed creation date keeps the bytes (and their hash) reproducible.
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Creator: 'Jalon', CreationDate: new Date('2026-01-01T00:00:00Z') } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(18).text(title);
    doc.moveDown();
    doc.fontSize(11);
    for (const p of paragraphs) doc.text(p).moveDown(0.5);
    doc.end();
  });
}
