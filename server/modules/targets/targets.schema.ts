import { z } from 'zod';
import { TARGET_SERVICES } from '../../../common/targets';

const text = (max: number) => z.string().trim().max(max);
const ZDepartement = z.string().regex(/^(\d{2}|2A|2B|\d{3})$/, 'Code de département invalide');
const ZQuantity = z.number().int().min(0).max(1_000_000);

export const ZIdParams = z.strictObject({ id: z.string().uuid() });
export const ZAgreementQuery = z.strictObject({ organisationId: z.string().uuid(), year: z.coerce.number().int().min(2000).max(2100).optional() });

/** A line: one territory (a département or a zone) and one service, with its quantity and budget. */
export const ZLineInput = z
  .strictObject({
    id: z.string().uuid().optional(),
    service: z.enum(TARGET_SERVICES),
    departementCode: ZDepartement.optional(),
    zoneId: z.string().uuid().optional(),
    quantity: ZQuantity,
    budgetCents: z.number().int().min(0).max(100_000_000_000),
  })
  .refine((l) => (l.departementCode === undefined) !== (l.zoneId === undefined), { message: 'Indiquez soit un département, soit une zone.', path: ['departementCode'] });
export type TLineInput = z.infer<typeof ZLineInput>;

export const ZAgreementCreate = z
  .strictObject({
    commanditaireId: z.string().uuid(),
    year: z.number().int().min(2000).max(2100),
    title: text(200).min(1),
    groupementId: z.string().uuid().optional(),
    organisationId: z.string().uuid().optional(),
    alertMarginPct: z.number().int().min(0).max(100).optional(),
    lines: z.array(ZLineInput).min(1).max(300),
  })
  .refine((a) => (a.groupementId === undefined) !== (a.organisationId === undefined), { message: 'La convention est passée soit avec un groupement, soit avec une structure.', path: ['groupementId'] });
export type TAgreementCreate = z.infer<typeof ZAgreementCreate>;

// No defaults: a field left out keeps its value. `lines`, when given, is the whole new list
// (lines with an id are kept and updated, lines without one are added, missing ones removed).
export const ZAgreementUpdate = z.strictObject({
  title: text(200).min(1).optional(),
  alertMarginPct: z.number().int().min(0).max(100).optional(),
  lines: z.array(ZLineInput).min(1).max(300).optional(),
});
export type TAgreementUpdate = z.infer<typeof ZAgreementUpdate>;

export const ZMonthsInput = z.strictObject({ months: z.array(z.number().int().min(0).max(1_000_000)).length(12) });
export const ZSharesInput = z.strictObject({ shares: z.array(z.strictObject({ organisationId: z.string().uuid(), quantity: ZQuantity })).min(1).max(100) });

export const ZShare = z.object({ organisationId: z.string(), organisationName: z.string(), quantity: z.number().int() });
export const ZLine = z.object({
  id: z.string(),
  service: z.enum(TARGET_SERVICES),
  departementCode: z.string().nullable(),
  zoneId: z.string().nullable(),
  territoryLabel: z.string(),
  /** The départements the line covers (one, or those of its zone). */
  departementCodes: z.array(z.string()),
  quantity: z.number().int(),
  budgetCents: z.number().int(),
  months: z.array(z.number().int()),
  shares: z.array(ZShare),
  /** For a groupement: whether the shares sum to the quantity. */
  splitComplete: z.boolean(),
});
export type TLine = z.infer<typeof ZLine>;

export const ZAgreement = z.object({
  id: z.string(),
  commanditaireId: z.string(),
  commanditaireName: z.string(),
  year: z.number().int(),
  title: z.string(),
  alertMarginPct: z.number().int(),
  party: z.object({ kind: z.enum(['groupement', 'structure']), id: z.string(), name: z.string() }),
  /** The structures answering for the agreement (the groupement's members, or the structure). */
  structures: z.array(z.object({ id: z.string(), name: z.string() })),
  lines: z.array(ZLine),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TAgreement = z.infer<typeof ZAgreement>;
export const ZAgreementList = z.object({ items: z.array(ZAgreement) });

/** Whom a commanditaire may sign with (the creation form's choices). */
export const ZPartiesQuery = z.strictObject({ commanditaireId: z.string().uuid() });
const ZNamed = z.object({ id: z.string(), name: z.string() });
export const ZParties = z.object({ groupements: z.array(ZNamed.extend({ members: z.array(ZNamed) })), structures: z.array(ZNamed) });
export type TParties = z.infer<typeof ZParties>;
