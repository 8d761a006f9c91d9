import { Heading, type HeadingLevel } from './heading';
import { visibilityReason } from './pathway-actions';
import type { PathwayDetail } from './types';

/** "Qui voit mon dossier": the organisations taking part in the pathway, and why each one sees it. */
export function VisibilitySection({ pathwayId, actors, level }: { pathwayId: string; actors: PathwayDetail['actors']; level: HeadingLevel }) {
  const id = `qui-voit-${pathwayId}`;
  return (
    <section aria-labelledby={id} className="fr-mt-4w">
      <Heading level={level} id={id}>
        Qui voit mon dossier
      </Heading>
      <p>Votre dossier n’est visible que par vous et par les organisations qui participent à votre parcours :</p>
      {actors.length === 0 ? (
        <p>Aucune organisation pour le moment.</p>
      ) : (
        <ul>
          {actors.map((actor) => (
            <li key={actor.id} className="fr-mb-1w">
              <strong>{actor.organisationName}</strong> ({actor.roleLabel.toLowerCase()}
              {actor.userDisplayName && <>, {actor.userDisplayName}</>}) : {visibilityReason(actor.role)}.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
