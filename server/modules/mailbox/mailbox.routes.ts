import { desc, eq, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { emails } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { pageWindow, ZPaged, ZPageQuery } from '../../lib/pagination';
import { policies } from '../../lib/policy';
import { ZErrorBody } from '../auth/auth.schema';

const ZEmailSummary = z.object({
  id: z.string().uuid(),
  to: z.array(z.string()),
  subject: z.string(),
  status: z.enum(['queued', 'sent', 'stored', 'failed']),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
const ZEmailFull = ZEmailSummary.extend({
  text: z.string(),
  html: z.string().nullable(),
  error: z.string().nullable(),
  attachments: z.array(z.object({ filename: z.string(), contentType: z.string() })),
});

function summary(e: typeof emails.$inferSelect) {
  return { id: e.id, to: e.recipients, subject: e.subject, status: e.status, createdAt: e.createdAt.toISOString(), sentAt: e.sentAt?.toISOString() ?? null };
}

/** The local mailbox: every message Jalon sent or kept, for admins and demos. */
export const mailboxRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const config = { policy: policies.platformAdmin() };
  const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody };

  app.get('/api/admin/mailbox', { config, schema: { tags: ['administration'], summary: 'Boîte d’envoi', querystring: z.strictObject(ZPageQuery), response: { 200: ZPaged(ZEmailSummary), ...errors } } }, async (request) => {
    const { limit, offset } = pageWindow(request.query);
    const rows = await db.select().from(emails).orderBy(desc(emails.createdAt)).limit(limit).offset(offset);
    const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(emails);
    return { items: rows.map(summary), total: count?.n ?? 0, page: request.query.page, pageSize: request.query.pageSize };
  });

  app.get('/api/admin/mailbox/:id', { config, schema: { tags: ['administration'], summary: 'Un message de la boîte d’envoi', params: z.strictObject({ id: z.string().uuid() }), response: { 200: ZEmailFull, ...errors } } }, async (request) => {
    const [e] = await db.select().from(emails).where(eq(emails.id, request.params.id));
    if (!e) throw new AppError('NOT_FOUND', 'Message introuvable.');
    return { ...summary(e), text: e.bodyText, html: e.bodyHtml, error: e.error, attachments: e.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType })) };
  });
};
