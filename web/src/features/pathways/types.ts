/**
 * Types of the pathways API as the web app reads it, inferred from the server's zod schemas
 * (type-only imports: nothing of the server reaches the bundle).
 */
import type { z } from 'zod';
import type { ZInbox, ZInboxItem } from '../../../../server/modules/pathways/pathways.schema';

export type {
  TDocument as PathwayDocument,
  TPathway as Pathway,
  TPathwayCreate as PathwayCreate,
  TPathwaySummary as PathwaySummary,
  TTransitionBody as TransitionBody,
} from '../../../../server/modules/pathways/pathways.schema';
export type { TCandidate as Candidate, TCandidateCreate as CandidateCreate, TCandidateSummary as CandidateListItem } from '../../../../server/modules/candidates/candidates.schema';

export type Inbox = z.infer<typeof ZInbox>;
export type InboxItem = z.infer<typeof ZInboxItem>;
