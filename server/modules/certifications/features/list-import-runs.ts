import { count, desc } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { certificationImportRuns } from '../../../db/schema/certifications';
import { pageWindow } from '../../../lib/pagination';
import { presentImportRun } from '../certifications-admin.presenter';

export async function listImportRuns(opts: { database: Database; query: { page: number; pageSize: number } }) {
  const { db } = opts.database;
  const { limit, offset } = pageWindow(opts.query);
  const [rows, [total]] = await Promise.all([
    db.select().from(certificationImportRuns).orderBy(desc(certificationImportRuns.createdAt), desc(certificationImportRuns.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(certificationImportRuns),
  ]);
  return { items: rows.map(presentImportRun), total: total?.n ?? 0, page: opts.query.page, pageSize: opts.query.pageSize };
}
