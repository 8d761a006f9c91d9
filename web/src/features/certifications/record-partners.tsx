import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { formatDay, franceCompetencesUrl, habilitationLabel, partnersCountLabel } from './record-format';
import { StateBadge } from './state-badge';
import type { CertificationView } from './types';

/**
 * The organisations the certificateurs empowered to train or assess, folded away (there may be
 * hundreds). The API sends the first 200 and the total: the page says so and links to the full list.
 */
export function RecordPartners({ record }: { record: CertificationView }) {
  const { total, items } = record.partners;
  if (total === 0) return null;
  const withSince = items.some((p) => p.activeSince);
  return (
    <Accordion titleAs="h3" label={`Organismes partenaires habilités (${total.toLocaleString('fr-FR')})`} className="fr-mt-3w">
      <p>
        {partnersCountLabel(total, items.length)}.
        {items.length < total && (
          <>
            {' '}
            La liste complète est sur la <a href={franceCompetencesUrl(record.kind, record.number)}>fiche {record.code} du site de France compétences</a>.
          </>
        )}
      </p>
      {items.length > 0 && (
        <Table
          caption="Organismes partenaires et leur habilitation"
          headers={['Organisme', 'SIRET', 'Habilité à', 'État de l’habilitation', ...(withSince ? ['Actif depuis le'] : [])]}
          data={items.map((p) => [
            p.name,
            p.siret ?? '—',
            habilitationLabel(p.habilitation),
            <StateBadge key="state" state={p.state} since={p.stateChangedOn} />,
            ...(withSince ? [p.activeSince ? formatDay(p.activeSince) : '—'] : []),
          ])}
        />
      )}
    </Accordion>
  );
}
