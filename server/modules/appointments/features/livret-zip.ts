import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { format } from 'date-fns';
import { asc, eq, inArray } from 'drizzle-orm';
import yazl from 'yazl';
import { DOCUMENT_KIND_LABELS } from '../../../../common/candidates';
import type { Database } from '../../../db/client';
import { agreements, assistances, documents } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import type { Principal } from '../../../lib/principal';
import { accessToPart } from '../../sharing/sharing.policy';
import { logPartRead } from '../../sharing/sharing.store';
import { attendanceSheet } from './attendance-sheet';
import { assembleLivret } from './livret';
import { renderLivretPdf } from './livret-pdf';
import { appointmentsOfPathway } from './list-appointments';

export const MANIFEST_NAME = 'manifeste.csv';
export const MANIFEST_COLUMNS = ['fichier', 'sha256', 'octets', 'description'] as const;

interface ZipItem {
  name: string;
  content: Buffer;
  description: string;
}

/** Keeps a name readable in every archive tool: no path separators, no control characters, bounded. */
function safeName(name: string): string {
  const cleaned = name.normalize('NFC').replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_').trim();
  return (cleaned || 'fichier').slice(-120);
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * The livret for a funder's audit as one archive: the livret PDF, every proof the reader may open
 * (documents, signed agreements, attendance sheets), and a manifest listing each file with its
 * SHA-256 so the auditor checks nothing was altered. Documents the candidate did not share with the
 * reader are left out, like everywhere else.
 */
export async function livretZip(opts: { database: Database; clock: Clock; principal: Principal; pathwayId: string }): Promise<{ name: string; content: Buffer }> {
  const db = opts.database.db;
  const { livret, facts, access } = await assembleLivret({ ...opts, format: 'zip' });
  const now = opts.clock.now();
  const items: ZipItem[] = [{ name: 'livret-de-suivi.pdf', content: await renderLivretPdf(livret, now), description: 'Livret de suivi (page de garde, sommaire, sections)' }];

  const docs = await db.select().from(documents).where(eq(documents.pathwayId, opts.pathwayId)).orderBy(asc(documents.uploadedAt));
  const readable = docs.filter((d) => accessToPart(opts.principal, facts, 'documents', { documentKind: d.kind, ownerOrganisationId: d.uploadedByOrganisationId }).allowed);
  readable.forEach((d, i) => items.push({ name: `documents/${String(i + 1).padStart(2, '0')}-${safeName(d.originalName)}`, content: Buffer.from(d.content), description: `${DOCUMENT_KIND_LABELS[d.kind]} déposé le ${format(d.uploadedAt, 'dd/MM/yyyy')}` }));

  const assistanceIds = (await db.select({ id: assistances.id }).from(assistances).where(eq(assistances.pathwayId, opts.pathwayId))).map((a) => a.id);
  const agreed = assistanceIds.length ? await db.select({ version: agreements.version, pdf: agreements.pdf, acceptedAt: agreements.acceptedAt }).from(agreements).where(inArray(agreements.assistanceId, assistanceIds)).orderBy(asc(agreements.createdAt)) : [];
  for (const g of agreed) items.push({ name: `accords/accord-version-${g.version}.pdf`, content: Buffer.from(g.pdf), description: `Accord d’assistance renforcée, version ${g.version}${g.acceptedAt ? ', accepté' : ', pas encore accepté'}` });

  const appointments = await appointmentsOfPathway(opts);
  for (const a of [...appointments].reverse()) {
    const sheet = await attendanceSheet({ database: opts.database, principal: opts.principal, id: a.id });
    items.push({ name: `emargements/${format(new Date(a.startsAt), 'yyyy-MM-dd-HHmm')}-${a.id.slice(0, 8)}.pdf`, content: sheet.content, description: `Feuille d’émargement : ${a.title}` });
  }

  const manifest = stringify(
    items.map((it) => ({ fichier: it.name, sha256: sha256(it.content), octets: it.content.length, description: it.description })),
    { delimiter: ';', header: true, columns: [...MANIFEST_COLUMNS], bom: true, record_delimiter: 'windows' },
  );
  const zip = new yazl.ZipFile();
  for (const it of [...items, { name: MANIFEST_NAME, content: Buffer.from(manifest, 'utf8') }]) zip.addBuffer(it.content, it.name, { mtime: now });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);

  if (readable.length > 0) {
    const docsAccess = accessToPart(opts.principal, facts, 'documents');
    // A reader may hold some documents by role without the whole part: log under the livret's access then.
    await logPartRead(db, { principal: opts.principal, at: now, pathwayId: opts.pathwayId, access: docsAccess.allowed ? docsAccess : access, part: 'documents', label: `Archive ZIP du livret : ${readable.length} document(s)` });
  }
  return { name: `livret-de-suivi-${livret.pathwayId.slice(0, 8)}.zip`, content: Buffer.concat(chunks) };
}
