import { describe, expect, it } from 'vitest';
import { DOCUMENT_MAX_BYTES } from '../../../../common/candidates';
import { documentFileProblem, splitDocuments, suggestedDocumentKind } from './documents';
import type { PathwayDocument } from './types';

function doc(id: string, uploadedAt: string, replacedBy: string | null = null): PathwayDocument {
  return {
    id,
    kind: 'livret1',
    kindLabel: 'Dossier de faisabilité (Livret 1)',
    originalName: `${id}.pdf`,
    mimeType: 'application/pdf',
    sizeBytes: 1000,
    sha256: 'x',
    uploadedAt,
    uploadedBy: null,
    replacedBy,
  };
}

describe('documents of the candidate', () => {
  it('refuses too large, empty or unsupported files with a French message', () => {
    expect(documentFileProblem({ size: DOCUMENT_MAX_BYTES + 1, type: 'application/pdf' })).toMatch(/20 Mo/);
    expect(documentFileProblem({ size: 0, type: 'application/pdf' })).toMatch(/vide/);
    expect(documentFileProblem({ size: 10, type: 'application/msword' })).toMatch(/PDF ou une image/);
  });

  it('accepts PDF, images and files the browser cannot type', () => {
    expect(documentFileProblem({ size: DOCUMENT_MAX_BYTES, type: 'application/pdf' })).toBeNull();
    expect(documentFileProblem({ size: 10, type: 'image/jpeg' })).toBeNull();
    expect(documentFileProblem({ size: 10, type: '' })).toBeNull();
  });

  it('keeps replaced documents apart, newest first', () => {
    const { current, replaced } = splitDocuments([doc('a', '2025-01-01T00:00:00Z', 'b'), doc('b', '2025-02-01T00:00:00Z'), doc('c', '2025-03-01T00:00:00Z')]);
    expect(current.map((d) => d.id)).toEqual(['c', 'b']);
    expect(replaced.map((d) => d.id)).toEqual(['a']);
  });

  it('suggests the booklet the pathway is at', () => {
    expect(suggestedDocumentKind('faisabilite_preparation')).toBe('livret1');
    expect(suggestedDocumentKind('validation_writing')).toBe('livret2');
    expect(suggestedDocumentKind('jury_scheduled')).toBe('proof');
  });
});
