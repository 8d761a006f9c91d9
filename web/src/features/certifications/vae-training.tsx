import { Table } from '@codegouvfr/react-dsfr/Table';
import { FactList } from './fact-list';
import { academicYears, formatDay, modalityLabel, periodIn } from './record-format';
import type { CertificationEnrichment } from './types';

type Training = NonNullable<CertificationEnrichment['training']>;

const number = (n: number | null) => (n == null ? '—' : n.toLocaleString('fr-FR'));

/** The training that prepares the certification: its units (modality, calendar by academic year), totals, accreditation, registration periods. */
export function VaeTraining({ training }: { training: Training }) {
  const years = academicYears(training.units);
  const hasFacts = training.provider || training.totalHours != null || training.totalEcts != null || training.accreditationUntil;
  if (!hasFacts && training.units.length === 0 && training.accessDelays.length === 0) return null;
  return (
    <>
      <h3 id="formation">La formation</h3>
      <FactList
        facts={[
          ['Organisme de formation', training.provider],
          ['Durée totale', training.totalHours == null ? null : `${number(training.totalHours)} heures`],
          ['Crédits européens (ECTS)', training.totalEcts == null ? null : number(training.totalEcts)],
          ['Habilitation du parcours jusqu’au', training.accreditationUntil ? formatDay(training.accreditationUntil) : null],
        ]}
      />
      {training.units.length > 0 && (
        <Table
          caption={`Unités de formation (${training.units.length})${years.length > 0 ? ', avec le semestre d’ouverture par année universitaire' : ''}`}
          headers={['Code', 'Intitulé', 'Nature', 'ECTS', 'Heures', 'Obligatoire', 'Modalité', ...years.map((y) => `Année ${y}`)]}
          data={training.units.map((u) => [
            u.code,
            u.title,
            u.kind === 'teaching' ? 'Enseignement' : 'Activité',
            number(u.ects),
            number(u.hours),
            u.mandatory ? 'Oui' : 'Non',
            modalityLabel(u.modality),
            ...years.map((y) => periodIn(u, y)),
          ])}
        />
      )}
      {training.accessDelays.length > 0 && (
        <>
          <h4 className="fr-h6">Délais d’accès et périodes d’inscription</h4>
          <ul>
            {training.accessDelays.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
