import { describe, expect, it } from 'vitest';
import { renderTextPdf } from './text-pdf';

describe('renderTextPdf', () => {
  it('writes a PDF file that ends with its trailer', async () => {
    const pdf = await renderTextPdf('Dossier de faisabilité', ['Expérience : conseillère en insertion, 2019–2025.']);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('gives the same bytes for the same content', async () => {
    const a = await renderTextPdf('Livret 2', ['Bloc 1']);
    const b = await renderTextPdf('Livret 2', ['Bloc 1']);
    expect(a.equals(b)).toBe(true);
  });
});
