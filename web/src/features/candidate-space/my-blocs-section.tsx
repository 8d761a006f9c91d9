import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { formatDay } from './candidate-format';
import { Heading, type HeadingLevel } from './heading';
import type { MyPathway } from './types';

type Bloc = MyPathway['blocs'][number];

/** "Mes blocs de compétences": acquired or still to validate, with the last jury's word on each. */
export function MyBlocsSection({ pathway, level }: { pathway: MyPathway; level: HeadingLevel }) {
  const id = `blocs-${pathway.id}`;
  const acquired = pathway.blocs.filter((b) => b.status === 'acquired').length;
  return (
    <section aria-labelledby={id} className="fr-mt-4w">
      <Heading level={level} id={id}>
        Mes blocs de compétences
      </Heading>
      {pathway.blocs.length === 0 ? (
        <p>Aucun bloc de compétences n’est encore indiqué pour ce parcours.</p>
      ) : (
        <>
          <p>
            {acquired} bloc{acquired > 1 ? 's' : ''} acquis sur {pathway.blocs.length} visé{pathway.blocs.length > 1 ? 's' : ''}.
          </p>
          <ul className="jalon-plain-list">
            {pathway.blocs.map((bloc) => (
              <BlocItem key={bloc.code} bloc={bloc} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function BlocItem({ bloc }: { bloc: Bloc }) {
  const result = bloc.lastResult;
  return (
    <li className="fr-mb-3w">
      <p className="fr-mb-1v">
        <strong>{bloc.code}</strong> – {bloc.label}
      </p>
      {bloc.status === 'acquired' ? (
        <Badge severity="success" small noIcon>
          Acquis
        </Badge>
      ) : (
        <Badge severity="info" small noIcon>
          À valider
        </Badge>
      )}
      {result && (
        <p className="fr-mt-1w fr-mb-0 fr-text--sm">
          Jury du {formatDay(result.juryDate)} : {result.validated ? 'bloc validé' : 'bloc non validé'}.
          {result.preconisations && (
            <>
              <br />
              Préconisations du jury : {result.preconisations}
            </>
          )}
        </p>
      )}
    </li>
  );
}
