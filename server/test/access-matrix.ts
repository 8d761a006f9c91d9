import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Session } from './test-app';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One endpoint of a module's allow/deny matrix: who may call it, a bad input, a stranger from another organisation. */
export interface MatrixEndpoint {
  path: string;
  method: Method;
  url: () => string;
  as: () => Session;
  valid?: () => unknown;
  invalid: { url?: () => string; payload?: unknown };
  stranger: () => Session;
  status?: number;
}

/**
 * The four answers every endpoint owes (401 without a session, 400 with a stable code, 403 for
 * another organisation of the same kind, the success status for the right person), one test each.
 */
export function describeAccessMatrix(app: () => FastifyInstance, endpoints: MatrixEndpoint[]): void {
  describe.each(endpoints.map((e) => ({ ...e, name: `${e.method} ${e.path}` })))('$name', (ep) => {
    it('401 without a session', async () => {
      expect((await app().inject({ method: ep.method, url: ep.url(), payload: ep.valid?.() as object })).statusCode).toBe(401);
    });
    it('400 with a stable code for bad input', async () => {
      const res = await app().inject({ method: ep.method, url: (ep.invalid.url ?? ep.url)(), headers: ep.as().headers, payload: ep.invalid.payload as object });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    });
    it('403 for another organisation of the same kind', async () => {
      const res = await app().inject({ method: ep.method, url: ep.url(), headers: ep.stranger().headers, payload: ep.valid?.() as object });
      expect(res.statusCode, res.body).toBe(403);
    });
    it('answers the right person', async () => {
      const res = await app().inject({ method: ep.method, url: ep.url(), headers: ep.as().headers, payload: ep.valid?.() as object });
      expect(res.statusCode, res.body).toBe(ep.status ?? 200);
    });
  });
}
