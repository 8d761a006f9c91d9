/** Types of the sharing API as the web app reads it, inferred from the server's zod schemas (type-only). */
import type { z } from 'zod';
import type { ZAccessLogEntry, ZGrant, ZGrantList } from '../../../../server/modules/sharing/sharing.schema';

export type Grant = z.infer<typeof ZGrant>;
export type GrantList = z.infer<typeof ZGrantList>;
export type AccessLogEntry = z.infer<typeof ZAccessLogEntry>;
