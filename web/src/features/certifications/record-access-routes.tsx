import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { ACCESS_ROUTE_LABELS } from './certification-labels';
import { formatDay, groupJuryCompositions } from './record-format';
import type { CertificationView } from './types';

type AccessRoute = CertificationView['accessRoutes'][number];

/** The registry's access routes (open or not, jury last changed) and the composition of their juries. */
export function RecordAccessRoutes({ routes }: { routes: AccessRoute[] }) {
  if (routes.length === 0) return null;
  const juries = groupJuryCompositions(routes);
  const withDates = routes.some((r) => r.modifiedOn);
  return (
    <>
      <h3 id="voies-acces">Voies d’accès</h3>
      <Table
        caption="Voies d’accès à la certification selon le registre"
        noCaption
        headers={['Voie d’accès', 'Ouverte', ...(withDates ? ['Jury modifié le'] : [])]}
        data={routes.map((r) => [
          ACCESS_ROUTE_LABELS[r.route],
          <Badge key="open" small noIcon severity={r.active ? 'success' : undefined}>
            {r.active ? 'Oui' : 'Non'}
          </Badge>,
          ...(withDates ? [r.modifiedOn ? formatDay(r.modifiedOn) : '—'] : []),
        ])}
      />
      {juries.length > 0 && (
        <>
          <h3 id="jurys">Composition des jurys</h3>
          {juries.map((jury) => (
            <div key={jury.composition} className="fr-mb-2w">
              <p className="fr-text--bold fr-mb-1v">
                {jury.routes.length > 1 ? 'Voies' : 'Voie'} : {jury.routes.map((r) => ACCESS_ROUTE_LABELS[r]).join(', ')}
              </p>
              <p>{jury.composition}</p>
            </div>
          ))}
        </>
      )}
    </>
  );
}
