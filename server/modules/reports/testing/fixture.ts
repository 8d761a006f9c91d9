import { AGREEMENT, signAssistance, targetsFixture, type TargetsFixture } from '../../targets/testing/fixture';

export interface ReportsFixture extends TargetsFixture {
  agreementId: string;
}

/**
 * The targets fixture with the groupement's agreement (Calvados and Manche), split 80 / 40 on the
 * Calvados line, and the référents' work: three assistances signed by A for Calvados candidates,
 * one by B for a Manche candidate (all below the masking threshold of 5 for a funder).
 */
export async function reportsFixture(): Promise<ReportsFixture> {
  const f = await targetsFixture();
  const created = await f.ctx.app.inject({ method: 'POST', url: '/api/target-agreements', headers: f.region.headers, payload: AGREEMENT(f) });
  if (created.statusCode !== 201) throw new Error(`agreement: ${created.body}`);
  const agreement = created.json<{ id: string; lines: { id: string }[] }>();
  const line = agreement.lines[0];
  if (!line) throw new Error('no line');
  await f.ctx.app.inject({ method: 'PUT', url: `/api/target-lines/${line.id}/shares`, headers: f.dirA.headers, payload: { shares: [{ organisationId: f.structureA, quantity: 80 }, { organisationId: f.structureB, quantity: 40 }] } });
  for (let i = 0; i < 3; i++) await signAssistance(f, { structureId: f.structureA, referent: f.refA, departementCode: '14' });
  await signAssistance(f, { structureId: f.structureB, referent: f.refB, departementCode: '50' });
  return Object.assign(f, { agreementId: agreement.id });
}

/** The body to open the groupement's report for 2026. */
export const REPORT = (f: ReportsFixture) => ({ commanditaireId: f.regionId, year: 2026, groupementId: f.groupementId });
