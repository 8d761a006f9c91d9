import type { Pathway } from './types';

/** The organisations (and people, when named) that take part in the pathway. */
export function ActorsSection({ actors }: { actors: Pathway['actors'] }) {
  return (
    <section aria-labelledby="intervenants" className="fr-mt-6w">
      <h2 id="intervenants">Intervenants</h2>
      {actors.length === 0 ? (
        <p>Aucun intervenant n’est associé à ce parcours.</p>
      ) : (
        <ul>
          {actors.map((actor) => (
            <li key={actor.id}>
              <strong>{actor.roleLabel}</strong> : {actor.organisationName}
              {actor.userDisplayName && ` (${actor.userDisplayName})`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
