import { describe, expect, it } from 'vitest';
import { importUploadPath } from './upload-import';

describe('the address of an import upload', () => {
  it('asks for a full import, and for forced deactivations only with it', () => {
    expect(importUploadPath({ full: false, forceDeactivation: false })).toBe('/api/admin/certifications/imports');
    expect(importUploadPath({ full: false, forceDeactivation: true })).toBe('/api/admin/certifications/imports');
    expect(importUploadPath({ full: true, forceDeactivation: false })).toBe('/api/admin/certifications/imports?full=true');
    expect(importUploadPath({ full: true, forceDeactivation: true })).toBe('/api/admin/certifications/imports?full=true&forceDeactivation=true');
  });
});
