import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { RecordCorrespondences } from './record-correspondences';
import { TextBlock } from './text-block';
import type { CertificationEnrichment, CertificationView } from './types';

/**
 * The blocs de compétences, one accordion each, with their competences and evaluation (registry)
 * and what the enrichment says of them (prerequisites, VAE focus); then their correspondences.
 */
export function BlocsSection(props: {
  blocs: CertificationView['blocs'];
  notes: CertificationEnrichment['blocNotes'];
  correspondences: CertificationView['blocCorrespondences'];
  /** Linked in the correspondences: the codes the catalogue holds. */
  codesInCatalogue: readonly string[];
}) {
  const { blocs, notes } = props;
  return (
    <section aria-labelledby="blocs" className="fr-mt-6w">
      <h2 id="blocs">Blocs de compétences</h2>
      {blocs.length === 0 ? (
        <p>Le registre ne décrit pas de blocs de compétences pour cette certification.</p>
      ) : (
        <div className="fr-accordions-group">
          {blocs.map((bloc) => {
            const note = notes.find((n) => n.blocCode === bloc.code);
            return (
              <Accordion key={bloc.id} titleAs="h3" label={`${bloc.code} – ${bloc.label}`}>
                <h4 className="fr-h6">Compétences</h4>
                {bloc.competences ? <TextBlock text={bloc.competences} /> : <p>Non précisées dans le registre.</p>}
                <h4 className="fr-h6">Modalités d’évaluation</h4>
                {bloc.evaluationMethods ? <TextBlock text={bloc.evaluationMethods} /> : <p>Non précisées dans le registre.</p>}
                {note?.prerequisites && (
                  <>
                    <h4 className="fr-h6">Prérequis</h4>
                    <TextBlock text={note.prerequisites} />
                  </>
                )}
                {note?.vaeFocus && (
                  <>
                    <h4 className="fr-h6">Pour la VAE</h4>
                    <p>{note.vaeFocus}</p>
                  </>
                )}
              </Accordion>
            );
          })}
        </div>
      )}
      <RecordCorrespondences correspondences={props.correspondences} codesInCatalogue={props.codesInCatalogue} />
    </section>
  );
}
