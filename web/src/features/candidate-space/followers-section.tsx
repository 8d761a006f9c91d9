import { useMe } from '../../auth/auth-context';
import { Heading, type HeadingLevel } from './heading';
import type { MyPathway } from './types';

/** "Qui me suit": the people and organisations following the pathway, and how they reach me. */
export function FollowersSection({ pathway, level }: { pathway: MyPathway; level: HeadingLevel }) {
  const me = useMe();
  const id = `qui-me-suit-${pathway.id}`;
  return (
    <section aria-labelledby={id} className="fr-mt-4w">
      <Heading level={level} id={id}>
        Qui me suit
      </Heading>
      {pathway.followedBy.length === 0 ? (
        <p>Personne n’est encore indiqué pour vous suivre sur ce parcours.</p>
      ) : (
        <ul className="jalon-plain-list">
          {pathway.followedBy.map((f, index) => (
            <li key={`${f.organisationName}-${f.roleLabel}-${index}`} className="fr-mb-2w">
              <strong>{f.personName ?? f.roleLabel}</strong>
              {f.personName && <>, {f.roleLabel.toLowerCase()}</>}
              <br />
              {f.organisationName}
            </li>
          ))}
        </ul>
      )}
      <p>
        Pour toute question sur votre parcours, adressez-vous à la personne qui vous suit. Les messages qui vous concernent sont
        envoyés à l’adresse <strong>{me.email}</strong>.
      </p>
    </section>
  );
}
