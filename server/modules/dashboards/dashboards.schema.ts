import { z } from 'zod';
import { ASSISTANCE_PHASES } from '../../../common/assistance';
import { PATHWAY_STATES } from '../../../common/pathway';
import { TARGET_SERVICES } from '../../../common/targets';

const ZYear = z.coerce.number().int().min(2000).max(2100);
export const ZOrgYearQuery = z.strictObject({ organisationId: z.string().uuid(), year: ZYear.optional() });
export const ZOrgQuery = z.strictObject({ organisationId: z.string().uuid() });

export const ZMaskedCount = z.union([z.object({ masked: z.literal(true) }), z.object({ masked: z.literal(false), value: z.number() })]);
const ZMaskedMean = z.union([z.object({ masked: z.literal(true) }), z.object({ masked: z.literal(false), value: z.number(), n: z.number() })]);
const ZMaskedList = z.object({ cells: z.array(ZMaskedCount), total: ZMaskedCount });
const ZAlert = z.object({ throughMonth: z.number(), expected: z.number(), realised: z.number(), gap: z.number(), behind: z.boolean() });
const ZFunderAlert = z.object({ throughMonth: z.number(), expected: z.number(), behind: z.boolean() });
const ZService = z.enum(TARGET_SERVICES);

/** Rows × months, masked, with totals: what a funder or a resource centre reads. */
const ZMaskedTable = z.object({
  service: ZService,
  rows: z.array(z.object({ id: z.string(), label: z.string(), cells: z.array(ZMaskedCount), total: ZMaskedCount })),
  columnTotals: z.array(ZMaskedCount),
  total: ZMaskedCount,
});
const ZLabelled = z.object({ key: z.string(), label: z.string(), count: ZMaskedCount });
const ZMaskedOutcomes = z.object({
  jury: z.object({ items: z.array(ZLabelled), total: ZMaskedCount }),
  pathwayClosures: z.object({ items: z.array(ZLabelled), total: ZMaskedCount }),
  assistanceClosures: z.object({ items: z.array(ZLabelled), total: ZMaskedCount }),
});
const ZMaskedDurations = z.array(z.object({ state: z.enum(PATHWAY_STATES), label: z.string(), phase: z.enum(ASSISTANCE_PHASES), meanDays: ZMaskedMean }));
const ZMaskedSupports = z.object({ items: z.array(z.object({ code: z.string(), wording: z.string(), count: ZMaskedCount })), total: ZMaskedCount });
const ZSatisfaction = z.object({ answered: ZMaskedCount, meanScore: ZMaskedMean }).nullable();

export const ZFunderDashboard = z.object({
  year: z.number(),
  minCount: z.number(),
  agreements: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      partyName: z.string(),
      lines: z.array(z.object({ lineId: z.string(), service: ZService, territoryLabel: z.string(), quantity: z.number(), budgetCents: z.number(), plan: z.array(z.number()), realised: ZMaskedList, alert: ZFunderAlert })),
    }),
  ),
  byStructure: z.array(ZMaskedTable),
  byTerritory: z.array(ZMaskedTable),
  outcomes: ZMaskedOutcomes,
  durations: ZMaskedDurations,
  supports: ZMaskedSupports,
  satisfaction: ZSatisfaction,
});
export type TFunderDashboard = z.infer<typeof ZFunderDashboard>;

export const ZResourceCentreDashboard = z.object({
  year: z.number(),
  minCount: z.number(),
  structureCount: z.number(),
  byTerritory: z.array(ZMaskedTable),
  outcomes: ZMaskedOutcomes,
  durations: ZMaskedDurations,
  supports: ZMaskedSupports,
  satisfaction: ZSatisfaction,
});
export type TResourceCentreDashboard = z.infer<typeof ZResourceCentreDashboard>;

export const ZStructureDashboard = z.object({
  year: z.number(),
  organisationId: z.string(),
  rules: z.object({ minTrainingDays: z.number(), minAssistanceShare: z.number(), workingHoursPerYear: z.number() }),
  referents: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      realised: z.record(ZService, z.number()),
      hoursSpent: z.number(),
      workingHoursToDate: z.number(),
      assistanceShare: z.number(),
      trainingDays: z.number(),
      trainingBelow: z.boolean(),
      shareBelow: z.boolean(),
    }),
  ),
  lines: z.array(z.object({ agreementId: z.string(), agreementTitle: z.string(), lineId: z.string(), service: ZService, territoryLabel: z.string(), departementCodes: z.array(z.string()), share: z.number(), plan: z.array(z.number()), realised: z.array(z.number()), alert: ZAlert })),
  territories: z.array(z.object({ departementCode: z.string(), service: ZService, realised: z.number() })),
  monthly: z.array(z.object({ service: ZService, plan: z.array(z.number()), realised: z.array(z.number()) })),
  alertCount: z.number(),
});
export type TStructureDashboard = z.infer<typeof ZStructureDashboard>;

export const ZReferentDashboard = z.object({
  organisationId: z.string(),
  year: z.number(),
  month: z.number(),
  caseload: z.array(z.object({ phase: z.enum(ASSISTANCE_PHASES), n: z.number() })),
  toHandle: z.number(),
  agenda: z.number(),
  services: z.array(z.object({ service: ZService, plan: z.number(), realised: z.number(), mine: z.number() })),
  alertCount: z.number(),
});
export type TReferentDashboard = z.infer<typeof ZReferentDashboard>;

export const ZFactsQuery = z.strictObject({
  organisationId: z.string().uuid(),
  year: ZYear,
  metric: z.enum(['realised', 'jury', 'pathway_closed', 'assistance_closed', 'support', 'phase_time']),
  key: z.string().max(60).optional(),
  month: z.coerce.number().int().min(1).max(12).optional(),
  departementCode: z.string().regex(/^(\d{2}|2A|2B|\d{3})$/).optional(),
  referentUserId: z.string().uuid().optional(),
});
export type TFactsQuery = z.infer<typeof ZFactsQuery>;
export const ZFacts = z.object({
  items: z.array(z.object({ pathwayId: z.string(), candidateName: z.string(), certificationCode: z.string(), key: z.string(), departementCode: z.string(), referentName: z.string().nullable(), occurredAt: z.string() })),
  truncated: z.boolean(),
});

export const ZTrainingDayCreate = z.strictObject({
  organisationId: z.string().uuid(),
  userId: z.string().uuid(),
  heldOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Date attendue au format AAAA-MM-JJ'),
  days: z.number().multipleOf(0.5).min(0.5).max(5),
  title: z.string().trim().min(1).max(200),
});
export type TTrainingDayCreate = z.infer<typeof ZTrainingDayCreate>;
export const ZTrainingDay = z.object({ id: z.string(), organisationId: z.string(), userId: z.string(), userName: z.string(), heldOn: z.string(), days: z.number(), title: z.string() });
export type TTrainingDay = z.infer<typeof ZTrainingDay>;
export const ZIdParams = z.strictObject({ id: z.string().uuid() });
