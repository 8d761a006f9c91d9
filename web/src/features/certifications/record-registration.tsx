import { CertificationCodeLink } from './certification-code-link';
import { FactList } from './fact-list';
import { formatDay, formatYears, PUBLICATION_KIND_LABELS } from './record-format';
import { StateBadge } from './state-badge';
import type { CertificationView } from './types';

function codeLinks(codes: string[], codesInCatalogue: readonly string[]) {
  if (codes.length === 0) return null;
  return codes.map((code, i) => (
    <span key={code}>
      {i > 0 ? ', ' : ''}
      <CertificationCodeLink code={code} codesInCatalogue={codesInCatalogue} />
    </span>
  ));
}

const day = (iso: string | null) => (iso ? formatDay(iso) : null);

/** "Enregistrement au répertoire": how and until when the record is registered, its publications, the records before and after it. */
export function RecordRegistration({ record }: { record: CertificationView }) {
  const { dates } = record;
  return (
    <section aria-labelledby="enregistrement" className="fr-mt-6w">
      <h2 id="enregistrement">Enregistrement au répertoire</h2>
      <FactList
        facts={[
          ['Type d’enregistrement', record.registrationType],
          ['État de la fiche', record.state && <StateBadge state={record.state} />],
          ['Date de décision', day(dates.decision)],
          ['Date d’effet', day(dates.effect)],
          ['Date de publication de la fiche', day(dates.publication)],
          ['Dernier Journal officiel', day(dates.lastJo)],
          ['Durée d’enregistrement', record.registrationDurationYears == null ? null : formatYears(record.registrationDurationYears)],
          ['Fin d’enregistrement', day(dates.registrationEnd)],
          ['Date limite de délivrance', day(dates.deliveryLimit)],
          ['Désactivée le', day(record.deactivatedAt)],
          ['Certification précédente', codeLinks(record.previousCodes, record.codesInCatalogue)],
          ['Certification suivante', codeLinks(record.nextCodes, record.codesInCatalogue)],
          [
            'Origine des données',
            record.source === 'import'
              ? `Registre de France compétences${record.importedAt ? `, importé le ${formatDay(record.importedAt)}` : ''}`
              : 'Données de référence de Jalon (fiche pas encore importée du registre)',
          ],
        ]}
      />
      {record.publications.length > 0 && (
        <>
          <h3>Publications au Journal officiel</h3>
          <ul>
            {record.publications.map((p, i) => (
              <li key={i}>
                <span className="fr-text--bold">{PUBLICATION_KIND_LABELS[p.kind]}</span>
                {p.date ? `, Journal officiel du ${formatDay(p.date)}` : ''}
                {p.title ? ` : ${p.title}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
