import type { AccessRouteJson, AccessRouteKind, CodeSystem, PublicationJson } from '../../../db/schema/certifications';
import { completeAccessRoutes, IssueCollector } from './issues';
import { cleanCodeLabel, cleanLine, cleanSiret, cleanText, parseCertificationCode, parseYesNo } from './text';
import type { ParsedBloc, ParsedCertification, ParsedCode, ParsedItem, ParsedLink } from './types';
import type { XmlNode } from './xml-reader';
import { child, childrenNamed, textOf } from './xml-reader';
import { dedupeBy, finishRecord } from './finish-record';

const JURY_ELEMENTS: Record<string, AccessRouteKind> = {
  SI_JURY_FI: 'initial_training',
  SI_JURY_CA: 'apprenticeship',
  SI_JURY_FC: 'continuing_education',
  SI_JURY_CQ: 'professionalisation_contract',
  SI_JURY_CL: 'individual_application',
  SI_JURY_VAE: 'vae',
};

const PUBLICATION_ELEMENTS: Record<string, PublicationJson['kind']> = {
  PUBLICATION_DECRET_GENERAL: 'general',
  PUBLICATION_DECRET_CREATION: 'creation',
  PUBLICATION_DECRET_AUTRE: 'other',
};

/**
 * Maps one FICHE element of an XML export (V2, V3 or V4.1) to a parsed record. The versions differ
 * in shape, not in meaning: V2/V3 hold HTML in texts, a flat `<SI_JURY_VAE>Oui</SI_JURY_VAE>` and
 * `NOMENCLATURE_EUROPE/INTITULE`; V4 nests `ACTIF`/`COMPOSITION` and names the label `LIBELLE`.
 */
export function mapXmlFiche(node: XmlNode, file: string, today: string): ParsedItem {
  const issues = new IssueCollector();
  const location = { file, line: node.line };
  const rawCode = cleanLine(textOf(node, 'NUMERO_FICHE')) ?? '';
  const parsedCode = parseCertificationCode(rawCode);
  if (!parsedCode) {
    issues.add('INVALID_CODE', rawCode === '' ? 'numéro de fiche (NUMERO_FICHE) absent' : `numéro de fiche inconnu « ${rawCode} » (RNCP… ou RS… attendu)`);
  }
  const text = (name: string) => cleanText(textOf(node, name));
  const line = (name: string) => cleanLine(textOf(node, name));
  const europe = child(node, 'NOMENCLATURE_EUROPE');
  const level = issues.level(textOf(europe, 'NIVEAU'), textOf(europe, 'LIBELLE') ?? textOf(europe, 'INTITULE'));
  const abrege = child(node, 'ABREGE');
  const endDate = issues.date(textOf(node, 'DATE_FIN_ENREGISTREMENT'), 'DATE_FIN_ENREGISTREMENT');

  const record: ParsedCertification = {
    code: parsedCode?.code ?? rawCode,
    kind: parsedCode?.kind ?? 'rncp',
    number: parsedCode?.number ?? 0,
    sourceFicheId: line('ID_FICHE'),
    title: line('INTITULE') ?? '',
    shortTitle: cleanLine(textOf(abrege, 'LIBELLE') ?? textOf(abrege, 'INTITULE')),
    shortTitleCode: cleanLine(textOf(abrege, 'CODE')),
    level: level.level,
    levelCode: level.code,
    state: line('ETAT_FICHE'),
    // V2 files may lack ACTIF: a fiche is then active while its registration runs.
    active: parseYesNo(textOf(node, 'ACTIF')) ?? (endDate == null || endDate >= today),
    registrationType: line('TYPE_ENREGISTREMENT'),
    decisionDate: issues.date(textOf(node, 'DATE_DECISION'), 'DATE_DECISION'),
    effectDate: issues.date(textOf(node, 'DATE_EFFET'), 'DATE_EFFET'),
    registrationEndDate: endDate,
    lastJoDate: issues.date(textOf(node, 'DATE_DERNIER_JO'), 'DATE_DERNIER_JO'),
    deliveryLimitDate: issues.date(textOf(node, 'DATE_LIMITE_DELIVRANCE'), 'DATE_LIMITE_DELIVRANCE'),
    publicationDate: issues.date(textOf(node, 'DATE_DE_PUBLICATION'), 'DATE_DE_PUBLICATION'),
    registrationDurationYears: issues.int(textOf(node, 'DUREE_ENREGISTREMENT'), 'DUREE_ENREGISTREMENT'),
    partialValidation: parseYesNo(textOf(node, 'VALIDATION_PARTIELLE')),
    partnersExist: parseYesNo(textOf(node, 'EXISTENCE_PARTENAIRES')),
    accessibleNewCaledonia: parseYesNo(textOf(node, 'ACCESSIBLE_NOUVELLE_CALEDONIE')),
    accessibleFrenchPolynesia: parseYesNo(textOf(node, 'ACCESSIBLE_POLYNESIE_FRANCAISE')),
    activities: text('ACTIVITES_VISEES'),
    capacities: text('CAPACITES_ATTESTEES'),
    sectors: text('SECTEURS_ACTIVITE'),
    jobs: text('TYPE_EMPLOI_ACCESSIBLES'),
    entryPrerequisites: text('PREREQUIS_ENTREE_FORMATION'),
    validationPrerequisites: text('PREREQUIS_VALIDATION_CERTIFICATION'),
    objectivesContext: text('OBJECTIFS_CONTEXTE'),
    regulatedActivities: text('REGLEMENTATIONS_ACTIVITES'),
    skillLevel: text('NIVEAU_MAITRISE_COMPETENCES'),
    descriptionUrl: line('LIEN_URL_DESCRIPTION'),
    accessRoutes: mapJuries(node, issues),
    statistics: childrenNamed(child(node, 'STATISTIQUES_PROMOTIONS'), 'STATISTIQUES_PROMOTION').flatMap((s) => {
      const year = issues.int(textOf(s, 'ANNEE'), 'STATISTIQUES_PROMOTION/ANNEE');
      if (year == null) return [];
      return [
        {
          year,
          certified: issues.int(textOf(s, 'NOMBRE_CERTIFIES'), 'NOMBRE_CERTIFIES'),
          certifiedByVae: issues.int(textOf(s, 'NOMBRE_CERTIFIES_VAE'), 'NOMBRE_CERTIFIES_VAE'),
          insertionRate6Months: issues.int(textOf(s, 'TAUX_INSERTION_GLOBAL_6MOIS'), 'TAUX_INSERTION_GLOBAL_6MOIS'),
          jobInsertionRate2Years: issues.int(textOf(s, 'TAUX_INSERTION_METIER_2ANS'), 'TAUX_INSERTION_METIER_2ANS'),
        },
      ];
    }),
    publications: Object.entries(PUBLICATION_ELEMENTS).flatMap(([element, kind]) =>
      childrenNamed(child(node, element), 'PUBLICATION_JO').map((p) => ({
        kind,
        title: cleanText(textOf(p, 'TITRE')),
        date: issues.date(textOf(p, 'DATE_PUBLICATION_JO'), `${element}/DATE_PUBLICATION_JO`),
      })),
    ),
    blocCorrespondences: childrenNamed(child(node, 'CORRESPONDANCES'), 'CORRESPONDANCE').map((c) => {
      const source = child(c, 'SOURCE');
      const destination = child(c, 'DESTINATION');
      const blocCodes = (n: XmlNode | undefined) =>
        childrenNamed(n, 'BLOC_COMPETENCES').flatMap((b) => cleanLine(textOf(b, 'CODE')) ?? []);
      return {
        sourceBlocCodes: blocCodes(source),
        targetCode: parseCertificationCode(textOf(destination, 'NUMERO_FICHE'))?.code ?? null,
        targetBlocCodes: blocCodes(destination),
      };
    }),
    levelPromotionYears: childrenNamed(child(node, 'ANNEES_PROMOTIONS_NIVEAU'), 'ANNEE').flatMap(
      (y) => issues.int(y.text, 'ANNEES_PROMOTIONS_NIVEAU/ANNEE') ?? [],
    ),
    certificateurs: childrenNamed(child(node, 'CERTIFICATEURS'), 'CERTIFICATEUR').flatMap((c) => {
      const name = cleanLine(textOf(c, 'NOM_CERTIFICATEUR'));
      if (name == null) return [];
      return [
        {
          siret: cleanSiret(textOf(c, 'SIRET_CERTIFICATEUR')),
          name,
          state: cleanLine(textOf(c, 'ETAT_CERTIFICATEUR')),
          stateChangedOn: issues.date(textOf(c, 'DATE_DERNIERE_MODIFICATION_ETAT'), 'CERTIFICATEUR/DATE_DERNIERE_MODIFICATION_ETAT'),
          website: cleanLine(textOf(c, 'SITE_INTERNET')),
        },
      ];
    }),
    partners: childrenNamed(child(node, 'PARTENAIRES'), 'PARTENAIRE').flatMap((p) => {
      const name = cleanLine(textOf(p, 'NOM_PARTENAIRE'));
      if (name == null) return [];
      return [
        {
          siret: cleanSiret(textOf(p, 'SIRET_PARTENAIRE')),
          name,
          habilitation: cleanLine(textOf(p, 'HABILITATION_PARTENAIRE')),
          state: cleanLine(textOf(p, 'ETAT_HABILITATION')),
          activeSince: issues.date(textOf(p, 'DATE_ACTIF'), 'PARTENAIRE/DATE_ACTIF'),
          stateChangedOn: issues.date(textOf(p, 'DATE_DERNIERE_MODIFICATION_ETAT'), 'PARTENAIRE/DATE_DERNIERE_MODIFICATION_ETAT'),
        },
      ];
    }),
    blocs: dedupeBy(
      childrenNamed(child(node, 'BLOCS_COMPETENCES'), 'BLOC_COMPETENCES').flatMap((b): ParsedBloc[] => {
        const code = cleanLine(textOf(b, 'CODE'));
        if (code == null) return [];
        return [
          {
            code,
            label: cleanLine(textOf(b, 'LIBELLE')) ?? code,
            competences: cleanText(textOf(b, 'LISTE_COMPETENCES')),
            evaluationMethods: cleanText(textOf(b, 'MODALITES_EVALUATION')),
          },
        ];
      }),
      (b) => b.code,
    ),
    codes: dedupeBy(
      [
        ...codeList(child(node, 'CODES_ROME'), 'ROME', 'rome'),
        ...codeList(child(node, 'CODES_NSF'), 'NSF', 'nsf'),
        ...codeList(child(node, 'FORMACODES'), 'FORMACODE', 'formacode'),
        // The samples of ../shared/data/rncp carry no convention collective; a public reuse of the
        // V4.1 flow reads CODES_IDCC/IDCC/{CODE,LIBELLE} (see format-coverage.ts for fiches without).
        ...codeList(child(node, 'CODES_IDCC'), 'IDCC', 'idcc'),
      ],
      (c) => `${c.system}:${c.code}`,
    ),
    links: dedupeBy(
      [
        ...linkList(child(node, 'ANCIENNES_CERTIFICATIONS'), 'ANCIENNE_CERTIFICATION', 'ID_FICHE_ANCIENNE_CERTIFICATION', 'previous'),
        ...linkList(child(node, 'NOUVELLES_CERTIFICATIONS'), 'NOUVELLE_CERTIFICATION', 'ID_FICHE_NOUVELLE_CERTIFICATION', 'next'),
      ],
      (l) => `${l.relation}:${l.code}`,
    ),
  };

  return finishRecord(record, issues, location, rawCode);
}

function mapJuries(node: XmlNode, issues: IssueCollector): AccessRouteJson[] {
  const routes: Partial<Record<AccessRouteKind, Omit<AccessRouteJson, 'route'>>> = {};
  for (const [element, route] of Object.entries(JURY_ELEMENTS)) {
    const jury = child(node, element);
    if (!jury) continue;
    // V2/V3: `<SI_JURY_VAE>Oui</SI_JURY_VAE>`; V4: `<SI_JURY_VAE><ACTIF>Oui</ACTIF>…</SI_JURY_VAE>`.
    const flat = jury.children.length === 0;
    routes[route] = {
      active: (flat ? parseYesNo(jury.text) : parseYesNo(textOf(jury, 'ACTIF'))) ?? false,
      juryComposition: flat ? null : cleanText(textOf(jury, 'COMPOSITION')),
      modifiedOn: flat ? null : issues.date(textOf(jury, 'DATE_DERNIERE_MODIFICATION'), `${element}/DATE_DERNIERE_MODIFICATION`),
    };
  }
  return completeAccessRoutes(routes);
}

function codeList(list: XmlNode | undefined, itemName: string, system: CodeSystem): ParsedCode[] {
  return childrenNamed(list, itemName).flatMap((item) => {
    // Some old files put the code as the element text instead of a CODE child.
    const code = cleanLine(textOf(item, 'CODE') ?? (item.children.length === 0 ? item.text : null));
    if (code == null) return [];
    return [{ system, code, label: cleanCodeLabel(textOf(item, 'LIBELLE') ?? textOf(item, 'INTITULE'), code) }];
  });
}

function linkList(list: XmlNode | undefined, itemName: string, codeName: string, relation: ParsedLink['relation']): ParsedLink[] {
  return childrenNamed(list, itemName).flatMap((item) => {
    const parsed = parseCertificationCode(textOf(item, codeName) ?? item.text);
    return parsed ? [{ relation, code: parsed.code }] : [];
  });
}
