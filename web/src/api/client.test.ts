import { describe, expect, it } from 'vitest';
import { redirectTarget } from '../auth/redirect-target';
import { buildUrl, errorFromBody, readCookie } from './client';

describe('api client helpers', () => {
  it('reads the CSRF cookie among others', () => {
    expect(readCookie('a=1; jalon_csrf=abc%3D%3D; b=2', 'jalon_csrf')).toBe('abc==');
    expect(readCookie('a=1', 'jalon_csrf')).toBeNull();
  });

  it('leaves empty query parameters out', () => {
    expect(buildUrl('/api/admin/organisations', { q: '', kind: 'funder', page: 2, pageSize: undefined })).toBe(
      '/api/admin/organisations?kind=funder&page=2',
    );
    expect(buildUrl('/api/auth/me')).toBe('/api/auth/me');
  });

  it('turns the error body into an ApiError with field messages', () => {
    const error = errorFromBody(400, {
      error: { code: 'WEAK_PASSWORD', message: 'Mot de passe trop faible.', details: { fields: { password: 'Trop court.' } } },
    });
    expect(error.status).toBe(400);
    expect(error.code).toBe('WEAK_PASSWORD');
    expect(error.message).toBe('Mot de passe trop faible.');
    expect(error.fields).toEqual({ password: 'Trop court.' });
  });

  it('keeps a French message when the body is not the expected JSON', () => {
    const error = errorFromBody(502, null);
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toMatch(/erreur/i);
  });

  it('only redirects to local paths after sign-in', () => {
    expect(redirectTarget({ from: '/admin/audit?page=2' })).toBe('/admin/audit?page=2');
    expect(redirectTarget({ from: '//evil.example' })).toBe('/');
    expect(redirectTarget({ from: 'https://evil.example' })).toBe('/');
    expect(redirectTarget(null)).toBe('/');
  });
});
