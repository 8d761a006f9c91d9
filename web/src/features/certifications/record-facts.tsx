import { ACCESS_ROUTE_LABELS } from './certification-labels';
import { FactList } from './fact-list';
import { externalUrl, franceCompetencesUrl } from './record-format';
import type { CertificationView } from './types';

const REPERTOIRES = { rncp: 'Répertoire national des certifications professionnelles (RNCP)', rs: 'Répertoire spécifique (RS)' } as const;

/** The essentials at the top of the record: what, which level, who certifies, by which routes, where to read more. */
export function RecordFacts({ record }: { record: CertificationView }) {
  const openRoutes = record.accessRoutes.filter((r) => r.active).map((r) => ACCESS_ROUTE_LABELS[r.route]);
  const description = externalUrl(record.descriptionUrl);
  const shortTitle = record.shortTitle ? `${record.shortTitle}${record.shortTitleCode && record.shortTitleCode !== record.shortTitle ? ` (${record.shortTitleCode})` : ''}` : null;
  return (
    <FactList
      facts={[
        ['Code', record.code],
        ['Répertoire', REPERTOIRES[record.kind]],
        ['Intitulé abrégé', shortTitle],
        ['Niveau', record.levelLabel ?? 'Non précisé'],
        [`Certificateur${record.certificateurs.length > 1 ? 's' : ''}`, record.certificateurs.map((c) => c.name).join(', ') || 'Non précisé'],
        ['Statut', record.active ? 'Active' : 'Inactive'],
        ['Voies d’accès ouvertes', openRoutes.join(', ') || 'Non précisées'],
        [
          'Validation partielle',
          record.partialValidation == null ? null : record.partialValidation ? 'Possible : la certification peut être obtenue bloc par bloc' : 'Non : la certification s’obtient en entier',
        ],
        [
          'Pour en savoir plus',
          <ul className="fr-mb-0">
            <li>
              <a href={franceCompetencesUrl(record.kind, record.number)}>Fiche {record.code} sur le site de France compétences</a>
            </li>
            {description && (
              <li>
                <a href={description}>Description de la certification par le certificateur</a>
              </li>
            )}
          </ul>,
        ],
      ]}
    />
  );
}
