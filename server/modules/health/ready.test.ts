import { describe, expect, it } from 'vitest';
import { createTestContext } from '../../test/test-app';
import { createTestDatabase } from '../../test/test-database';

describe('GET /api/ready', () => {
  it('answers 503 while the database is down', async () => {
    const database = await createTestDatabase();
    const ctx = await createTestContext({ database });
    expect((await ctx.app.inject({ method: 'GET', url: '/api/ready' })).statusCode).toBe(200);
    await database.close();
    const res = await ctx.app.inject({ method: 'GET', url: '/api/ready' });
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe('SERVICE_UNAVAILABLE');
    expect((await ctx.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    await ctx.app.close();
  });
});
