import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AUDIT_EVENT_TYPES } from '../../../common/audit-events';
import { auditEvents, users } from '../../db/schema';
import { pageWindow, ZPaged, ZPageQuery } from '../../lib/pagination';
import { policies } from '../../lib/policy';
import { ZErrorBody } from '../auth/auth.schema';

const ZAuditEvent = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  organisationId: z.string().nullable(),
  eventType: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

const ZAuditQuery = z.strictObject({
  ...ZPageQuery,
  eventType: z.enum(AUDIT_EVENT_TYPES).optional(),
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
});

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  app.get(
    '/api/admin/audit',
    {
      config: { policy: policies.platformAdmin() },
      schema: { tags: ['administration'], summary: 'Journal d’audit', querystring: ZAuditQuery, response: { 200: ZPaged(ZAuditEvent), 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody } },
    },
    async (request) => {
      const q = request.query;
      const filters: SQL[] = [];
      if (q.eventType) filters.push(eq(auditEvents.eventType, q.eventType));
      if (q.entityType) filters.push(eq(auditEvents.entityType, q.entityType));
      if (q.entityId) filters.push(eq(auditEvents.entityId, q.entityId));
      const where = filters.length ? and(...filters) : undefined;
      const { limit, offset } = pageWindow(q);
      const rows = await db
        .select({ e: auditEvents, actorEmail: users.email })
        .from(auditEvents)
        .leftJoin(users, eq(users.id, auditEvents.actorUserId))
        .where(where)
        .orderBy(desc(auditEvents.id))
        .limit(limit)
        .offset(offset);
      const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents).where(where);
      return {
        items: rows.map(({ e, actorEmail }) => ({
          id: e.id,
          occurredAt: e.occurredAt.toISOString(),
          actorUserId: e.actorUserId,
          actorEmail,
          organisationId: e.actorOrganisationId,
          eventType: e.eventType,
          entityType: e.entityType,
          entityId: e.entityId,
          details: e.details,
        })),
        total: count?.n ?? 0,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );
};
