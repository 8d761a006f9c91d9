import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ParsedItem } from './types';
import { mapXmlFiche } from './xml-fiche';
import { readXmlFiches } from './xml-reader';

async function parse(xml: string | Buffer, chunkSize = 64): Promise<ParsedItem[]> {
  const bytes = typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml;
  // Small chunks: a fiche, a tag and a multi-byte character are all split across reads.
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  const items: ParsedItem[] = [];
  for await (const event of readXmlFiches(Readable.from(chunks), { file: 'test.xml' })) {
    if (event.type === 'fiche') items.push(mapXmlFiche(event.node, 'test.xml', '2026-11-23'));
  }
  return items;
}

const V2_FICHE = `<?xml version="1.0" encoding="UTF-8"?>
<FICHES>
  <FICHE>
    <NUMERO_FICHE>RNCP12345</NUMERO_FICHE>
    <INTITULE>Titre d'assistant de vie</INTITULE>
    <NOMENCLATURE_EUROPE><NIVEAU>NIV3</NIVEAU><INTITULE>Niveau 3</INTITULE></NOMENCLATURE_EUROPE>
    <ACTIVITES_VISEES><![CDATA[<p>L'assistant de vie <strong>accompagne</strong> :</p><ul><li>les personnes âgées</li><li>les enfants</li></ul>]]></ACTIVITES_VISEES>
    <SI_JURY_VAE>Oui</SI_JURY_VAE>
    <SI_JURY_FI>Non</SI_JURY_FI>
    <CERTIFICATEURS><CERTIFICATEUR><SIRET_CERTIFICATEUR>\t11000007200014</SIRET_CERTIFICATEUR><NOM_CERTIFICATEUR>MINISTERE DU TRAVAIL</NOM_CERTIFICATEUR></CERTIFICATEUR></CERTIFICATEURS>
    <CODES_ROME><ROME><CODE>K1302</CODE><LIBELLE>Assistance auprès d''adultes</LIBELLE></ROME></CODES_ROME>
    <DATE_FIN_ENREGISTREMENT>31/12/2030</DATE_FIN_ENREGISTREMENT>
  </FICHE>
</FICHES>`;

describe('mapXmlFiche on the shapes of older exports', () => {
  it('reads a V2/V3 fiche: HTML in CDATA, flat SI_JURY_VAE, NOMENCLATURE_EUROPE/INTITULE, no ACTIF', async () => {
    const [item] = await parse(V2_FICHE, 17);
    expect(item?.ok).toBe(true);
    if (!item?.ok) return;
    const r = item.record;
    expect(r.code).toBe('RNCP12345');
    expect(r.level).toBe(3);
    expect(r.activities).toBe("L'assistant de vie accompagne :\n* les personnes âgées\n* les enfants");
    expect(r.accessRoutes.find((a) => a.route === 'vae')).toEqual({ route: 'vae', active: true, juryComposition: null, modifiedOn: null });
    expect(r.accessRoutes.find((a) => a.route === 'initial_training')?.active).toBe(false);
    expect(r.certificateurs[0]?.siret).toBe('11000007200014');
    expect(r.codes).toEqual([{ system: 'rome', code: 'K1302', label: "Assistance auprès d'adultes" }]);
    // Without ACTIF, a fiche is active while its registration runs (today is 2026-11-23 here).
    expect(r.active).toBe(true);
    expect(item.location).toEqual({ file: 'test.xml', line: 3 });
  });

  it('reads the level from a V3 label when the code is missing', async () => {
    const xml = V2_FICHE.replace('<NIVEAU>NIV3</NIVEAU><INTITULE>Niveau 3</INTITULE>', '<INTITULE>Niveau 4</INTITULE>');
    const [item] = await parse(xml);
    expect(item?.ok && item.record.level).toBe(4);
  });

  it('rejects a fiche with an unknown code, an unknown level and an impossible date, naming all three', async () => {
    const xml = V2_FICHE.replace('RNCP12345', 'CQP999').replace('NIV3', 'NIV12').replace('31/12/2030', '32/12/2030');
    const [item] = await parse(xml);
    expect(item?.ok).toBe(false);
    if (item?.ok !== false) return;
    expect(item.code).toBe('CQP999');
    expect(item.issues.map((i) => i.reasonCode)).toEqual(['INVALID_CODE', 'UNKNOWN_LEVEL', 'INVALID_DATE']);
    expect(item.issues.map((i) => i.message).join(' ; ')).toMatch(/numéro de fiche inconnu « CQP999 ».*niveau inconnu « NIV12 ».*date impossible « 32\/12\/2030 » dans DATE_FIN_ENREGISTREMENT/);
  });
});
