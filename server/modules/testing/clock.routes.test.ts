import { describe, expect, it } from 'vitest';
import { FixedClock } from '../../lib/clock';
import { ConfigError, loadEnv } from '../../lib/env';
import { buildApp } from '../../app';
import { createLogger } from '../../lib/logger';
import { createTestDatabase } from '../../test/test-database';

async function appWith(env: Record<string, string>, clock = new FixedClock('2026-03-01T10:00:00Z')) {
  const database = await createTestDatabase();
  const loaded = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const app = await buildApp({ database, env: loaded, clock, logger: createLogger(loaded), mailer: null });
  return { app, close: async () => { await app.close(); await database.close(); } };
}

describe('test clock control', () => {
  it('moves the clock forward when CLOCK_CONTROL=true', async () => {
    const { app, close } = await appWith({ CLOCK_CONTROL: 'true' });
    try {
      const moved = await app.inject({ method: 'POST', url: '/api/testing/clock', payload: { advanceDays: 30 } });
      expect(moved.statusCode).toBe(200);
      expect(moved.json().now).toBe('2026-03-31T10:00:00.000Z');
      expect((await app.inject({ method: 'GET', url: '/api/testing/clock' })).json().now).toBe('2026-03-31T10:00:00.000Z');
      const back = await app.inject({ method: 'POST', url: '/api/testing/clock', payload: { advanceDays: -1 } });
      expect(back.statusCode).toBe(400);
      expect(back.json().error.code).toBe('VALIDATION_FAILED');
    } finally {
      await close();
    }
  });

  it('does not exist otherwise', async () => {
    const { app, close } = await appWith({});
    try {
      expect((await app.inject({ method: 'POST', url: '/api/testing/clock', payload: { advanceDays: 1 } })).statusCode).toBe(404);
    } finally {
      await close();
    }
  });

  it('is refused in production', () => {
    expect(() => loadEnv({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32), SMTP_URL: 'smtp://localhost', CLOCK_CONTROL: 'true' })).toThrow(ConfigError);
  });
});
