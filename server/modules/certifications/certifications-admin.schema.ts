import { z } from 'zod';
import { ZPageQuery } from '../../lib/pagination';

/** Schemas of the catalogue's administration: import runs and the organisations managing a record. */

export const ZImportRunParamsSchema = z.strictObject({ id: z.uuid() });

export const ZImportRunListQuerySchema = z.strictObject({ ...ZPageQuery });

const booleanish = z.union([z.boolean(), z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1')]);

export const ZImportUploadQuerySchema = z.strictObject({
  /** The file is the complete export: records of its kinds missing from it are deactivated. */
  full: booleanish.default(false),
  /** With `full`: deactivates the missing records even when they are more than a fifth of the catalogue. */
  forceDeactivation: booleanish.default(false),
});

const ZIssueSchema = z.object({ code: z.string(), reason: z.string() });

export const ZImportRunSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  format: z.string().nullable(),
  version: z.string().nullable(),
  fullExport: z.boolean(),
  status: z.enum(['queued', 'running', 'completed', 'failed']),
  progress: z.object({ records: z.number().int(), bytesRead: z.number().int(), bytesTotal: z.number().int().nullable() }),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  deactivated: z.number().int(),
  rejected: z.array(ZIssueSchema),
  warnings: z.array(ZIssueSchema),
  error: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type TImportRun = z.infer<typeof ZImportRunSchema>;

export const ZManagerCreateSchema = z.strictObject({ organisationId: z.uuid() });
export const ZManagerParamsSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^(RNCP|RS|rncp|rs)\d+$/, 'Code RNCP… ou RS… attendu')
    .transform((v) => v.toUpperCase()),
  organisationId: z.uuid(),
});

export const ZManagerSchema = z.object({
  organisationId: z.uuid(),
  name: z.string(),
  siret: z.string().nullable(),
  createdAt: z.string(),
});
export type TManager = z.infer<typeof ZManagerSchema>;
export const ZManagerListSchema = z.object({ items: z.array(ZManagerSchema) });
