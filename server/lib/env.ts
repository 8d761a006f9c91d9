import { z } from 'zod';

/** Every setting the server reads, with its default. The README's configuration table mirrors this list. */
const ZEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  SESSION_SECRET: z.string().min(32).optional(),
  COOKIE_SECURE: z.enum(['true', 'false']).default('true'),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Jalon <no-reply@jalon.local>'),
  SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(10),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  JOBS_POLL_MS: z.coerce.number().int().min(50).default(1000),
  RUN_WORKER: z.enum(['true', 'false']).default('true'),
  /** Lets browser tests move the server's clock (POST /api/testing/clock); refused in production. */
  CLOCK_CONTROL: z.enum(['true', 'false']).default('false'),
});

export type TEnv = z.infer<typeof ZEnvSchema>;

export class ConfigError extends Error {}

export function loadEnv(source: NodeJS.ProcessEnv = process.env): TEnv {
  // An empty variable (FOO= in a shell or a .env file) means "not set", not "set to nothing".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ZEnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Configuration invalide :\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  // In production a missing secret must stop the start, not fall back to a guessable default.
  if (env.NODE_ENV === 'production') {
    const missing: string[] = [];
    if (!env.SESSION_SECRET) missing.push('SESSION_SECRET (32 caractères au moins)');
    if (!env.SMTP_URL) missing.push('SMTP_URL');
    if (env.CLOCK_CONTROL === 'true') throw new ConfigError('Démarrage impossible en production avec CLOCK_CONTROL=true (horloge réglable réservée aux tests).');
    if (missing.length > 0) {
      throw new ConfigError(`Démarrage impossible en production, secrets manquants : ${missing.join(', ')}`);
    }
  }
  return env;
}
