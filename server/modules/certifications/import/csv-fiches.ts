import type { AccessRouteJson, AccessRouteKind } from '../../../db/schema/certifications';
import type { CsvEntryKind, CsvRow, OpenedCsvZip } from './csv-zip-reader';
import { openCsvZip, readCsvEntry } from './csv-zip-reader';
import { dedupeBy, finishRecord } from './finish-record';
import { completeAccessRoutes, IssueCollector } from './issues';
import { cleanCodeLabel, cleanLine, cleanSiret, normalizeKey, parseCertificationCode, parseYesNo } from './text';
import type { ParsedCertification, ParsedItem } from './types';

export type CsvEvent = { type: 'item'; item: ParsedItem } | { type: 'warning'; code: string; reason: string };

const SECONDARY: CsvEntryKind[] = ['blocs', 'rome', 'nsf', 'formacode', 'certificateurs', 'partenaires', 'ccn', 'links', 'routes'];

// Labels of the "Si_Jury" column, normalised, to the route they open.
const ROUTE_LABELS: [string, AccessRouteKind][] = [
  ['par_experience', 'vae'],
  ['par_candidature_individuelle', 'individual_application'],
  ['apres_un_parcours_de_formation_sous_statut', 'initial_training'],
  ['en_contrat_d_apprentissage', 'apprenticeship'],
  ['en_contrat_de_professionnalisation', 'professionalisation_contract'],
  ['apres_un_parcours_de_formation_continue', 'continuing_education'],
];

/**
 * Reads the CSV zip export and yields one record per line of Standard. The other files are
 * keyed by fiche number in memory first: they hold codes and short labels only (no long texts),
 * so this costs a few hundred bytes per row; Standard is then streamed.
 */
export async function* readCsvZipFiches(
  path: string,
  options: { file: string; today: string; onBytes?: (n: number) => void },
): AsyncGenerator<CsvEvent> {
  const opened = await openCsvZip(path, options.file);
  try {
    const groups = new Map<CsvEntryKind, Map<string, CsvRow[]>>();
    for (const kind of SECONDARY) groups.set(kind, await groupByFiche(opened, kind, options));
    const claimed = new Set<string>();
    for await (const row of readCsvEntry(opened, 'standard', options)) {
      const code = parseCertificationCode(row.values.Numero_Fiche)?.code ?? cleanLine(row.values.Numero_Fiche) ?? '';
      claimed.add(code);
      const rowsOf = (kind: CsvEntryKind) => groups.get(kind)?.get(code) ?? [];
      yield { type: 'item', item: mapCsvFiche(row, rowsOf, options) };
    }
    for (const [kind, byCode] of groups) {
      for (const code of byCode.keys()) {
        if (!claimed.has(code)) {
          yield { type: 'warning', code, reason: `${options.file} : lignes pour la fiche ${code} dans ${kind} alors qu'elle est absente de Standard ; ignorées.` };
        }
      }
    }
  } finally {
    opened.close();
  }
}

async function groupByFiche(opened: OpenedCsvZip, kind: CsvEntryKind, options: { file: string; onBytes?: (n: number) => void }) {
  const byCode = new Map<string, CsvRow[]>();
  for await (const row of readCsvEntry(opened, kind, options)) {
    const code = parseCertificationCode(row.values.Numero_Fiche)?.code ?? cleanLine(row.values.Numero_Fiche) ?? '';
    const list = byCode.get(code);
    if (list) list.push(row);
    else byCode.set(code, [row]);
  }
  return byCode;
}

function mapCsvFiche(row: CsvRow, rowsOf: (kind: CsvEntryKind) => CsvRow[], options: { file: string; today: string }): ParsedItem {
  const v = row.values;
  const issues = new IssueCollector();
  const rawCode = cleanLine(v.Numero_Fiche) ?? '';
  const parsedCode = parseCertificationCode(rawCode);
  if (!parsedCode) {
    issues.add('INVALID_CODE', rawCode === '' ? 'numéro de fiche (Numero_Fiche) absent' : `numéro de fiche inconnu « ${rawCode} » (RNCP… ou RS… attendu)`);
  }
  const level = issues.level(v.Nomenclature_Europe_Niveau, v.Nomenclature_Europe_Intitule);
  const endDate = issues.date(v.Date_Fin_Enregistrement, 'Date_Fin_Enregistrement');
  const codesFrom = (kind: CsvEntryKind, codeCol: string, labelCol: string, system: 'rome' | 'nsf' | 'formacode') =>
    rowsOf(kind).flatMap((r) => {
      const code = cleanLine(r.values[codeCol]);
      return code ? [{ system, code, label: cleanCodeLabel(r.values[labelCol], code) }] : [];
    });

  const record: ParsedCertification = {
    code: parsedCode?.code ?? rawCode,
    kind: parsedCode?.kind ?? 'rncp',
    number: parsedCode?.number ?? 0,
    sourceFicheId: cleanLine(v.Id_Fiche),
    title: cleanLine(v.Intitule) ?? '',
    // In the CSV "Abrege_Libelle" is the short code (CAP) and "Abrege_Intitule" its wording.
    shortTitle: cleanLine(v.Abrege_Intitule),
    shortTitleCode: cleanLine(v.Abrege_Libelle),
    level: level.level,
    levelCode: level.code,
    state: null,
    active: parseYesNo(v.Actif) ?? (endDate == null || endDate >= options.today),
    registrationType: cleanLine(v.Type_Enregistrement),
    decisionDate: issues.date(v.Date_Decision, 'Date_Decision'),
    effectDate: issues.date(v.Date_Effet, 'Date_Effet'),
    registrationEndDate: endDate,
    lastJoDate: issues.date(v.Date_dernier_jo, 'Date_dernier_jo'),
    deliveryLimitDate: null,
    publicationDate: null,
    registrationDurationYears: null,
    partialValidation: parseYesNo(v.Validation_Partielle),
    partnersExist: rowsOf('partenaires').length > 0,
    accessibleNewCaledonia: parseYesNo(v.Accessible_Nouvelle_Caledonie),
    accessibleFrenchPolynesia: parseYesNo(v.Accessible_Polynesie_Francaise),
    activities: null,
    capacities: null,
    sectors: null,
    jobs: null,
    entryPrerequisites: null,
    validationPrerequisites: null,
    objectivesContext: null,
    regulatedActivities: null,
    skillLevel: null,
    descriptionUrl: null,
    accessRoutes: mapRoutes(rowsOf('routes'), issues),
    statistics: [],
    publications: [],
    blocCorrespondences: [],
    levelPromotionYears: [],
    certificateurs: rowsOf('certificateurs').flatMap((r) => {
      const name = cleanLine(r.values.Nom_Certificateur);
      return name ? [{ siret: cleanSiret(r.values.Siret_Certificateur), name, state: null, stateChangedOn: null, website: null }] : [];
    }),
    partners: rowsOf('partenaires').flatMap((r) => {
      const name = cleanLine(r.values.Nom_Partenaire);
      return name
        ? [{ siret: cleanSiret(r.values.Siret_Partenaire), name, habilitation: cleanLine(r.values.Habilitation_Partenaire), state: null, activeSince: null, stateChangedOn: null }]
        : [];
    }),
    blocs: dedupeBy(
      rowsOf('blocs').flatMap((r) => {
        const code = cleanLine(r.values.Bloc_Competences_Code);
        return code ? [{ code, label: cleanLine(r.values.Bloc_Competences_Libelle) ?? code, competences: null, evaluationMethods: null }] : [];
      }),
      (b) => b.code,
    ),
    codes: dedupeBy(
      [
        ...codesFrom('rome', 'Codes_Rome_Code', 'Codes_Rome_Libelle', 'rome'),
        ...codesFrom('nsf', 'Nsf_Code', 'Nsf_Intitule', 'nsf'),
        ...codesFrom('formacode', 'Formacode_Code', 'Formacode_Libelle', 'formacode'),
        ...rowsOf('ccn').flatMap((r) =>
          [1, 2, 3].flatMap((i) => {
            const code = cleanLine(r.values[`Ccn_${i}_Numero`]);
            return code ? [{ system: 'idcc' as const, code, label: cleanCodeLabel(r.values[`Ccn_${i}_Libelle`], code) }] : [];
          }),
        ),
      ],
      (c) => `${c.system}:${c.code}`,
    ),
    links: dedupeBy(
      rowsOf('links').flatMap((r) => {
        const previous = parseCertificationCode(r.values.Ancienne_Certification);
        const next = parseCertificationCode(r.values.Nouvelle_Certification);
        return [
          ...(previous ? [{ relation: 'previous' as const, code: previous.code }] : []),
          ...(next ? [{ relation: 'next' as const, code: next.code }] : []),
        ];
      }),
      (l) => `${l.relation}:${l.code}`,
    ),
  };
  return finishRecord(record, issues, { file: options.file, line: row.line }, rawCode);
}

function mapRoutes(rows: CsvRow[], issues: IssueCollector): AccessRouteJson[] {
  const routes: Partial<Record<AccessRouteKind, Omit<AccessRouteJson, 'route'>>> = {};
  for (const r of rows) {
    const label = cleanLine(r.values.Si_Jury);
    if (label == null) continue;
    const key = normalizeKey(label);
    const route = ROUTE_LABELS.find(([prefix]) => key.startsWith(prefix))?.[1];
    if (!route) {
      issues.add('UNKNOWN_ACCESS_ROUTE', `voie d'accès inconnue « ${label} » (VoixdAccès, ligne ${r.line})`);
      continue;
    }
    routes[route] = { active: true, juryComposition: null, modifiedOn: null };
  }
  return completeAccessRoutes(routes);
}
