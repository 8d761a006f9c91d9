import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, organisations } from '../../db/schema';
import { buildOrganisation, buildUser } from '../../test/factories';
import { createTestContext, loginAs, type TestContext } from '../../test/test-app';
import { recordAudit, recordSensitiveRead } from './record-audit';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

const countFor = async (entityId: string) =>
  (await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents).where(eq(auditEvents.entityId, entityId)))[0]?.n;

describe('audit trail', () => {
  it('a change that fails leaves neither the change nor its audit row', async () => {
    const admin = await loginAs(ctx.app, (await buildUser(ctx.database, { isPlatformAdmin: true })).email);
    const org = await buildOrganisation(ctx.database, { name: 'Nom d’origine' });
    const res = await ctx.app.inject({ method: 'PATCH', url: `/api/admin/organisations/${org.id}`, headers: admin.headers, payload: { name: 'Nouveau nom', departementCodes: ['00'] } });
    expect(res.statusCode).toBe(400);
    const [after] = await ctx.database.db.select().from(organisations).where(eq(organisations.id, org.id));
    expect(after?.name).toBe('Nom d’origine');
    expect(await countFor(org.id)).toBe(0);
    const ok = await ctx.app.inject({ method: 'PATCH', url: `/api/admin/organisations/${org.id}`, headers: admin.headers, payload: { name: 'Nouveau nom' } });
    expect(ok.statusCode).toBe(200);
    expect(await countFor(org.id)).toBe(1);
  });

  it('rows written in a rolled-back transaction disappear with it', async () => {
    await expect(
      ctx.database.db.transaction(async (tx) => {
        await recordAudit(tx, { actor: { userId: null, organisationId: null }, at: ctx.clock.now(), eventType: 'organisation.updated', entityType: 'organisation', entityId: 'rollback-probe' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await countFor('rollback-probe')).toBe(0);
  });

  it('the database itself refuses UPDATE, DELETE and TRUNCATE', async () => {
    await recordAudit(ctx.database.db, { actor: { userId: null, organisationId: null }, at: ctx.clock.now(), eventType: 'organisation.updated', entityType: 'organisation', entityId: 'immutable-probe' });
    await expect(ctx.database.exec(`UPDATE audit_events SET event_type = 'x' WHERE entity_id = 'immutable-probe'`)).rejects.toThrow(/append-only/);
    await expect(ctx.database.exec(`DELETE FROM audit_events WHERE entity_id = 'immutable-probe'`)).rejects.toThrow(/append-only/);
    await expect(ctx.database.exec('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
    expect(await countFor('immutable-probe')).toBe(1);
  });

  it('records reads of sensitive data with the fields read', async () => {
    await recordSensitiveRead(ctx.database.db, { actor: { userId: null, organisationId: null }, at: ctx.clock.now(), entityType: 'candidate', entityId: 'sensitive-probe', fields: ['handicap'] });
    const [row] = await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, 'sensitive-probe'));
    expect(row).toMatchObject({ eventType: 'sensitive_data.read', details: { fields: ['handicap'] } });
  });
});
