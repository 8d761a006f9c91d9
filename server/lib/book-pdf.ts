import { loadPdfDocument } from './lazy-libraries';

export interface BookSection {
  title: string;
  paragraphs: readonly string[];
}

/**
 * A multi-page PDF book: a cover page, a table of contents with page numbers, then one section per
 * chapter (attendance sheets, the livret de suivi). Pages are buffered so the table of contents is
 * written last, once each section's page is known.
 */
export async function renderBookPdf(opts: { title: string; cover: readonly string[]; sections: readonly BookSection[]; stamp: Date }): Promise<Buffer> {
  const PDFDocument = await loadPdfDocument();
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, bufferPages: true, info: { Title: opts.title, Creator: 'Jalon', CreationDate: opts.stamp } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.moveDown(6).fontSize(26).text(opts.title, { align: 'center' }).moveDown(2);
    doc.fontSize(13);
    for (const line of opts.cover) doc.text(line, { align: 'center' }).moveDown(0.5);
    doc.addPage();
    const tocPage = doc.bufferedPageRange().count - 1;
    const pages: number[] = [];
    for (const section of opts.sections) {
      doc.addPage();
      pages.push(doc.bufferedPageRange().count);
      doc.fontSize(16).text(section.title).moveDown(0.5).fontSize(10.5);
      for (const p of section.paragraphs) doc.text(p).moveDown(0.4);
    }
    doc.switchToPage(tocPage);
    doc.fontSize(18).text('Sommaire').moveDown().fontSize(12);
    opts.sections.forEach((s, i) => doc.text(`${i + 1}. ${s.title} ........ page ${pages[i]}`).moveDown(0.3));
    doc.end();
  });
}
