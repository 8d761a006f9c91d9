import { FactList } from './fact-list';
import { RecordAccessRoutes } from './record-access-routes';
import { yesNo } from './record-format';
import { TextBlock } from './text-block';
import type { CertificationView } from './types';

/** "Accès à la certification": prerequisites to enter and to be awarded it, access routes and juries, overseas territories. */
export function RecordAccess({ record }: { record: CertificationView }) {
  const { entryPrerequisites, validationPrerequisites } = record.texts;
  const overseas = record.accessibleNewCaledonia != null || record.accessibleFrenchPolynesia != null;
  return (
    <section aria-labelledby="acces" className="fr-mt-6w">
      <h2 id="acces">Accès à la certification</h2>
      {entryPrerequisites && (
        <>
          <h3>Prérequis à l’entrée en formation</h3>
          <TextBlock text={entryPrerequisites} />
        </>
      )}
      {validationPrerequisites && (
        <>
          <h3>Prérequis à la validation de la certification</h3>
          <TextBlock text={validationPrerequisites} />
        </>
      )}
      <RecordAccessRoutes routes={record.accessRoutes} />
      {overseas && (
        <>
          <h3>Outre-mer</h3>
          <FactList
            facts={[
              ['Accessible en Nouvelle-Calédonie', record.accessibleNewCaledonia == null ? null : yesNo(record.accessibleNewCaledonia)],
              ['Accessible en Polynésie française', record.accessibleFrenchPolynesia == null ? null : yesNo(record.accessibleFrenchPolynesia)],
            ]}
          />
        </>
      )}
    </section>
  );
}
