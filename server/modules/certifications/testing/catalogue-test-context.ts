import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestContext, type TestContext } from '../../../test/test-app';
import { importCertifications } from '../features/import-certifications';
import { loadNomenclatures } from '../features/load-nomenclatures';
import { seedCertifications } from '../features/seed-certifications';
import { RNCP_XML, RS_XML } from './sample-files';

export interface CatalogueTestContext extends TestContext {
  dataDir: string;
}

/** A test app on a catalogue holding the reference records, the nomenclatures and the sample exports. */
export async function createCatalogueTestContext(opts: { withSamples?: boolean } = {}): Promise<CatalogueTestContext> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jalon-catalogue-'));
  const ctx = await createTestContext({ env: { DATA_DIR: dataDir } });
  await seedCertifications(ctx.database);
  await loadNomenclatures(ctx.database);
  if (opts.withSamples ?? true) {
    for (const filePath of [RNCP_XML, RS_XML]) await importCertifications({ database: ctx.database, filePath });
  }
  return {
    ...ctx,
    dataDir,
    close: async () => {
      await ctx.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A multipart/form-data body holding one file, as a browser's FormData would send it. */
export function multipartBody(field: string, fileName: string, content: Buffer | string): { payload: Buffer; headers: { 'content-type': string } } {
  const boundary = '----jalon-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
