import { z } from 'zod';
import { REPORT_STATUSES } from '../../../common/reports';
import { TARGET_SERVICES } from '../../../common/targets';
import { ZMaskedCount } from '../dashboards/dashboards.schema';

const ZYear = z.coerce.number().int().min(2000).max(2100);
const ZService = z.enum(TARGET_SERVICES);
export const ZIdParams = z.strictObject({ id: z.string().uuid() });
export const ZOrgYearQuery = z.strictObject({ organisationId: z.string().uuid(), year: ZYear.optional() });
export const ZRequiredYearQuery = z.strictObject({ organisationId: z.string().uuid(), year: ZYear });

/** The director asks for the draft of a year, for one commanditaire and one party (structure or groupement). */
export const ZReportCreate = z
  .strictObject({
    commanditaireId: z.string().uuid(),
    year: z.number().int().min(2000).max(2100),
    organisationId: z.string().uuid().optional(),
    groupementId: z.string().uuid().optional(),
  })
  .refine((r) => (r.organisationId === undefined) !== (r.groupementId === undefined), { message: 'Le rapport porte soit sur une structure, soit sur un groupement.', path: ['organisationId'] });
export type TReportCreate = z.infer<typeof ZReportCreate>;
export const ZNarrativeInput = z.strictObject({ narrative: z.string().max(20_000, 'Le texte ne peut dépasser 20 000 caractères.') });

// ---- The frozen content: exact figures, as computed for the structure. ----
const ZNamed = z.object({ id: z.string(), name: z.string() });
const ZCountList = z.object({ items: z.array(z.object({ key: z.string(), label: z.string(), n: z.number() })) });
export type TCountList = z.infer<typeof ZCountList>;
export const ZReportContent = z.object({
  version: z.literal(1),
  year: z.number(),
  /** The masking threshold in force when computed (frozen with the rest at signing). */
  minCount: z.number(),
  computedAt: z.string(),
  commanditaire: ZNamed,
  party: ZNamed.extend({ kind: z.enum(['groupement', 'structure']) }),
  structures: z.array(ZNamed),
  agreements: z.array(z.object({ id: z.string(), title: z.string() })),
  quantitative: z.object({
    byService: ZCountList,
    byProfile: ZCountList,
    byPhase: ZCountList,
    byTerritory: ZCountList,
    jury: ZCountList,
    pathwayClosures: ZCountList,
    assistanceClosures: ZCountList,
    durations: z.array(z.object({ key: z.string(), label: z.string(), n: z.number(), meanDays: z.number().nullable() })),
  }),
  qualitative: z.object({
    supportsPlanned: ZCountList,
    supportsDelivered: ZCountList,
    supportsWithEffect: ZCountList,
    satisfaction: z.object({ answered: z.number(), meanScore: z.number().nullable() }),
    narrative: z.string(),
  }),
  financial: z.object({
    lines: z.array(z.object({ service: ZService, territory: z.string(), departementCodes: z.array(z.string()), quantity: z.number(), budgetCents: z.number(), realised: z.number(), valueCents: z.number() })),
    services: z.array(z.object({ service: ZService, hours: z.number(), realised: z.number(), budgetCents: z.number(), valueCents: z.number() })),
  }),
});
export type TReportContent = z.infer<typeof ZReportContent>;

// ---- What a reader sees: the same figures, each possibly masked (a commanditaire's view). ----
const ZMaskedList = z.object({ items: z.array(z.object({ key: z.string(), label: z.string(), count: ZMaskedCount })), total: ZMaskedCount });
export type TMaskedList = z.infer<typeof ZMaskedList>;
export const ZReportView = z.object({
  masked: z.boolean(),
  minCount: z.number(),
  quantitative: z.object({
    byService: ZMaskedList,
    byProfile: ZMaskedList,
    byPhase: ZMaskedList,
    byTerritory: ZMaskedList,
    jury: ZMaskedList,
    pathwayClosures: ZMaskedList,
    assistanceClosures: ZMaskedList,
    durations: z.array(z.object({ key: z.string(), label: z.string(), meanDays: ZMaskedCount })),
  }),
  qualitative: z.object({
    supportsPlanned: ZMaskedList,
    supportsDelivered: ZMaskedList,
    supportsWithEffect: ZMaskedList,
    satisfaction: z.object({ answered: ZMaskedCount, meanScore: ZMaskedCount }),
    narrative: z.string(),
  }),
  financial: z.object({
    lines: z.array(z.object({ service: ZService, territory: z.string(), quantity: z.number(), budgetCents: z.number(), realised: ZMaskedCount, valueCents: ZMaskedCount })),
    realisedTotal: ZMaskedCount,
    services: z.array(z.object({ service: ZService, hours: z.number(), realised: ZMaskedCount, budgetCents: z.number(), valueCents: ZMaskedCount, costPerHourCents: ZMaskedCount })),
    totals: z.object({ budgetCents: z.number(), valueCents: ZMaskedCount, hours: z.number() }),
  }),
});
export type TReportView = z.infer<typeof ZReportView>;

export const ZReport = z.object({
  id: z.string(),
  status: z.enum(REPORT_STATUSES),
  year: z.number(),
  commanditaire: ZNamed,
  party: ZNamed.extend({ kind: z.enum(['groupement', 'structure']) }),
  structures: z.array(ZNamed),
  agreements: z.array(z.object({ id: z.string(), title: z.string() })),
  narrative: z.string(),
  computedAt: z.string(),
  contentSha256: z.string().nullable(),
  signedByName: z.string().nullable(),
  signedAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  view: ZReportView,
});
export type TReport = z.infer<typeof ZReport>;
export const ZReportSummary = ZReport.omit({ view: true, narrative: true });
export const ZReportList = z.object({ items: z.array(ZReportSummary) });

/** The activity planning of an agreement: per line, the monthly plan against realised. */
export const ZPlanning = z.object({
  agreementId: z.string(),
  title: z.string(),
  year: z.number(),
  masked: z.boolean(),
  lines: z.array(
    z.object({
      lineId: z.string(),
      service: ZService,
      territoryLabel: z.string(),
      quantity: z.number(),
      plan: z.array(z.number()),
      realised: z.array(ZMaskedCount),
      realisedTotal: ZMaskedCount,
      structures: z.array(z.object({ organisationId: z.string(), name: z.string(), share: z.number(), plan: z.array(z.number()), realised: z.array(ZMaskedCount), realisedTotal: ZMaskedCount })),
    }),
  ),
});
export type TPlanning = z.infer<typeof ZPlanning>;
