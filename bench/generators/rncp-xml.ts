import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createPrng, type Prng } from './prng';
import { BLOC_COUNTS, DOMAINS, CERTIFICATEURS, EVALUATIONS, HABILITATIONS, INTRO_ACTIVITIES, INTRO_CAPACITIES, JURIES, LEVELS, PARTNER_BANDS, PARTNER_PLACES, PARTNER_WORDS, PREREQUISITES, QUALIFIERS, REGISTRATIONS, REGULATION, RS_SHARE, type Coded, type Domain } from './rncp-vocabulary';

/**
 * A full-size France Compétences registry in the XML export V4.1 shape, for the catalogue benches.
 *
 *   npx tsx bench/generators/rncp-xml.ts --records 30000 --out /tmp/rncp-full.xml [--seed 1]
 *
 * 30,000 records give about 25,260 RNCP and 4,740 RS fiches (the registry's 2026 proportions),
 * about 56,000 blocs and about 500 MB, like the real export. Texts are wrapped in CDATA as in the
 * real file. The file is streamed to disk one FICHE at a time (never built in memory) and the same
 * seed gives the same bytes on every machine. Vocabulary is French and plausible, not real fiches.
 */

/** Bumped whenever the same seed would give other bytes: cached files carry it in their name. */
export const RNCP_XML_GENERATOR_VERSION = 2;

export interface RncpXmlOptions {
  records: number;
  out: string;
  seed?: string;
}

export interface RncpXmlSummary {
  file: string;
  records: number;
  rncp: number;
  rs: number;
  blocs: number;
  bytes: number;
}

// 2026 registry: about 25,600 RNCP and 4,800 RS fiches, 56,000 blocs (SOURCES.md).

function titleFor(p: Prng, d: Domain, level: number): string {
  const job = p.pick(d.jobs);
  const field = p.pick(d.fields);
  switch (level) {
    case 3:
      return p.pick([`CAP ${job}`, `Titre professionnel ${job}`, `Certificat de qualification professionnelle ${job}`, `CAP ${field}`]);
    case 4:
      return p.pick([`Baccalauréat professionnel ${field}`, `Brevet professionnel ${job}`, `Titre professionnel ${job}`, `Diplôme d’État de ${job.toLowerCase()}`]);
    case 5:
      return p.pick([`BTS ${field}`, `Titre professionnel ${job}`, `${job}`, `DEUST ${field}`]);
    case 6:
      return p.pick([`Licence professionnelle ${field}`, `Bachelor ${field}`, `Responsable ${field.toLowerCase()}`, `BUT ${field}`, `${job}`]);
    case 7:
      return p.pick([`Master ${field}`, `Manager ${field.toLowerCase()}`, `Expert en ${field.toLowerCase()}`, `Diplôme d’ingénieur spécialité ${field.toLowerCase()}`]);
    default:
      return `Doctorat ${field}`;
  }
}

function sentence(p: Prng, d: Domain): string {
  const t = p.pick(d.tasks);
  const text = p.next() < 0.6 ? `${t} ${p.pick(QUALIFIERS)}` : t;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A list text like the registry's: an intro line, then one item a line. */
function listText(p: Prng, d: Domain, intro: string | null, min: number, max: number): string {
  const n = p.int(min, max);
  const lines = intro ? [intro] : [];
  for (let i = 0; i < n; i++) lines.push(`${sentence(p, d)}.`);
  return lines.join('\n');
}

function date(p: Prng, fromYear: number, toYear: number): string {
  const y = p.int(fromYear, toYear);
  return `${String(p.int(1, 28)).padStart(2, '0')}/${String(p.int(1, 12)).padStart(2, '0')}/${y}`;
}

function siret(p: Prng): string {
  let s = String(p.int(1, 9));
  for (let i = 0; i < 13; i++) s += String(p.int(0, 9));
  return s;
}

/** A certificateur keeps one SIRET across its fiches, as in the registry (the search facets group by it). */
function certificateurSiret(name: string): string {
  const digits = BigInt(`0x${createHash('sha256').update(name).digest('hex').slice(0, 15)}`).toString().padStart(13, '0');
  return `1${digits.slice(-13)}`;
}

function cdata(value: string): string {
  return `<![CDATA[${value.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** `<NAME><![CDATA[value]]></NAME>`, or nothing when the value is null. */
function el(name: string, value: string | number | null | undefined): string {
  if (value == null) return '';
  return `<${name}>${cdata(String(value))}</${name}>`;
}

function wrap(name: string, inner: string): string {
  return inner === '' ? '' : `<${name}>${inner}</${name}>`;
}

function pickSome<T>(p: Prng, items: readonly T[], min: number, max: number): T[] {
  const n = Math.min(items.length, p.int(min, max));
  const pool = [...items];
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(pool.splice(p.int(0, pool.length - 1), 1)[0] as T);
  return out;
}

function codes(list: string, item: string, values: Coded[]): string {
  return wrap(list, values.map((c) => `<${item}>${el('CODE', c.code)}${el('LIBELLE', c.label)}</${item}>`).join(''));
}

interface FicheInput {
  code: string;
  kind: 'rncp' | 'rs';
  ficheId: number;
  blocs: number;
  /** Codes of fiches of the same kind written earlier: for previous/next links and correspondences. */
  previous: string | null;
}

function fiche(p: Prng, f: FicheInput): string {
  const d = p.pick(DOMAINS);
  const rs = f.kind === 'rs';
  const level = rs ? null : p.weighted(LEVELS);
  const title = rs ? p.pick(d.skills) + (p.next() < 0.5 ? '' : ` – ${p.pick(d.fields).toLowerCase()}`) : titleFor(p, d, level!);
  const active = p.next() < (rs ? 0.3 : 0.22);
  const endYear = active ? p.int(2027, 2031) : p.int(2012, 2026);
  const parts: string[] = [];
  parts.push(el('ID_FICHE', f.ficheId), el('NUMERO_FICHE', f.code));
  if (f.previous && p.next() < 0.35) {
    parts.push(`<ANCIENNES_CERTIFICATIONS><ANCIENNE_CERTIFICATION>${el('ID_FICHE_ANCIENNE_CERTIFICATION', f.previous)}</ANCIENNE_CERTIFICATION></ANCIENNES_CERTIFICATIONS>`);
  }
  parts.push(el('INTITULE', title));
  if (!rs && p.next() < 0.5) parts.push(`<ABREGE>${el('CODE', p.pick(['TP', 'CAP', 'BTS', 'LIC PRO', 'MASTER', 'TH3', 'CQP']))}${el('LIBELLE', p.pick(['Titre professionnel', 'Certificat d’aptitude professionnelle', 'Brevet de technicien supérieur', 'Licence professionnelle', 'Master', 'Titre homologué', 'Certificat de qualification professionnelle']))}</ABREGE>`);
  parts.push(el('ETAT_FICHE', 'Publiée'));
  parts.push(codes('FORMACODES', 'FORMACODE', pickSome(p, d.formacode, 1, 3)));
  if (level != null) parts.push(`<NOMENCLATURE_EUROPE>${el('NIVEAU', `NIV${level}`)}${el('LIBELLE', `Niveau ${level}`)}</NOMENCLATURE_EUROPE>`);
  parts.push(codes('CODES_NSF', 'NSF', pickSome(p, d.nsf, 1, 2)));
  const certs = pickSome(p, CERTIFICATEURS, 1, p.next() < 0.8 ? 1 : 3);
  parts.push(wrap('CERTIFICATEURS', certs.map((name) => `<CERTIFICATEUR>${el('SIRET_CERTIFICATEUR', `\t${certificateurSiret(name)}`)}${el('NOM_CERTIFICATEUR', name)}${el('ETAT_CERTIFICATEUR', 'Actif')}${el('DATE_DERNIERE_MODIFICATION_ETAT', date(p, 2019, 2025))}</CERTIFICATEUR>`).join('')));
  const [lo, hi] = p.weighted(PARTNER_BANDS);
  const partners = p.int(lo, hi);
  parts.push(el('EXISTENCE_PARTENAIRES', partners > 0 ? 'Oui' : 'Non'));
  if (partners > 0) {
    let xml = '';
    for (let i = 0; i < partners; i++) {
      xml += `<PARTENAIRE>${el('NOM_PARTENAIRE', `${p.pick(PARTNER_WORDS)} ${p.pick(PARTNER_WORDS)} ${p.pick(PARTNER_PLACES)}`)}${el('SIRET_PARTENAIRE', `\t${siret(p)}`)}${el('HABILITATION_PARTENAIRE', p.pick(HABILITATIONS))}${el('ETAT_HABILITATION', p.next() < 0.85 ? 'Actif' : 'Inactif')}${el('DATE_ACTIF', date(p, 2019, 2025))}${el('DATE_DERNIERE_MODIFICATION_ETAT', date(p, 2020, 2026))}</PARTENAIRE>`;
    }
    parts.push(`<PARTENAIRES>${xml}</PARTENAIRES>`);
  }
  parts.push(el('ACTIVITES_VISEES', listText(p, d, p.pick(INTRO_ACTIVITIES), rs ? 3 : 8, rs ? 10 : 26)));
  parts.push(el('CAPACITES_ATTESTEES', listText(p, d, p.pick(INTRO_CAPACITIES), rs ? 6 : 14, rs ? 20 : 38)));
  parts.push(el('SECTEURS_ACTIVITE', d.sectors));
  if (!rs) {
    const jobs = pickSome(p, d.jobs, 2, 5);
    parts.push(el('TYPE_EMPLOI_ACCESSIBLES', `Les emplois accessibles sont les suivants :\n${jobs.join('\n')}`));
  }
  parts.push(codes('CODES_ROME', 'ROME', pickSome(p, d.rome, 1, rs ? 2 : 4)));
  if (p.next() < 0.15) parts.push(el('REGLEMENTATIONS_ACTIVITES', REGULATION));
  const jury = p.pick(JURIES);
  const vae = rs ? p.next() < 0.45 : p.next() < 0.8;
  for (const element of ['SI_JURY_FI', 'SI_JURY_CA', 'SI_JURY_FC', 'SI_JURY_CQ', 'SI_JURY_CL', 'SI_JURY_VAE']) {
    const on = element === 'SI_JURY_VAE' ? vae : p.next() < 0.65;
    parts.push(`<${element}>${el('ACTIF', on ? 'Oui' : 'Non')}${on ? el('COMPOSITION', jury) : ''}</${element}>`);
  }
  parts.push(el('ACCESSIBLE_NOUVELLE_CALEDONIE', 'Non'), el('ACCESSIBLE_POLYNESIE_FRANCAISE', 'Non'));
  const decision = date(p, endYear - 5, endYear - 5);
  const publication = (kind: string) =>
    p.next() < 0.5
      ? ''
      : `<${kind}><PUBLICATION_JO>${el('TITRE', `Arrêté du ${decision} publié au Journal Officiel portant enregistrement au répertoire national des certifications professionnelles. Enregistrement pour cinq ans, au niveau ${level ?? 'sans niveau'}, sous l’intitulé « ${title} » avec effet au ${decision}, jusqu’au 31/12/${endYear}.`)}${el('DATE_PUBLICATION_JO', decision)}</PUBLICATION_JO></${kind}>`;
  if (!rs) parts.push(publication('PUBLICATION_DECRET_GENERAL'), publication('PUBLICATION_DECRET_CREATION'), publication('PUBLICATION_DECRET_AUTRE'));
  parts.push(el('DATE_DECISION', decision), el('DUREE_ENREGISTREMENT', p.int(2, 5)));
  if (!rs && p.next() < 0.6) {
    let stats = '';
    for (let y = 2023; y > 2023 - p.int(1, 3); y--) {
      stats += `<STATISTIQUES_PROMOTION>${el('ANNEE', y)}${el('NOMBRE_CERTIFIES', p.int(5, 900))}${el('NOMBRE_CERTIFIES_VAE', p.int(0, 40))}${el('TAUX_INSERTION_GLOBAL_6MOIS', p.int(50, 98))}${el('TAUX_INSERTION_METIER_2ANS', p.int(50, 98))}</STATISTIQUES_PROMOTION>`;
    }
    parts.push(`<STATISTIQUES_PROMOTIONS>${stats}</STATISTIQUES_PROMOTIONS>`);
  }
  if (p.next() < 0.6) parts.push(el('LIEN_URL_DESCRIPTION', `https://www.exemple-certificateur.fr/certifications/${f.code.toLowerCase()}`));
  parts.push(el('DATE_FIN_ENREGISTREMENT', `31/12/${endYear}`), el('TYPE_ENREGISTREMENT', rs ? REGISTRATIONS[0] : p.pick(REGISTRATIONS)));
  if (f.blocs > 0) {
    let blocs = '';
    for (let i = 1; i <= f.blocs; i++) {
      const label = sentence(p, d).split(' ').slice(0, p.int(4, 9)).join(' ').replace(/[,’']$/, '');
      blocs += `<BLOC_COMPETENCES>${el('CODE', `${f.code}BC${String(i).padStart(2, '0')}`)}${el('LIBELLE', label)}${el('LISTE_COMPETENCES', listText(p, d, null, 6, 14))}${el('MODALITES_EVALUATION', p.pick(EVALUATIONS))}</BLOC_COMPETENCES>`;
    }
    parts.push(`<BLOCS_COMPETENCES>${blocs}</BLOCS_COMPETENCES>`);
  }
  parts.push(el('OBJECTIFS_CONTEXTE', listText(p, d, `Le métier de ${p.pick(d.jobs).toLowerCase()} évolue avec les besoins du secteur.`, 3, 9)));
  if (rs) parts.push(el('VALIDATION_PARTIELLE', 'Non'));
  parts.push(el('ACTIF', active ? 'Oui' : 'Non'));
  parts.push(el('PREREQUIS_ENTREE_FORMATION', p.pick(PREREQUISITES)));
  if (f.blocs > 0 && f.previous && p.next() < 0.3) {
    parts.push(`<CORRESPONDANCES><CORRESPONDANCE><SOURCE><BLOC_COMPETENCES>${el('CODE', `${f.code}BC01`)}</BLOC_COMPETENCES></SOURCE><DESTINATION>${el('NUMERO_FICHE', f.previous)}<BLOC_COMPETENCES>${el('CODE', `${f.previous}BC01`)}</BLOC_COMPETENCES></DESTINATION></CORRESPONDANCE></CORRESPONDANCES>`);
  }
  return `<FICHE>${parts.join('')}</FICHE>\n`;
}

/** Streams the registry to `out`; resolves once the file is flushed and closed. */
export async function writeRncpXml(options: RncpXmlOptions): Promise<RncpXmlSummary> {
  const { records, out } = options;
  if (!Number.isInteger(records) || records < 1) throw new Error(`records attend un entier positif, reçu ${records}`);
  const p = createPrng(`${options.seed ?? '1'}:rncp-xml`);
  const rsTotal = Math.round(records * RS_SHARE);
  const rncpTotal = records - rsTotal;
  // Numbers grow with gaps, as in the registry (RNCP1… to RNCP41000…, RS1… to RS7500…).
  const rncpGap = Math.max(1, Math.round((40_000 / Math.max(1, rncpTotal)) * 2) - 1);
  const rsGap = Math.max(1, Math.round((7_500 / Math.max(1, rsTotal)) * 2) - 1);
  let rncpNumber = 100;
  let rsNumber = 10;
  let lastRncp: string | null = null;
  let lastRs: string | null = null;
  const summary: RncpXmlSummary = { file: out, records, rncp: 0, rs: 0, blocs: 0, bytes: 0 };

  const stream = createWriteStream(out, { highWaterMark: 1 << 20 });
  const closed = new Promise<void>((resolve, reject) => {
    stream.on('close', resolve);
    stream.on('error', reject);
  });
  const write = async (chunk: string) => {
    summary.bytes += Buffer.byteLength(chunk);
    if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), closed]);
  };
  try {
    await write('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<FICHES>\n<VERSION_FLUX>4.1</VERSION_FLUX>\n');
    for (let i = 0; i < records; i++) {
      // Exactly rsTotal RS fiches, spread evenly through the file.
      const isRs = Math.floor(((i + 1) * rsTotal) / records) > Math.floor((i * rsTotal) / records);
      let input: FicheInput;
      if (isRs) {
        rsNumber += p.int(1, rsGap);
        input = { code: `RS${rsNumber}`, kind: 'rs', ficheId: 40_000 + i, blocs: 0, previous: lastRs };
        lastRs = input.code;
        summary.rs++;
      } else {
        rncpNumber += p.int(1, rncpGap);
        input = { code: `RNCP${rncpNumber}`, kind: 'rncp', ficheId: 40_000 + i, blocs: p.weighted(BLOC_COUNTS), previous: lastRncp };
        lastRncp = input.code;
        summary.rncp++;
        summary.blocs += input.blocs;
      }
      await write(fiche(p, input));
    }
    await write('</FICHES>\n');
  } finally {
    stream.end();
  }
  await closed;
  return summary;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { records: { type: 'string', default: '30000' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
  });
  if (!values.out) throw new Error('--out <fichier.xml> est requis');
  const records = Number(values.records.replace(/_/g, ''));
  const started = performance.now();
  const s = await writeRncpXml({ records, out: values.out, seed: values.seed });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${s.file} : ${s.records} fiches (${s.rncp} RNCP, ${s.rs} RS), ${s.blocs} blocs, ${(s.bytes / 1e6).toFixed(1)} Mo en ${seconds.toFixed(1)} s\n`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`rncp-xml: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
