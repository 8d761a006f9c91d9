import { Table } from '@codegouvfr/react-dsfr/Table';
import { Link } from 'react-router-dom';
import { externalUrl } from './record-format';
import { RecordPartners } from './record-partners';
import { searchHref } from './search-params';
import { StateBadge } from './state-badge';
import type { CertificationView } from './types';

/** "Certificateurs et organismes habilités": who awards the certification (SIRET, state, website) and the partners. */
export function RecordOrganisations({ record }: { record: CertificationView }) {
  const { certificateurs } = record;
  return (
    <section aria-labelledby="organismes" className="fr-mt-6w">
      <h2 id="organismes">Certificateurs et organismes habilités</h2>
      {certificateurs.length > 0 && (
        <>
          <h3>Certificateur{certificateurs.length > 1 ? 's' : ''}</h3>
          <Table
            caption="Organismes certificateurs"
            noCaption
            headers={['Certificateur', 'SIRET', 'État', 'Liens']}
            data={certificateurs.map((c) => {
              const website = externalUrl(c.website);
              return [
                c.name,
                c.siret ?? 'Non précisé',
                <StateBadge key="state" state={c.state} since={c.stateChangedOn} />,
                <ul key="links" className="fr-mb-0">
                  <li>
                    <Link to={searchHref({ certificateur: c.siret ?? c.name })}>Certifications de {c.name}</Link>
                  </li>
                  {website && (
                    <li>
                      <a href={website}>Site internet de {c.name}</a>
                    </li>
                  )}
                </ul>,
              ];
            })}
          />
        </>
      )}
      <RecordPartners record={record} />
    </section>
  );
}
