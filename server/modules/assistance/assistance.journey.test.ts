import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assistances, auditEvents, emails } from '../../db/schema';
import type { TAssistance } from './assistance.schema';
import { assistanceFixture, START, type AssistanceFixture } from './testing/fixture';

let f: AssistanceFixture;
let assistance: TAssistance;

async function call<T = TAssistance>(session: { headers: Record<string, string> }, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, status = method === 'POST' ? 201 : 200): Promise<T> {
  const res = await f.ctx.app.inject({ method, url, headers: session.headers, payload: payload as object });
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
}

beforeAll(async () => {
  f = await assistanceFixture();
});
afterAll(async () => f.ctx.close());

describe('assistance renforcée, from welcome to "à traiter"', () => {
  it('the référent welcomes the candidate', async () => {
    assistance = await call(f.referent, 'POST', `/api/pathways/${f.pathwayId}/assistance`, START(f.structureId));
    expect(assistance.status).toBe('open');
    expect(assistance.canEdit).toBe(true);
    expect(assistance.endsAt).toBe('2028-03-02T09:00:00.000Z');
    expect(JSON.stringify(assistance)).not.toContain('Hébergée');
    // A second one on the same pathway is refused.
    const again = await f.ctx.app.inject({ method: 'POST', url: `/api/pathways/${f.pathwayId}/assistance`, headers: f.referent.headers, payload: START(f.structureId) });
    expect(again.json().error.code).toBe('ASSISTANCE_ALREADY_OPEN');
  });

  it('the diagnostic records every condition; Jalon suggests supports for the missing ones in this phase and says why', async () => {
    assistance = await call(f.referent, 'POST', `/api/assistances/${assistance.id}/assessments`, {
      items: [
        { conditionCode: 'MAT-06', status: 'missing', comment: 'Pas d’ordinateur' },
        { conditionCode: 'MAT-04', status: 'partly_met' },
        { conditionCode: 'MAT-02', status: 'missing' },
        { conditionCode: 'BEH-01', status: 'met' },
      ],
      summary: 'Premier diagnostic',
      sensitiveNotes: 'Suivi psychologique en cours.',
    });
    const [first] = assistance.assessments;
    expect(first?.items).toHaveLength(30);
    expect(first?.items.find((i) => i.conditionCode === 'PED-01')?.status).toBe('not_assessed');
    expect(first?.hasSensitiveNotes).toBe(true);
    const { items } = await call<{ items: { supportCode: string; explanation: string }[] }>(f.referent, 'GET', `/api/assistances/${assistance.id}/suggestions`);
    const codes = items.map((s) => s.supportCode);
    expect(codes).toContain('SUP-05'); // équipement ← MAT-06, every phase
    expect(codes).toContain('SUP-08'); // médiation ← MAT-04
    expect(codes).not.toContain('SUP-06'); // answers MAT-02 but only between recevabilité and jury
    expect(items.find((s) => s.supportCode === 'SUP-05')?.explanation).toContain('Disposer d');
  });

  it('the référent accepts two suggestions and adds a support of their own given to a partner on the pathway', async () => {
    await call(f.referent, 'POST', `/api/assistances/${assistance.id}/plan-items`, { supportCode: 'SUP-05', carrierKind: 'referent', dueOn: '2026-03-20' });
    await call(f.referent, 'POST', `/api/assistances/${assistance.id}/plan-items`, { supportCode: 'SUP-08', carrierKind: 'partner', carrierOrganisationId: f.partnerId });
    assistance = await call(f.referent, 'POST', `/api/assistances/${assistance.id}/plan-items`, {
      custom: { wording: 'Prêt d’un ordinateur portable par la MDPH', nature: 'material', phases: ['before_recevabilite'] },
      carrierKind: 'partner',
      carrierOrganisationId: f.partnerId,
      dueOn: '2026-03-15',
    });
    expect(assistance.plan.map((p) => [p.supportCode, p.carrierKind])).toEqual([['SUP-05', 'referent'], ['SUP-08', 'partner'], [null, 'partner']]);
    expect(assistance.plan[0]?.reasons.map((r) => r.conditionCode)).toEqual(['MAT-06']);
    expect(assistance.plan[2]?.carrierOrganisationName).toBe('MDPH de test');
    const { items } = await call<{ items: { supportCode: string }[] }>(f.referent, 'GET', `/api/assistances/${assistance.id}/suggestions`);
    expect(items.map((s) => s.supportCode)).not.toContain('SUP-05');
  });

  it('the agreement is a PDF with a fingerprint; the candidate agrees to that exact document from their account', async () => {
    assistance = await call(f.referent, 'POST', `/api/assistances/${assistance.id}/agreements`, { objectives: ['Déposer le dossier de faisabilité en avril'], durationMonths: 12, candidateCommitments: ['Venir aux rendez-vous'], nextAppointmentAt: '2026-03-16T09:00:00Z' });
    const [v1] = assistance.agreements;
    expect(v1?.version).toBe(1);
    const pdf = await f.ctx.app.inject({ method: 'GET', url: `/api/agreements/${v1?.id}/document`, headers: f.candidate.headers });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(pdf.rawPayload).digest('hex')).toBe(v1?.sha256);
    const wrong = await f.ctx.app.inject({ method: 'POST', url: `/api/agreements/${v1?.id}/acceptance`, headers: f.candidate.headers, payload: { via: 'account', sha256: '0'.repeat(64) } });
    expect(wrong.json().error.code).toBe('AGREEMENT_CHANGED');
    const asReferent = await f.ctx.app.inject({ method: 'POST', url: `/api/agreements/${v1?.id}/acceptance`, headers: f.referent.headers, payload: { via: 'account', sha256: v1?.sha256 } });
    expect(asReferent.statusCode).toBe(403);
    const accepted = await call(f.candidate, 'POST', `/api/agreements/${v1?.id}/acceptance`, { via: 'account', sha256: v1?.sha256 }, 200);
    expect(accepted.agreements[0]?.acceptedVia).toBe('account');
    expect(accepted.agreements[0]?.acceptedAt).toBe('2026-03-02T09:00:00.000Z');
    // An amendment is a new version, waiting for a new agreement.
    assistance = await call(f.referent, 'POST', `/api/assistances/${assistance.id}/agreements`, { objectives: ['Déposer le dossier en mai'], durationMonths: 12, nextAppointmentAt: '2026-03-20T09:00:00Z' });
    expect(assistance.agreements.map((a) => [a.version, a.current, a.acceptedAt !== null])).toEqual([[1, false, true], [2, true, false]]);
    const old = await f.ctx.app.inject({ method: 'POST', url: `/api/agreements/${v1?.id}/acceptance`, headers: f.candidate.headers, payload: { via: 'account', sha256: v1?.sha256 } });
    expect(old.json().error.code).toBe('AGREEMENT_CHANGED');
  });

  it('the pathway’s timeline shows the diagnostic, the supports and the agreements, and can be filtered by kind', async () => {
    const pathway = await call<{ timeline: { kind: string; label: string }[] }>(f.referent, 'GET', `/api/pathways/${f.pathwayId}`);
    const kinds = pathway.timeline.map((t) => t.kind);
    expect(kinds.filter((k) => k === 'assessment')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'support')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'agreement')).toHaveLength(2);
    expect(pathway.timeline.find((t) => t.kind === 'agreement')?.label).toContain('accepté par le candidat');
    expect(JSON.stringify(pathway.timeline)).not.toContain('psychologique');
  });

  it('a later reassessment is compared with the first', async () => {
    f.ctx.clock.advanceDays(20);
    await f.relogin();
    assistance = await call(f.referent, 'POST', `/api/assistances/${assistance.id}/assessments`, { items: [{ conditionCode: 'MAT-06', status: 'met' }, { conditionCode: 'MAT-04', status: 'missing' }, { conditionCode: 'MAT-02', status: 'missing' }] });
    const [a, b] = assistance.assessments;
    const cmp = await call<{ rows: { conditionCode: string; change: string }[]; summary: { improved: number; worsened: number; stillMissing: number } }>(f.referent, 'GET', `/api/assistances/${assistance.id}/comparison?before=${a?.id}&after=${b?.id}`);
    expect(cmp.rows.find((r) => r.conditionCode === 'MAT-06')?.change).toBe('improved');
    expect(cmp.rows.find((r) => r.conditionCode === 'MAT-04')?.change).toBe('worsened');
    expect(cmp.summary).toMatchObject({ improved: 1, worsened: 1, stillMissing: 2 });
  });

  it('a commitment past its date puts the candidate in "à traiter" with the reason and the action', async () => {
    assistance = await call(f.referent, 'POST', `/api/assistances/${assistance.id}/commitments`, { label: 'Rassembler ses bulletins de salaire', dueOn: '2026-03-25' });
    const before = await call<{ items: { assistanceId: string; risk: { reasons: { code: string }[] } }[] }>(f.referent, 'GET', '/api/assistance/to-handle');
    expect(before.items.find((i) => i.assistanceId === assistance.id)?.risk.reasons.map((r) => r.code) ?? []).not.toContain('overdue_commitments');
    f.ctx.clock.advanceDays(5);
    await f.relogin();
    const after = await call<{ items: { assistanceId: string; candidateName: string; risk: { reasons: { code: string; text: string; action: string }[] } }[] }>(f.referent, 'GET', '/api/assistance/to-handle');
    const mine = after.items.find((i) => i.assistanceId === assistance.id);
    const reason = mine?.risk.reasons.find((r) => r.code === 'overdue_commitments');
    expect(reason?.text).toMatch(/engagement/);
    expect(reason?.action.length).toBeGreaterThan(10);
    // Another structure's référent sees nothing of it.
    expect((await call<{ items: unknown[] }>(f.otherReferent, 'GET', '/api/assistance/to-handle')).items).toEqual([]);
  });

  it('meeting a commitment sends a word of encouragement to the candidate', async () => {
    const commitment = assistance.commitments[0];
    await call(f.referent, 'PATCH', `/api/assistances/${assistance.id}/commitments/${commitment?.id}`, { status: 'met' });
    const sent = await f.ctx.database.db.select().from(emails);
    expect(sent.some((e) => e.recipients.includes(f.candidateEmail) && e.subject.startsWith('Bravo'))).toBe(true);
  });

  it('the candidate’s data export holds the assistance, without the confidential notes', async () => {
    const res = await f.ctx.app.inject({ method: 'GET', url: '/api/me/export', headers: f.candidate.headers });
    expect(res.statusCode).toBe(200);
    const [file] = res.json<{ candidateFiles: { pathways: { assistance: { plan: unknown[]; agreements: unknown[]; assessments: unknown[]; commitments: unknown[] }[] }[] }[] }>().candidateFiles;
    const [exported] = file?.pathways[0]?.assistance ?? [];
    expect(exported?.plan).toHaveLength(3);
    expect(exported?.agreements).toHaveLength(2);
    expect(exported?.assessments).toHaveLength(2);
    expect(exported?.commitments).toHaveLength(1);
    expect(res.body).not.toContain('Suivi psychologique');
    expect(res.body).not.toContain('Hébergée');
  });

  it('closing it records the reason and the candidate’s last word; nothing can be changed after', async () => {
    assistance = await call(f.referent, 'POST', `/api/assistances/${assistance.id}/closure`, { reason: 'relay', outcome: 'Relais vers la MIFE après déménagement.', candidateLastWord: 'Merci pour tout.' }, 200);
    expect(assistance.status).toBe('closed');
    const [row] = await f.ctx.database.db.select().from(assistances).where(eq(assistances.id, assistance.id));
    expect(row?.closureReason).toBe('relay');
    const res = await f.ctx.app.inject({ method: 'POST', url: `/api/assistances/${assistance.id}/assessments`, headers: f.referent.headers, payload: { items: [{ conditionCode: 'MAT-01', status: 'met' }] } });
    expect(res.json().error.code).toBe('ASSISTANCE_CLOSED');
    const events = await f.ctx.database.db.select({ type: auditEvents.eventType }).from(auditEvents).where(eq(auditEvents.entityId, assistance.id));
    expect(new Set(events.map((e) => e.type))).toEqual(
      new Set(['assistance.started', 'assistance.assessed', 'assistance.plan_item_added', 'assistance.agreement_created', 'assistance.agreement_accepted', 'assistance.commitment_added', 'assistance.commitment_updated', 'assistance.closed']),
    );
  });
});
