import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointments } from '../../db/schema';
import { pdfText } from '../../test/pdf-text';
import { RESOURCE_CENTRE_COLUMNS } from './features/resource-centre-csv';
import { signAssistance } from '../targets/testing/fixture';
import { reportsFixture, type ReportsFixture } from './testing/fixture';

let f: ReportsFixture;
const get = (url: string, headers: Record<string, string>) => f.ctx.app.inject({ method: 'GET', url, headers });

beforeAll(async () => {
  f = await reportsFixture();
});
afterAll(async () => f.ctx.close());

describe('start-of-action certificate', () => {
  it('names the parties, the year, each line with its budget, the start date and the signature block', async () => {
    const res = await get(`/api/target-agreements/${f.agreementId}/start-certificate.pdf`, f.dirB.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(res.rawPayload);
    for (const s of ['Attestation de démarrage de l’action', 'Commanditaire : Région Normandie', 'Groupement : Groupement VAE Normandie', 'Structures membres : CIBC Calvados, MIFE Manche', 'Année : 2026', 'Date de démarrage de l’action : 2 mars 2026', 'Calvados (14) | Assistance renforcée | objectif : 120 | budget : 96 000,00 €', 'Budget total de la convention : 151 200,00 €', 'Pour le commanditaire (Région Normandie) — nom, qualité et signature']) expect(text).toContain(s);
  });

  it('holds no count of people: nothing realised, whoever reads it', async () => {
    const text = await pdfText((await get(`/api/target-agreements/${f.agreementId}/start-certificate.pdf`, f.region.headers)).rawPayload);
    expect(text).not.toMatch(/réalis|bénéficiaire|candidat/i);
    expect(text).not.toContain('Camille');
  });
});

describe('activity planning', () => {
  it('the structures read plan against realised exactly, per line and per structure', async () => {
    const res = await get(`/api/target-agreements/${f.agreementId}/planning`, f.dirA.headers);
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p.masked).toBe(false);
    const calvados = p.lines[0];
    expect(calvados.plan.reduce((a: number, b: number) => a + b, 0)).toBe(120);
    expect(calvados.realised[2]).toEqual({ masked: false, value: 3 });
    expect(calvados.structures.map((s: { name: string; share: number; realisedTotal: unknown }) => [s.name, s.share, s.realisedTotal])).toEqual([
      ['CIBC Calvados', 80, { masked: false, value: 3 }],
      ['MIFE Manche', 40, { masked: false, value: 0 }],
    ]);
  });

  it('the commanditaire reads it masked below five; the workbook says the same', async () => {
    const p = (await get(`/api/target-agreements/${f.agreementId}/planning`, f.region.headers)).json();
    expect(p.masked).toBe(true);
    expect(p.lines[0].realised[2]).toEqual({ masked: true });
    expect(p.lines[0].realisedTotal).toEqual({ masked: true });
    expect(JSON.stringify(p)).not.toMatch(/"value":[1-4][,}]/);
    const res = await get(`/api/target-agreements/${f.agreementId}/planning.xlsx`, f.region.headers);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Planification');
    const rows: unknown[][] = [];
    ws?.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const plan = rows.find((r) => r[0] === 'Assistance renforcée — Calvados (14)' && r[1] === 'Toutes' && r[2] === 'Plan');
    expect(plan?.at(-1)).toBe(120);
    const realised = rows.find((r) => r[0] === 'Assistance renforcée — Calvados (14)' && r[1] === 'Toutes' && r[2] === 'Réalisé');
    expect(realised?.[5]).toBe('masqué (< 5)');
    expect(realised?.at(-1)).toBe('masqué (< 5)');
  });
});

describe('resource centre CSV', () => {
  it('is ;-separated UTF-8 with a BOM, with the documented columns, accents kept and small counts masked', async () => {
    const res = await get(`/api/resource-centre/statistics.csv?organisationId=${f.resourceCentreId}&year=2026`, f.rc.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse<Record<string, string>>(res.rawPayload.toString('utf8'), { bom: true, delimiter: ';', columns: true });
    expect(Object.keys(rows[0] ?? {})).toEqual([...RESOURCE_CENTRE_COLUMNS]);
    expect(rows[0]).toMatchObject({ section: 'perimetre', indicateur: 'structures', valeur: '3', masque: 'non' });
    const calvadosMarch = rows.find((r) => r.section === 'realise' && r.territoire_code === '14' && r.service === 'assistance_renforcee' && r.mois === '3');
    expect(calvadosMarch).toMatchObject({ territoire: 'Calvados (14)', valeur: '', masque: 'oui' });
    const orne = rows.find((r) => r.section === 'realise' && r.territoire_code === '61' && r.service === 'assistance_renforcee' && r.mois === 'total');
    expect(orne).toMatchObject({ valeur: '0', masque: 'non' });
    expect(rows.some((r) => (r.territoire ?? '').includes('Eure') || (r.territoire ?? '').includes('Seine-Maritime'))).toBe(true);
    expect(rows.find((r) => r.section === 'resultats' && r.indicateur === 'jury' && r.cle === 'ensemble')?.libelle).toBe('Total');
    expect(rows.some((r) => /Validation totale/.test(r.libelle ?? ''))).toBe(true);
    for (const r of rows) if (r.masque === 'non' && r.section === 'realise') expect(Number(r.valeur) === 0 || Number(r.valeur) >= 5).toBe(true);
  });

  it('is refused to a commanditaire and to another région’s resource centre for this one', async () => {
    expect((await get(`/api/resource-centre/statistics.csv?organisationId=${f.resourceCentreId}&year=2026`, f.otherRc.headers)).statusCode).toBe(403);
    expect((await get(`/api/resource-centre/statistics.csv?organisationId=${f.regionId}&year=2026`, f.region.headers)).statusCode).toBe(403);
  });
});

describe('refreshing a draft', () => {
  it('recomputes the figures from the aggregates as they stand, and records it', async () => {
    const headers = f.dirC.headers;
    const created = await f.ctx.app.inject({ method: 'POST', url: '/api/target-agreements', headers: f.region.headers, payload: { commanditaireId: f.regionId, year: 2026, title: 'Convention CIO Caen', organisationId: f.structureC, lines: [{ service: 'assistance_renforcee', departementCode: '14', quantity: 10, budgetCents: 800_000 }] } });
    expect(created.statusCode, created.body).toBe(201);
    const draft = await f.ctx.app.inject({ method: 'POST', url: '/api/reports', headers, payload: { commanditaireId: f.regionId, year: 2026, organisationId: f.structureC } });
    expect(draft.statusCode, draft.body).toBe(201);
    const assisted = (r: { view: { quantitative: { byService: { items: { key: string; count: { value?: number } }[] } } } }) => r.view.quantitative.byService.items.find((i) => i.key === 'assistance_renforcee')?.count.value;
    expect(assisted(draft.json())).toBe(0);
    const { pathwayId } = await signAssistance(f, { structureId: f.structureC, referent: f.refC, departementCode: '14' });
    // Two hours with the assisted candidate, an hour and a half of collective information, one cancelled hour.
    const at = (iso: string) => new Date(iso);
    const appointment = (title: string, from: string, to: string, extra: Partial<typeof appointments.$inferInsert> = {}): typeof appointments.$inferInsert => ({ organisationId: f.structureC, kind: 'individual', title, modality: 'face_to_face', startsAt: at(from), endsAt: at(to), createdAt: at(from), updatedAt: at(from), ...extra });
    await f.ctx.database.db.insert(appointments).values([
      appointment('Entretien', '2026-02-10T09:00:00Z', '2026-02-10T11:00:00Z', { pathwayId }),
      appointment('Réunion d’information', '2026-02-11T09:00:00Z', '2026-02-11T10:30:00Z', { kind: 'collective' }),
      appointment('Annulé', '2026-02-12T09:00:00Z', '2026-02-12T10:00:00Z', { pathwayId, status: 'cancelled', cancellationReason: 'Absence' }),
    ]);
    expect(assisted((await get(`/api/reports/${draft.json().id}`, headers)).json())).toBe(0);
    const refreshed = await f.ctx.app.inject({ method: 'POST', url: `/api/reports/${draft.json().id}/refresh`, headers });
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    expect(assisted(refreshed.json())).toBe(1);
    expect(refreshed.json().view.financial.lines[0].valueCents).toEqual({ masked: false, value: 80_000 });
    expect(refreshed.json().view.financial.services.map((x: { service: string; hours: number }) => [x.service, x.hours])).toEqual([['conseil_vae', 1.5], ['assistance_renforcee', 2]]);
    const audit = await f.ctx.database.query<{ details: { refreshed: boolean } }>(`SELECT details FROM audit_events WHERE event_type = 'report.updated' AND entity_id = $1`, [draft.json().id]);
    expect(audit.map((a) => a.details.refreshed)).toEqual([true]);
  });
});
