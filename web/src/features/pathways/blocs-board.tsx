import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { formatDate } from '../../labels';
import type { Pathway } from './types';

type Bloc = Pathway['blocs']['board'][number];

function lastResult(bloc: Bloc) {
  // Results come per jury; the latest one is what the candidate works from.
  return [...bloc.results].sort((a, b) => a.juryDate.localeCompare(b.juryDate)).at(-1) ?? null;
}

function StatusCell({ bloc }: { bloc: Bloc }) {
  return bloc.acquired ? (
    <Badge as="span" severity="success" small noIcon>
      Acquis{bloc.acquiredCycle ? ` (cycle ${bloc.acquiredCycle})` : ''}
    </Badge>
  ) : (
    <Badge as="span" severity="info" small noIcon>
      Restant
    </Badge>
  );
}

/** The targeted blocs: acquired or remaining, the last jury result and its préconisations. */
export function BlocsBoard({ blocs }: { blocs: Pathway['blocs'] }) {
  return (
    <section aria-labelledby="blocs" className="fr-mt-6w">
      <h2 id="blocs">Blocs</h2>
      <p>
        {blocs.acquired.length} acquis sur {blocs.targeted.length} visés ; {blocs.remaining.length} restant à valider.
      </p>
      {blocs.board.length > 0 && (
        <Table
          caption="Blocs de compétences visés"
          headers={['Code', 'Intitulé', 'Statut', 'Dernier résultat', 'Préconisations']}
          data={blocs.board.map((bloc) => {
            const result = lastResult(bloc);
            return [
              bloc.code,
              bloc.label,
              <StatusCell key="status" bloc={bloc} />,
              result ? `${result.validated ? 'Validé' : 'Non validé'} au jury du ${formatDate(result.juryDate)}` : 'Pas encore présenté',
              <span key="preconisations" className="jalon-pre">
                {result?.preconisations || '—'}
              </span>,
            ];
          })}
        />
      )}
    </section>
  );
}
