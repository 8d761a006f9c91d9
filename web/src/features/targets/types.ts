import type { TargetService } from '../../../../common/targets';

/** The agreement as GET /api/target-agreements/:id returns it (server/modules/targets/targets.schema.ts). */
export interface Share {
  organisationId: string;
  organisationName: string;
  quantity: number;
}
export interface Line {
  id: string;
  service: TargetService;
  departementCode: string | null;
  zoneId: string | null;
  territoryLabel: string;
  departementCodes: string[];
  quantity: number;
  budgetCents: number;
  months: number[];
  shares: Share[];
  splitComplete: boolean;
}
export interface Agreement {
  id: string;
  commanditaireId: string;
  commanditaireName: string;
  year: number;
  title: string;
  alertMarginPct: number;
  party: { kind: 'groupement' | 'structure'; id: string; name: string };
  structures: { id: string; name: string }[];
  lines: Line[];
  createdAt: string;
  updatedAt: string;
}
export interface Named {
  id: string;
  name: string;
}
export interface Parties {
  groupements: (Named & { members: Named[] })[];
  structures: Named[];
}
export interface Zone {
  id: string;
  name: string;
  departementCodes: string[];
}

export const euros = (cents: number) => (cents / 100).toLocaleString('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
