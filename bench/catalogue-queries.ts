import type { TSearchCertificationsInput } from '../server/modules/certifications/certifications.schema';

/**
 * 200 searches as people type them in the catalogue: jobs, diploma titles, typos and missing
 * accents, codes, and the filters of the search page with or without words. The vocabulary is
 * the one of the registry (and of bench/generators/rncp-xml.ts, which borrows it), so most find
 * something; a few find nothing, as in real use.
 *
 * A code query names a share of the imported codes instead of a number (`{ code: 'rncp', at: 0.25 }`
 * is the code a quarter of the way through the sorted RNCP codes), so it hits whatever the size
 * of the registry; `text` then says how it is typed: `{code}` is replaced by `RNCP12345`, `{n}` by
 * `12345`.
 */
export type QueryCategory = 'métier' | 'intitulé' | 'faute' | 'code' | 'mots + filtres' | 'filtres seuls';

export interface CatalogueQuery {
  category: QueryCategory;
  input: TSearchCertificationsInput;
  code?: { kind: 'rncp' | 'rs'; at: number; text: string };
}

const words = (category: QueryCategory, list: string[]): CatalogueQuery[] => list.map((q) => ({ category, input: { q } }));

const JOBS = [
  'aide soignant', 'auxiliaire de puériculture', 'accompagnant éducatif et social',
  'infirmier', 'ambulancier', 'petite enfance', 'éducateur de jeunes enfants',
  'conseiller en insertion professionnelle', 'médiateur social', 'développeur web',
  'concepteur développeur d’applications', 'administrateur systèmes et réseaux', 'technicien informatique', 'data analyst', 'cybersécurité',
  'comptable', 'gestionnaire de paie', 'secrétaire assistant', 'assistant ressources humaines', 'contrôleur de gestion',
  'vendeur', 'conseiller de vente', 'manager d’unité marchande', 'négociateur technico-commercial',
  'électricien', 'maçon', 'plombier chauffagiste',
  'peintre en bâtiment', 'conducteur de travaux', 'génie climatique', 'chauffeur poids lourd', 'conducteur routier marchandises',
  'magasinier', 'préparateur de commandes', 'logistique', 'cuisinier',
  'serveur', 'réceptionniste hôtellerie', 'boulanger', 'pâtissier', 'maintenance industrielle',
  'soudeur', 'mécanicien automobile', 'chef de projet', 'chargé de communication',
  'marketing digital', 'agent de sécurité', 'sûreté aéroportuaire', 'sécurité incendie', 'jardinier paysagiste',
];

const TITLES = [
  'bts comptabilité et gestion', 'bts management commercial opérationnel', 'cap accompagnant éducatif petite enfance', 'titre professionnel secrétaire assistant',
  'titre pro développeur web', 'licence professionnelle logistique', 'master management', 'bachelor marketing digital',
  'bac pro commerce', 'brevet professionnel boulanger', 'diplôme d’état aide-soignant', 'cqp agent de prévention et de sécurité',
  'deust', 'but informatique', 'diplôme d’ingénieur', 'responsable logistique',
  'manager des organisations', 'expert en cybersécurité', 'habilitation électrique', 'sauveteur secouriste du travail',
  'caces r489', 'certification cléa', 'toeic', 'tableur',
  'haccp hygiène alimentaire', 'ssiap', 'certiphyto', 'permis d’exploitation',
  'programmer en python', 'manager une équipe', 'fco transport', 'gestes et soins d’urgence',
];

const TYPOS = [
  'aide soigant', 'aide soignat', 'auxilliaire puericulture', 'devloppeur web', 'developeur', 'developpeur web',
  'comptabilite', 'comptabilitée', 'secretaire', 'secrétaire asistant', 'electricien', 'éléctricien',
  'plombié', 'chaufeur poids lourd', 'logistic', 'cuisinié', 'boulangé', 'patissier',
  'mecanicien auto', 'maintenence industrielle', 'cybersecurite', 'resources humaines', 'managment', 'comercial',
  'vendeuse', 'infirmiere', 'educateur jeune enfant', 'insersion professionnelle', 'securite incendie', 'jardinier paysagise',
];

/** Codes as typed: exact, number only, lower case, with a space. */
const CODES: CatalogueQuery[] = [
  ...[0.02, 0.11, 0.23, 0.37, 0.41, 0.56, 0.64, 0.78, 0.85, 0.97].map((at) => ({ category: 'code' as const, input: {}, code: { kind: 'rncp' as const, at, text: '{code}' } })),
  ...[0.05, 0.33, 0.61, 0.9].map((at) => ({ category: 'code' as const, input: {}, code: { kind: 'rncp' as const, at, text: '{n}' } })),
  ...[0.15, 0.7].map((at) => ({ category: 'code' as const, input: {}, code: { kind: 'rncp' as const, at, text: 'rncp {n}' } })),
  ...[0.08, 0.29, 0.52, 0.74, 0.93].map((at) => ({ category: 'code' as const, input: {}, code: { kind: 'rs' as const, at, text: '{code}' } })),
  ...[0.45].map((at) => ({ category: 'code' as const, input: {}, code: { kind: 'rs' as const, at, text: 'rs{n}' } })),
  { category: 'code', input: { q: 'RNCP99999999' } },
  { category: 'code', input: { q: 'RS99999' } },
];

const WITH_FILTERS: CatalogueQuery[] = [
  { category: 'mots + filtres', input: { q: 'aide soignant', vaeOpen: true } },
  { category: 'mots + filtres', input: { q: 'aide soignant', levels: [4] } },
  { category: 'mots + filtres', input: { q: 'accompagnant', vaeOpen: true, levels: [3, 4] } },
  { category: 'mots + filtres', input: { q: 'petite enfance', activeOnly: false } },
  { category: 'mots + filtres', input: { q: 'développeur', levels: [5, 6] } },
  { category: 'mots + filtres', input: { q: 'développeur web', vaeOpen: true, hasBlocs: true } },
  { category: 'mots + filtres', input: { q: 'informatique', kind: 'rs' } },
  { category: 'mots + filtres', input: { q: 'cybersécurité', levels: [7] } },
  { category: 'mots + filtres', input: { q: 'comptable', levels: [5] } },
  { category: 'mots + filtres', input: { q: 'comptabilité', activeOnly: false, page: 2 } },
  { category: 'mots + filtres', input: { q: 'paie', kind: 'rs' } },
  { category: 'mots + filtres', input: { q: 'secrétaire', vaeOpen: true } },
  { category: 'mots + filtres', input: { q: 'ressources humaines', levels: [6, 7] } },
  { category: 'mots + filtres', input: { q: 'vente', rome: 'D1106' } },
  { category: 'mots + filtres', input: { q: 'commerce', levels: [4], vaeOpen: true } },
  { category: 'mots + filtres', input: { q: 'manager', kind: 'rncp', levels: [7] } },
  { category: 'mots + filtres', input: { q: 'électricien', rome: 'F1602' } },
  { category: 'mots + filtres', input: { q: 'bâtiment', nsf: '232' } },
  { category: 'mots + filtres', input: { q: 'maçon', activeOnly: false } },
  { category: 'mots + filtres', input: { q: 'conducteur', formacode: '31811' } },
  { category: 'mots + filtres', input: { q: 'logistique', levels: [5, 6], vaeOpen: true } },
  { category: 'mots + filtres', input: { q: 'caces', kind: 'rs' } },
  { category: 'mots + filtres', input: { q: 'cuisine', levels: [3] } },
  { category: 'mots + filtres', input: { q: 'restauration', nsf: '334' } },
  { category: 'mots + filtres', input: { q: 'boulanger', vaeOpen: true, activeOnly: false } },
  { category: 'mots + filtres', input: { q: 'maintenance', certificateur: 'COMMISSION PARITAIRE NATIONALE DE L’EMPLOI DE LA METALLURGIE' } },
  { category: 'mots + filtres', input: { q: 'soudage', kind: 'rs' } },
  { category: 'mots + filtres', input: { q: 'management', certificateur: 'CNAM' } },
  { category: 'mots + filtres', input: { q: 'communication', levels: [6] } },
  { category: 'mots + filtres', input: { q: 'sécurité', rome: 'K2503' } },
  { category: 'mots + filtres', input: { q: 'sécurité', kind: 'rs', activeOnly: false } },
  { category: 'mots + filtres', input: { q: 'agriculture', nsf: '210' } },
  { category: 'mots + filtres', input: { q: 'paysagiste', levels: [3, 4] } },
  { category: 'mots + filtres', input: { q: 'titre professionnel', certificateur: 'MINISTERE DU TRAVAIL DU PLEIN EMPLOI ET DE L’INSERTION' } },
  { category: 'mots + filtres', input: { q: 'bts', vaeOpen: true, page: 3 } },
  { category: 'mots + filtres', input: { q: 'licence professionnelle', certificateur: 'UNIVERSITE DE LILLE' } },
  { category: 'mots + filtres', input: { q: 'infirmier', activeOnly: false, hasBlocs: false } },
  { category: 'mots + filtres', input: { q: 'insertion', rome: 'K1801', vaeOpen: true } },
  { category: 'mots + filtres', input: { q: 'aide à domicile', formacode: '44028' } },
  { category: 'mots + filtres', input: { q: 'animation', nsf: '335', activeOnly: false } },
];

const FILTERS_ONLY: CatalogueQuery[] = [
  { category: 'filtres seuls', input: {} },
  { category: 'filtres seuls', input: { activeOnly: false } },
  { category: 'filtres seuls', input: { activeOnly: false, page: 50 } },
  { category: 'filtres seuls', input: { vaeOpen: true } },
  { category: 'filtres seuls', input: { kind: 'rs' } },
  { category: 'filtres seuls', input: { kind: 'rncp', levels: [3] } },
  { category: 'filtres seuls', input: { levels: [4] } },
  { category: 'filtres seuls', input: { levels: [5], vaeOpen: true } },
  { category: 'filtres seuls', input: { levels: [6, 7] } },
  { category: 'filtres seuls', input: { hasBlocs: true } },
  { category: 'filtres seuls', input: { hasBlocs: false, activeOnly: false } },
  { category: 'filtres seuls', input: { rome: 'J1501' } },
  { category: 'filtres seuls', input: { rome: 'K2503', vaeOpen: true } },
  { category: 'filtres seuls', input: { nsf: '331' } },
  { category: 'filtres seuls', input: { nsf: '326', levels: [5, 6] } },
  { category: 'filtres seuls', input: { formacode: '32663' } },
  { category: 'filtres seuls', input: { certificateur: 'CESI' } },
  { category: 'filtres seuls', input: { certificateur: 'MINISTERE DE L’EDUCATION NATIONALE ET DE LA JEUNESSE', levels: [3] } },
  { category: 'filtres seuls', input: { certificateur: 'SIMPLON.CO', kind: 'rs' } },
  { category: 'filtres seuls', input: { kind: 'rs', vaeOpen: true, activeOnly: false } },
  { category: 'filtres seuls', input: { levels: [3, 4, 5], hasBlocs: true, vaeOpen: true } },
  { category: 'filtres seuls', input: { pageSize: 100 } },
  { category: 'filtres seuls', input: { activeOnly: false, pageSize: 50, page: 10 } },
  { category: 'filtres seuls', input: { kind: 'rncp', activeOnly: false, page: 400 } },
];

export const CATALOGUE_QUERIES: readonly CatalogueQuery[] = [
  ...words('métier', JOBS),
  ...words('intitulé', TITLES),
  ...words('faute', TYPOS),
  ...CODES,
  ...WITH_FILTERS,
  ...FILTERS_ONLY,
];

if (CATALOGUE_QUERIES.length !== 200) throw new Error(`catalogue-queries: ${CATALOGUE_QUERIES.length} requêtes au lieu de 200`);
