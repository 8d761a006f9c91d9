import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../lib/clock';
import { recordAudit } from '../modules/audit/record-audit';
import { createSession } from '../modules/auth/sessions';
import { loadTerritories } from '../modules/territories/load-territories';
import { buildOrganisation, buildUser } from '../test/factories';
import { createTestDatabase } from '../test/test-database';
import { BackupError, backupDatabase, restoreDatabase } from './backup';
import { openPglite, type Database } from './client';
import { migrate } from './migrate';
import { organisations, users } from './schema';

const clock = new FixedClock('2026-03-02T09:00:00Z');
const actor = { userId: null, organisationId: null };

/**
 * A scratch table with the types a logical backup most easily gets wrong: bigints past 2^53,
 * exact numerics, bytea, tsvector, arrays with NULLs, an identity column, a generated column, a
 * self-reference, and an insert trigger that would alter rows if the restore let it fire.
 */
const PROBE_DDL = `
  CREATE TABLE backup_probe (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id bigint REFERENCES backup_probe(id),
    big bigint, amount numeric, ratio double precision, bytes bytea, words tsvector, tags text[],
    doc jsonb, span interval, day date, at timestamptz, label text NOT NULL,
    label_length integer GENERATED ALWAYS AS (length(label)) STORED
  );
  CREATE FUNCTION backup_probe_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN NEW.label := NEW.label || ' (tamponné)'; RETURN NEW; END $$;
  CREATE TRIGGER backup_probe_stamp BEFORE INSERT ON backup_probe FOR EACH ROW EXECUTE FUNCTION backup_probe_stamp();
`;

async function fill(database: Database): Promise<void> {
  await database.exec(PROBE_DDL);
  await database.exec(`
    INSERT INTO backup_probe (big, amount, ratio, bytes, words, tags, doc, span, day, at, label) VALUES
      (9007199254740993, 12345678901234567890.123456789, 0.1, '\\x00ff', to_tsvector('french', 'Les candidats valident leurs blocs'),
       '{a,"b c",NULL}', '{"nested": {"k": [1, 2.50, null]}, "s": "ligne\\nsuivante"}', '1 day 02:03:04.5', '2024-02-29',
       '2026-03-02 09:00:00.123456+01', 'racine');
    INSERT INTO backup_probe (parent_id, label) VALUES (1, 'enfant « accentué » l''apostrophe');
  `);
  await buildOrganisation(database, { name: 'L’Atelier "VAE"\nNormandie 🎓', departementCodes: ['14', '76'] });
  const referent = await buildUser(database, { roles: [{ role: 'referent' }, { role: 'director' }] });
  await buildUser(database, { kind: 'candidate', displayName: 'Zoé Ça-Marche' });
  await buildUser(database, { disabled: true });
  await createSession(database.db, clock, referent.id);
  await recordAudit(database.db, { actor, at: clock.now(), eventType: 'user.created', entityType: 'user', entityId: referent.id, details: { via: 'test' } });
  await database.exec(`INSERT INTO jobs (name, payload, run_at, created_at) VALUES ('email.send', '{"to": ["a@exemple.test"]}', now(), now())`);
}

type Snapshot = Record<string, string[]>;

/** Every row of every application table as PostgreSQL's own JSON text, sorted (schema_migrations is not data). */
async function snapshot(database: Database): Promise<Snapshot> {
  const tables = await database.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations' ORDER BY table_name`,
  );
  const result: Snapshot = {};
  for (const { table_name } of tables) {
    const rows = await database.query<{ j: string }>(`SELECT to_jsonb(t)::text AS j FROM public."${table_name}" t ORDER BY 1`);
    result[table_name] = rows.map((r) => r.j);
  }
  return result;
}

/** The restore adds its own audit event; everything else must be exactly what was backed up. */
function withoutRestoreEvents(s: Snapshot): Snapshot {
  return { ...s, audit_events: (s.audit_events ?? []).filter((j) => !j.includes('"database.restored"')) };
}

async function rewrite(file: string, target: string, edit: (lines: string[]) => string[]): Promise<void> {
  const lines = gunzipSync(await readFile(file)).toString('utf8').split('\n');
  await writeFile(target, gzipSync(edit(lines).join('\n')));
}

describe('backup and restore', () => {
  let source: Database;
  let dir: string;
  let file: string;
  let before: Snapshot;

  beforeAll(async () => {
    source = await createTestDatabase();
    await fill(source);
    dir = await mkdtemp(path.join(tmpdir(), 'jalon-backup-'));
    file = path.join(dir, 'jalon.backup.gz');
    before = await snapshot(source);
    await backupDatabase(source, file, { clock });
  });

  afterAll(async () => {
    await source?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes a manifest naming the migrations and every table with its row count', async () => {
    const [first] = gunzipSync(await readFile(file)).toString('utf8').split('\n');
    const manifest = JSON.parse(first ?? '') as { format: string; engine: string; migrations: string[]; tables: { name: string; rows: number }[] };
    const migrations = (await source.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')).map((r) => r.name);
    expect(manifest.format).toBe('jalon-backup');
    expect(manifest.engine).toBe(source.kind);
    expect(manifest.migrations).toEqual(migrations);
    const counts = Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]));
    const expected = Object.fromEntries(Object.entries(before).map(([name, rows]) => [name, rows.length]));
    expect(counts).toEqual(expected);
    // Parents come before children, so the restore can keep foreign keys checked.
    const order = manifest.tables.map((t) => t.name);
    expect(order.indexOf('users')).toBeLessThan(order.indexOf('memberships'));
    expect(order.indexOf('organisations')).toBeLessThan(order.indexOf('memberships'));
    // Password hashes and personal data: readable by its owner only.
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('brings back every row after changes and deletions, and records the restore', async () => {
    const [someone] = await source.db.select().from(users).where(eq(users.kind, 'candidate'));
    await source.db.delete(users).where(eq(users.id, someone?.id ?? ''));
    await source.db.update(organisations).set({ name: 'Renommée' });
    await buildUser(source, { roles: [{ role: 'accompagnateur' }] });
    await recordAudit(source.db, { actor, at: clock.now(), eventType: 'auth.logout', entityType: 'user', entityId: null });
    await source.exec(`INSERT INTO backup_probe (label) VALUES ('après'), ('encore')`);

    const result = await restoreDatabase(source, file, { clock });

    expect(result.sourceEngine).toBe(source.kind);
    const after = await snapshot(source);
    expect(withoutRestoreEvents(after)).toEqual(before);
    const [event] = await source.query<{ details: { file: string; rows: number }; at: string }>(
      `SELECT details, to_json(occurred_at)#>>'{}' AS at FROM audit_events WHERE event_type = 'database.restored'`,
    );
    expect(event?.details).toMatchObject({ file: 'jalon.backup.gz', rows: result.tables.reduce((n, t) => n + t.rows, 0) });
    expect(new Date(event?.at ?? 0).toISOString()).toBe(clock.now().toISOString());
    // Sequences restart after the restored rows, and the append-only guard is back in force.
    const [probe] = await source.query<{ id: number }>(`INSERT INTO backup_probe (label) VALUES ('suivant') RETURNING id::int AS id`);
    expect(probe?.id).toBe(3);
    const [audit] = await source.query<{ max: number; id: number }>(`SELECT max(id)::int AS max FROM audit_events`);
    await recordAudit(source.db, { actor, at: clock.now(), eventType: 'auth.logout', entityType: 'user', entityId: null });
    expect((await source.query<{ id: number }>(`SELECT max(id)::int AS id FROM audit_events`))[0]?.id).toBe((audit?.max ?? 0) + 1);
    await expect(source.exec('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
    await expect(source.exec('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
  });

  it('refuses a truncated file and leaves the database unchanged', async () => {
    const state = await snapshot(source);
    const bytes = await readFile(file);
    const cut = path.join(dir, 'cut.gz');
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expect(restoreDatabase(source, cut)).rejects.toThrow(/incomplet ou corrompu/);
    expect(await snapshot(source)).toEqual(state);
  });

  it('refuses altered content (damaged bytes, a damaged row, a missing row) and changes nothing', async () => {
    const state = await snapshot(source);
    const bytes = Buffer.from(await readFile(file));
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
    const flipped = path.join(dir, 'flipped.gz');
    await writeFile(flipped, bytes);
    await expect(restoreDatabase(source, flipped)).rejects.toThrow(BackupError);

    // Row lines are PostgreSQL's jsonb text ("key": value); table headers are compact JSON.
    const isUserRow = (l: string) => l.includes('"email": ');
    const badRow = path.join(dir, 'bad-row.gz');
    await rewrite(file, badRow, (lines) => lines.map((l) => (isUserRow(l) ? l.slice(0, 20) : l)));
    await expect(restoreDatabase(source, badRow)).rejects.toThrow(/users n’a pas pu être restaurée/);

    const missing = path.join(dir, 'missing-row.gz');
    await rewrite(file, missing, (lines) => lines.filter((_, i) => i !== lines.findIndex(isUserRow)));
    await expect(restoreDatabase(source, missing)).rejects.toThrow(BackupError);

    await expect(restoreDatabase(source, path.join(dir, 'absent.gz'))).rejects.toThrow(/introuvable/);
    expect(await snapshot(source)).toEqual(state);
  });

  it('refuses a backup made with other migrations, with a French explanation', async () => {
    const state = await snapshot(source);
    const other = path.join(dir, 'other-schema.gz');
    await rewrite(file, other, ([head, ...rest]) => {
      const manifest = JSON.parse(head ?? '') as { migrations: string[] };
      return [JSON.stringify({ ...manifest, migrations: [...manifest.migrations, '20991231T0000_future.sql'] }), ...rest];
    });
    await expect(restoreDatabase(source, other)).rejects.toThrow(/autre version du schéma.*20991231T0000_future\.sql/);
    expect(await snapshot(source)).toEqual(state);
  });

  it('restores the same file into a second, fresh database', async () => {
    const target = await createTestDatabase();
    try {
      await target.exec(PROBE_DDL);
      await restoreDatabase(target, file);
      expect(withoutRestoreEvents(await snapshot(target))).toEqual(before);
    } finally {
      await target.close();
    }
  });
});

// With TEST_DATABASE_URL the suite above runs on PostgreSQL; this checks the two modes read each other's files.
describe.runIf(Boolean(process.env.TEST_DATABASE_URL))('backup across modes', () => {
  it('restores a PGlite backup into PostgreSQL and back', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'jalon-backup-'));
    const embedded = await openPglite(undefined);
    const server = await createTestDatabase();
    try {
      await migrate(embedded);
      await loadTerritories(embedded);
      await fill(embedded);
      const expected = await snapshot(embedded);
      await backupDatabase(embedded, path.join(dir, 'from-pglite.gz'));
      await server.exec(PROBE_DDL);
      await restoreDatabase(server, path.join(dir, 'from-pglite.gz'));
      expect(withoutRestoreEvents(await snapshot(server))).toEqual(expected);

      await backupDatabase(server, path.join(dir, 'from-postgres.gz'));
      await restoreDatabase(embedded, path.join(dir, 'from-postgres.gz'));
      expect(withoutRestoreEvents(await snapshot(embedded))).toEqual(expected);
    } finally {
      await embedded.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
