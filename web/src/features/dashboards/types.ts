import type { TargetService, MaskedCount } from '../../../../common/targets';
import type { AssistancePhase } from '../../../../common/assistance';

export type { MaskedCount };
export type MaskedMean = { masked: true } | { masked: false; value: number; n: number };
export interface Alert {
  throughMonth: number;
  expected: number;
  realised?: number;
  gap?: number;
  behind: boolean;
}
export interface MaskedTable {
  service: TargetService;
  rows: { id: string; label: string; cells: MaskedCount[]; total: MaskedCount }[];
  columnTotals: MaskedCount[];
  total: MaskedCount;
}
export interface LabelledList {
  items: { key: string; label: string; count: MaskedCount }[];
  total: MaskedCount;
}
export interface Outcomes {
  jury: LabelledList;
  pathwayClosures: LabelledList;
  assistanceClosures: LabelledList;
}
export interface Durations {
  state: string;
  label: string;
  phase: AssistancePhase;
  meanDays: MaskedMean;
}
export interface Supports {
  items: { code: string; wording: string; count: MaskedCount }[];
  total: MaskedCount;
}
export interface Satisfaction {
  answered: MaskedCount;
  meanScore: MaskedMean;
}
export interface FunderDashboard {
  year: number;
  minCount: number;
  agreements: { id: string; title: string; partyName: string; lines: { lineId: string; service: TargetService; territoryLabel: string; quantity: number; budgetCents: number; plan: number[]; realised: { cells: MaskedCount[]; total: MaskedCount }; alert: Alert }[] }[];
  byStructure: MaskedTable[];
  byTerritory: MaskedTable[];
  outcomes: Outcomes;
  durations: Durations[];
  supports: Supports;
  satisfaction: Satisfaction | null;
}
export interface ResourceCentreDashboard {
  year: number;
  minCount: number;
  structureCount: number;
  byTerritory: MaskedTable[];
  outcomes: Outcomes;
  durations: Durations[];
  supports: Supports;
  satisfaction: Satisfaction | null;
}
export interface StructureDashboard {
  year: number;
  organisationId: string;
  rules: { minTrainingDays: number; minAssistanceShare: number; workingHoursPerYear: number };
  referents: { userId: string; name: string; realised: Record<TargetService, number>; hoursSpent: number; workingHoursToDate: number; assistanceShare: number; trainingDays: number; trainingBelow: boolean; shareBelow: boolean }[];
  lines: { agreementId: string; agreementTitle: string; lineId: string; service: TargetService; territoryLabel: string; departementCodes: string[]; share: number; plan: number[]; realised: number[]; alert: Alert }[];
  territories: { departementCode: string; service: TargetService; realised: number }[];
  monthly: { service: TargetService; plan: number[]; realised: number[] }[];
  alertCount: number;
}
export interface ReferentDashboard {
  organisationId: string;
  year: number;
  month: number;
  caseload: { phase: AssistancePhase; n: number }[];
  toHandle: number;
  agenda: number;
  services: { service: TargetService; plan: number; realised: number; mine: number }[];
  alertCount: number;
}
