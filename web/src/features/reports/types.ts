import type { ReportStatus } from '../../../../common/reports';
import type { MaskedCount, TargetService } from '../../../../common/targets';

/** A yearly report as GET /api/reports/:id returns it (server/modules/reports/reports.schema.ts). */
export interface Named {
  id: string;
  name: string;
}
export interface MaskedList {
  items: { key: string; label: string; count: MaskedCount }[];
  total: MaskedCount;
}
export interface ReportView {
  masked: boolean;
  minCount: number;
  quantitative: Record<'byService' | 'byProfile' | 'byPhase' | 'byTerritory' | 'jury' | 'pathwayClosures' | 'assistanceClosures', MaskedList> & {
    durations: { key: string; label: string; meanDays: MaskedCount }[];
  };
  qualitative: Record<'supportsPlanned' | 'supportsDelivered' | 'supportsWithEffect', MaskedList> & {
    satisfaction: { answered: MaskedCount; meanScore: MaskedCount };
    narrative: string;
  };
  financial: {
    lines: { service: TargetService; territory: string; quantity: number; budgetCents: number; realised: MaskedCount; valueCents: MaskedCount }[];
    realisedTotal: MaskedCount;
    services: { service: TargetService; hours: number; realised: MaskedCount; budgetCents: number; valueCents: MaskedCount; costPerHourCents: MaskedCount }[];
    totals: { budgetCents: number; valueCents: MaskedCount; hours: number };
  };
}
export interface ReportSummary {
  id: string;
  status: ReportStatus;
  year: number;
  commanditaire: Named;
  party: Named & { kind: 'groupement' | 'structure' };
  structures: Named[];
  agreements: { id: string; title: string }[];
  computedAt: string;
  contentSha256: string | null;
  signedByName: string | null;
  signedAt: string | null;
  sentAt: string | null;
  createdAt: string;
  updatedAt: string;
}
export interface Report extends ReportSummary {
  narrative: string;
  view: ReportView;
}
export interface Planning {
  agreementId: string;
  title: string;
  year: number;
  masked: boolean;
  lines: {
    lineId: string;
    service: TargetService;
    territoryLabel: string;
    quantity: number;
    plan: number[];
    realised: MaskedCount[];
    realisedTotal: MaskedCount;
    structures: { organisationId: string; name: string; share: number; plan: number[]; realised: MaskedCount[]; realisedTotal: MaskedCount }[];
  }[];
}

export const count = (c: MaskedCount, minCount: number) => (c.masked ? `masqué (< ${minCount})` : c.value.toLocaleString('fr-FR'));
export const money = (cents: number) => (cents / 100).toLocaleString('fr-FR', { style: 'currency', currency: 'EUR' });
export const maskedMoney = (c: MaskedCount, minCount: number) => (c.masked ? `masqué (< ${minCount})` : money(c.value));
