import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../test/pdf-text';
import { REPORT, reportsFixture, type ReportsFixture } from './testing/fixture';

let f: ReportsFixture;
let id = '';
const get = (url: string, headers: Record<string, string>) => f.ctx.app.inject({ method: 'GET', url, headers });
const post = (url: string, headers: Record<string, string>, payload?: object) => f.ctx.app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) });
const put = (url: string, headers: Record<string, string>, payload: object) => f.ctx.app.inject({ method: 'PUT', url, headers, payload });

async function workbook(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}
const rowsOf = (ws: ExcelJS.Worksheet | undefined) => {
  const out: unknown[][] = [];
  ws?.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
  return out;
};

beforeAll(async () => {
  f = await reportsFixture();
});
afterAll(async () => f.ctx.close());

describe('the yearly report: draft → signed → sent', () => {
  it('the director opens the draft: figures computed from the aggregates, exact for the structure', async () => {
    const res = await post('/api/reports', f.dirA.headers, REPORT(f));
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    id = r.id;
    expect(r).toMatchObject({ status: 'draft', year: 2026, party: { kind: 'groupement', name: 'Groupement VAE Normandie' }, commanditaire: { name: 'Région Normandie' }, contentSha256: null });
    expect(r.view.masked).toBe(false);
    const byService = Object.fromEntries(r.view.quantitative.byService.items.map((i: { key: string; count: { value: number } }) => [i.key, i.count.value]));
    expect(byService).toEqual({ conseil_vae: 0, assistance_renforcee: 4 });
    expect(r.view.quantitative.byTerritory.items.map((i: { key: string; count: { value: number } }) => [i.key, i.count.value])).toEqual([['14', 3], ['50', 1]]);
    expect(r.view.quantitative.byProfile.total).toEqual({ masked: false, value: 4 });
    const calvados = r.view.financial.lines[0];
    // 120 assistances for 96,000 €: 800 € each, three realised.
    expect(calvados).toMatchObject({ service: 'assistance_renforcee', quantity: 120, budgetCents: 9_600_000, realised: { masked: false, value: 3 }, valueCents: { masked: false, value: 240_000 } });
    expect(r.view.financial.totals).toMatchObject({ budgetCents: 15_120_000, valueCents: { masked: false, value: 320_000 } });
  });

  it('a second draft for the same party and year is refused', async () => {
    const res = await post('/api/reports', f.dirB.headers, REPORT(f));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('REPORT_EXISTS');
  });

  it('the narrative is written while draft; the commanditaire cannot read a draft', async () => {
    const res = await put(`/api/reports/${id}/narrative`, f.dirA.headers, { narrative: 'Une année de lancement réussie dans le Calvados.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().narrative).toContain('lancement');
    expect((await get(`/api/reports/${id}`, f.region.headers)).statusCode).toBe(403);
    expect((await get(`/api/reports?organisationId=${f.regionId}`, f.region.headers)).json().items).toEqual([]);
  });

  it('sending before signing is refused, with a stable code and a French message', async () => {
    const res = await post(`/api/reports/${id}/send`, f.dirA.headers);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'REPORT_NOT_SIGNED', message: expect.stringContaining('signé') });
  });

  it('the director signs: content frozen with its SHA-256, signer and time, audited', async () => {
    const res = await post(`/api/reports/${id}/sign`, f.dirA.headers);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ status: 'signed', signedByName: 'Direction A', signedAt: f.ctx.clock.now().toISOString() });
    expect(r.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    const audit = await f.ctx.database.query<{ details: { sha256: string } }>(`SELECT details FROM audit_events WHERE event_type = 'report.signed' AND entity_id = $1`, [id]);
    expect(audit.map((a) => a.details.sha256)).toEqual([r.contentSha256]);
  });

  it('signing twice, editing or refreshing a signed report is refused and changes nothing', async () => {
    const before = (await get(`/api/reports/${id}`, f.dirA.headers)).json();
    const again = await post(`/api/reports/${id}/sign`, f.dirB.headers);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('REPORT_NOT_DRAFT');
    const edit = await put(`/api/reports/${id}/narrative`, f.dirA.headers, { narrative: 'Autre texte' });
    expect(edit.json().error.code).toBe('REPORT_NOT_DRAFT');
    expect((await post(`/api/reports/${id}/refresh`, f.dirA.headers)).json().error.code).toBe('REPORT_NOT_DRAFT');
    const after = (await get(`/api/reports/${id}`, f.dirA.headers)).json();
    expect(after).toEqual(before);
  });

  it('the frozen content still matches its fingerprint once read back', async () => {
    const { canonicalJson } = await import('./reports.store');
    const { createHash } = await import('node:crypto');
    const [row] = await f.ctx.database.query<{ content: unknown; content_sha256: string }>(`SELECT content, content_sha256 FROM yearly_reports WHERE id = $1`, [id]);
    expect(createHash('sha256').update(canonicalJson(row?.content)).digest('hex')).toBe(row?.content_sha256);
  });

  it('the PDF has its three parts, the totals and the signature line', async () => {
    const res = await get(`/api/reports/${id}/report.pdf`, f.dirA.headers);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(res.rawPayload);
    for (const s of ['Rapport annuel 2026', 'Partie quantitative', 'Partie qualitative', 'Partie financière', 'Bénéficiaires par profil', 'Une année de lancement réussie']) expect(text).toContain(s);
    expect(text).toMatch(/Total \| 204 \| 151 200,00 € \| 4 \| 3 200,00 €/);
    expect(text).toMatch(/Signé dans Jalon par Direction A, direction, le 2 mars 2026 — empreinte SHA-256 du contenu : [0-9a-f]{64}/);
  });

  it('the workbook has one sheet per part, with the totals', async () => {
    const res = await get(`/api/reports/${id}/report.xlsx`, f.dirA.headers);
    expect(res.statusCode).toBe(200);
    const wb = await workbook(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Rapport', 'Quantitatif', 'Qualitatif', 'Financier']);
    const financial = rowsOf(wb.getWorksheet('Financier'));
    expect(financial).toContainEqual(['Total', '', 204, 151_200, 4, 3200]);
    const quantitative = rowsOf(wb.getWorksheet('Quantitatif'));
    const title = quantitative.findIndex((r) => r[0] === 'Bénéficiaires par territoire');
    expect(quantitative.slice(title + 2, title + 5)).toEqual([['Calvados (14)', 3], ['Manche (50)', 1], ['Total', 4]]);
    expect(rowsOf(wb.getWorksheet('Qualitatif')).flat()).toContain('Une année de lancement réussie dans le Calvados.');
  });

  it('« envoyer » makes it visible to the commanditaire, who is told by email', async () => {
    const res = await post(`/api/reports/${id}/send`, f.dirA.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('sent');
    const mails = await f.ctx.database.query<{ subject: string }>(`SELECT subject FROM emails WHERE subject LIKE 'Rapport annuel 2026%'`);
    expect(mails).toHaveLength(1);
    expect((await post(`/api/reports/${id}/send`, f.dirA.headers)).json().error.code).toBe('REPORT_ALREADY_SENT');
    const list = (await get(`/api/reports?organisationId=${f.regionId}`, f.region.headers)).json();
    expect(list.items.map((r: { id: string }) => r.id)).toEqual([id]);
  });

  it('the commanditaire reads it masked below five: JSON, PDF and workbook', async () => {
    const r = (await get(`/api/reports/${id}`, f.region.headers)).json();
    expect(r.view.masked).toBe(true);
    expect(r.view.quantitative.byTerritory.items.map((i: { count: unknown }) => i.count)).toEqual([{ masked: true }, { masked: true }]);
    expect(r.view.quantitative.byTerritory.total).toEqual({ masked: true });
    expect(r.view.financial.lines[0]).toMatchObject({ budgetCents: 9_600_000, realised: { masked: true }, valueCents: { masked: true } });
    expect(JSON.stringify(r.view)).not.toMatch(/"value":[1-4][,}]/);
    expect(JSON.stringify(r)).not.toContain('Camille');
    const text = await pdfText((await get(`/api/reports/${id}/report.pdf`, f.region.headers)).rawPayload);
    expect(text).toContain('Calvados (14) | masqué (< 5)');
    expect(text).toContain('effectifs inférieurs à 5 masqués');
    expect(text).not.toMatch(/Total \| 204 \| 151 200,00 € \| 4/);
    const wb = await workbook((await get(`/api/reports/${id}/report.xlsx`, f.region.headers)).rawPayload);
    expect(rowsOf(wb.getWorksheet('Financier'))).toContainEqual(['Total', '', 204, 151_200, 'masqué (< 5)', 'masqué (< 5)']);
  });
});
