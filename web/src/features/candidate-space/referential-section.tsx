import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { TextBlock } from '../certifications/text-block';
import { Heading, type HeadingLevel } from './heading';
import type { CertificationView, MyPathway } from './types';

/** "Le référentiel de ma certification": every bloc of the record, mine marked. */
export function ReferentialSection({ pathway, level }: { pathway: MyPathway; level: HeadingLevel }) {
  const id = `referentiel-${pathway.id}`;
  const code = pathway.certification.code;
  const record = useApi<CertificationView>(`/api/certifications/${encodeURIComponent(code)}`);
  const mine = new Map(pathway.blocs.map((b) => [b.code, b.status]));
  const blocTitle = level === 2 ? 'h3' : 'h4';
  return (
    <section aria-labelledby={id} className="fr-mt-4w">
      <Heading level={level} id={id}>
        Le référentiel de ma certification
      </Heading>
      <p>
        {pathway.certification.title} ({code}).{' '}
        <Link to={`/certifications/${encodeURIComponent(code)}`}>Voir la fiche complète de la certification</Link>
      </p>
      <ErrorAlert error={record.error} title="Le référentiel n’a pas pu être chargé" />
      {record.loading && !record.data && <Loading />}
      {record.data && record.data.blocs.length === 0 && <p>Le registre ne décrit pas de blocs de compétences pour cette certification.</p>}
      {record.data && record.data.blocs.length > 0 && (
        <div className="fr-accordions-group">
          {record.data.blocs.map((bloc) => {
            const status = mine.get(bloc.code);
            const suffix = status === 'acquired' ? ' (visé, acquis)' : status === 'remaining' ? ' (visé, à valider)' : '';
            return (
              <Accordion key={bloc.id} titleAs={blocTitle} label={`${bloc.code} – ${bloc.label}${suffix}`}>
                {status ? (
                  <Badge severity={status === 'acquired' ? 'success' : 'info'} small noIcon className="fr-mb-2w">
                    {status === 'acquired' ? 'Bloc visé : acquis' : 'Bloc visé : à valider'}
                  </Badge>
                ) : (
                  <p className="fr-text--sm">Ce bloc n’est pas visé dans mon parcours.</p>
                )}
                {bloc.competences ? <TextBlock text={bloc.competences} /> : <p>Compétences non précisées dans le registre.</p>}
              </Accordion>
            );
          })}
        </div>
      )}
    </section>
  );
}
