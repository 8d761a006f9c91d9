import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readExport } from '../../server/modules/certifications/import/read-export';
import { writeRncpXml } from './rncp-xml';

describe('writeRncpXml', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'jalon-rncp-xml-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a V4.1 export that the importer reads whole, with the counts it announced', async () => {
    const out = path.join(dir, 'small.xml');
    const summary = await writeRncpXml({ records: 120, out, seed: 'test' });
    expect(summary.rncp + summary.rs).toBe(120);
    expect(summary.rs).toBe(Math.round((120 * 4_800) / 30_400));
    expect(summary.bytes).toBe(statSync(out).size);
    expect(readFileSync(out, 'utf8')).toContain('<![CDATA[');

    let version: string | null = null;
    const kinds = { rncp: 0, rs: 0 };
    let blocs = 0;
    const rejected: string[] = [];
    for await (const event of readExport(out, { today: '2026-11-23' })) {
      if (event.type === 'format') version = event.version;
      if (event.type !== 'item') continue;
      if (!event.item.ok) {
        rejected.push(`${event.item.code}: ${event.item.issues.map((i) => i.message).join('; ')}`);
        continue;
      }
      kinds[event.item.record.kind]++;
      blocs += event.item.record.blocs.length;
      expect(event.item.record.title).not.toBe('');
    }
    expect(rejected).toEqual([]);
    expect(version).toBe('4.1');
    expect(kinds).toEqual({ rncp: summary.rncp, rs: summary.rs });
    expect(blocs).toBe(summary.blocs);
    expect(blocs).toBeGreaterThan(0);
  });

  it('gives the same bytes for the same seed and others for another seed', async () => {
    const digest = async (name: string, seed: string) => {
      const out = path.join(dir, name);
      await writeRncpXml({ records: 30, out, seed });
      return createHash('sha256').update(readFileSync(out)).digest('hex');
    };
    expect(await digest('a1.xml', 'a')).toBe(await digest('a2.xml', 'a'));
    expect(await digest('b.xml', 'b')).not.toBe(await digest('a1.xml', 'a'));
  });
});
