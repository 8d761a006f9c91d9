import { Button } from '@codegouvfr/react-dsfr/Button';
import { useAuth } from '../../auth/auth-context';
import { spaceId, spaceOptionLabel } from '../../auth/spaces';
import { focusPageTitleSoon } from '../../components/focus-title';

/** The person's other spaces, one button each to switch to it. */
export function OtherSpaces() {
  const { spaces, activeSpace, setActiveSpaceId } = useAuth();
  const others = spaces.filter((space) => activeSpace === null || spaceId(space) !== spaceId(activeSpace));
  if (others.length === 0) return null;
  return (
    <section aria-labelledby="autres-espaces-titre" className="fr-mt-6w">
      <h2 id="autres-espaces-titre">Mes autres espaces</h2>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--left">
        {others.map((space) => (
          <li key={spaceId(space)}>
            <Button priority="secondary" onClick={() => {
                setActiveSpaceId(spaceId(space));
                focusPageTitleSoon();
              }}>
              {`Passer à l'espace : ${spaceOptionLabel(space)}`}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
