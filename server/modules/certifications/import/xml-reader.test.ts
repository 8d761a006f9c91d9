import { describe, expect, it } from 'vitest';
import { readXmlFiches } from './xml-reader';

const FICHE = (n: number) =>
  `<FICHE><NUMERO_FICHE>RNCP${n}</NUMERO_FICHE><INTITULE>Titre ${n} – accentué</INTITULE><ACTIVITES_VISEES><![CDATA[Texte <b>${n}</b>]]></ACTIVITES_VISEES></FICHE>\n`;

describe('readXmlFiches', () => {
  it('yields each fiche as soon as it is closed, reading the file only as far as asked', async () => {
    const total = 20_000;
    let bytesPulled = 0;
    async function* source(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<FICHES><VERSION_FLUX>4.1</VERSION_FLUX>\n');
      for (let i = 1; i <= total; i++) {
        const chunk = Buffer.from(FICHE(i));
        bytesPulled += chunk.length;
        yield chunk;
      }
      yield Buffer.from('</FICHES>');
    }
    const reader = readXmlFiches(source(), { file: 'flux.xml' });
    const first = await reader.next();
    expect(first.value).toEqual({ type: 'version', version: '4.1' });
    const fiche = await reader.next();
    expect(fiche.value).toMatchObject({ type: 'fiche', node: { name: 'FICHE', line: 3 } });
    // A few hundred bytes read out of ~3 MB: memory is bounded by a fiche, not by the file.
    expect(bytesPulled).toBeLessThan(1_000);
    let count = 1;
    for await (const event of reader) if (event.type === 'fiche') count++;
    expect(count).toBe(total);
    expect(bytesPulled).toBeGreaterThan(2_000_000);
  });

  it('keeps CDATA text as text and splits multi-byte characters across chunks safely', async () => {
    const bytes = Buffer.from(`<FICHES>${FICHE(7)}</FICHES>`);
    async function* oneByteAtATime(): AsyncGenerator<Uint8Array> {
      for (const b of bytes) yield Uint8Array.of(b);
    }
    const events = [];
    for await (const e of readXmlFiches(oneByteAtATime(), { file: 'x.xml' })) events.push(e);
    expect(events).toHaveLength(1);
    const node = events[0]?.type === 'fiche' ? events[0].node : null;
    expect(node?.children.map((c) => [c.name, c.text])).toEqual([
      ['NUMERO_FICHE', 'RNCP7'],
      ['INTITULE', 'Titre 7 – accentué'],
      ['ACTIVITES_VISEES', 'Texte <b>7</b>'],
    ]);
  });
});
