import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCandidate, buildOrganisation, buildPathway, buildUser } from '../../test/factories';
import { createTestContext, loginAs, type TestContext } from '../../test/test-app';
import { writeRecords } from './certifications.store';
import { getCertification } from './features/get-certification';
import type { ParsedCertification } from './import/types';
import { fullRecord } from './testing/full-record';

let ctx: TestContext;
const database = () => ctx.database;
const CODE = 'RNCP99101';
const bloc = (n: number) => ({ code: `${CODE}BC0${n}`, label: `Bloc ${n}`, competences: null, evaluationMethods: null });
const withBlocs = (...n: number[]): ParsedCertification => ({ ...fullRecord(CODE), blocs: n.map(bloc) });
const write = (record: ParsedCertification, at: string) => database().db.transaction((tx) => writeRecords(tx, [{ record, hash: at }], { source: 'import', now: new Date(at) }));

async function blocs() {
  return database().query<{ id: string; code: string; withdrawn_at: string | null }>(
    `SELECT b.id, b.code, b.withdrawn_at::text FROM certification_blocs b JOIN certifications c ON c.id = b.certification_id WHERE c.code = $1 ORDER BY b.code`,
    [CODE],
  );
}

beforeAll(async () => {
  ctx = await createTestContext();
  await write(withBlocs(1, 2, 3), '2026-12-01T10:00:00Z');
});
afterAll(async () => ctx.close());

describe('a re-import that drops blocs a pathway uses', () => {
  it('keeps the used bloc, stamped withdrawn, deletes the unused one, and shows only current blocs', async () => {
    const pathway = await buildPathway(database(), { certificationCode: CODE, blocCodes: [`${CODE}BC02`] });
    const [used] = (await blocs()).filter((b) => b.code.endsWith('BC02'));
    await write(withBlocs(1), '2026-12-02T10:00:00Z');
    const after = await blocs();
    expect(after.map((b) => [b.code, b.withdrawn_at !== null])).toEqual([
      [`${CODE}BC01`, false],
      [`${CODE}BC02`, true],
    ]);
    expect(after[1]?.id).toBe(used?.id);
    const [kept] = await database().query<{ n: number }>(`SELECT count(*)::int AS n FROM pathway_blocs WHERE pathway_id = $1 AND bloc_id = $2`, [pathway.id, used?.id]);
    expect(kept?.n).toBe(1);
    const record = await getCertification({ database: database(), code: CODE });
    expect(record.blocs.map((b) => b.code)).toEqual([`${CODE}BC01`]);
    const [row] = await database().query<{ bloc_count: number }>(`SELECT bloc_count FROM certifications WHERE code = $1`, [CODE]);
    expect(row?.bloc_count).toBe(1);
    // A new pathway can aim at the current blocs only.
    const structureId = (await buildOrganisation(database())).id;
    const referent = await loginAs(ctx.app, (await buildUser(database(), { roles: [{ organisationId: structureId, role: 'referent' }] })).email);
    const candidateId = (await buildCandidate(database(), { organisationId: structureId })).id;
    const create = (blocCodes?: string[]) =>
      ctx.app.inject({ method: 'POST', url: '/api/pathways', headers: referent.headers, payload: { candidateId, certificationCode: CODE, organisationId: structureId, role: 'referent', fundingRoute: 'cpf', ...(blocCodes ? { blocCodes } : {}) } });
    const refused = await create([`${CODE}BC02`]);
    expect([refused.statusCode, refused.json().error.code]).toEqual([400, 'BLOC_NOT_TARGETED']);
    const created = await create();
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<{ blocs: { targeted: string[] } }>().blocs.targeted).toEqual([`${CODE}BC01`]);
  });

  it('makes a withdrawn bloc current again, with the same id, when the fiche lists it again', async () => {
    const [before] = (await blocs()).filter((b) => b.code.endsWith('BC02'));
    await write(withBlocs(1, 2), '2026-12-03T10:00:00Z');
    const after = await blocs();
    expect(after.map((b) => [b.code, b.withdrawn_at])).toEqual([
      [`${CODE}BC01`, null],
      [`${CODE}BC02`, null],
    ]);
    expect(after[1]?.id).toBe(before?.id);
    expect((await getCertification({ database: database(), code: CODE })).blocs.map((b) => b.code)).toEqual([`${CODE}BC01`, `${CODE}BC02`]);
  });
});
