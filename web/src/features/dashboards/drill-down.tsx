import { Button } from '@codegouvfr/react-dsfr/Button';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { formatDate } from '../../labels';

/** What a figure counts (GET /api/dashboards/facts), with the words that say it. */
export interface Drill {
  label: string;
  metric: 'realised' | 'jury' | 'pathway_closed' | 'assistance_closed' | 'support' | 'phase_time';
  key?: string;
  month?: number;
  departementCode?: string;
  referentUserId?: string;
}

interface Facts {
  items: { pathwayId: string; candidateName: string; certificationCode: string; key: string; departementCode: string; referentName: string | null; occurredAt: string }[];
  truncated: boolean;
}

/** A figure the reader may open: a button carrying the number, which shows the list behind it. */
export function DrillButton({ value, drill, onOpen }: { value: number; drill: Drill; onOpen: (d: Drill) => void }) {
  if (value === 0) return <>0</>;
  return (
    <button type="button" className="fr-link" title={`Voir la liste : ${drill.label}`} onClick={() => onOpen(drill)}>
      {value.toLocaleString('fr-FR')}
      <span className="fr-sr-only"> — voir la liste : {drill.label}</span>
    </button>
  );
}

/** The pathways behind a figure (the structure's own people only); focus moves to its title when it opens. */
export function DrillPanel({ organisationId, year, drill, onClose }: { organisationId: string; year: number; drill: Drill; onClose: () => void }) {
  const { label, ...query } = drill;
  const facts = useApi<Facts>('/api/dashboards/facts', { organisationId, year, ...query });
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), [label]);
  return (
    <section aria-labelledby="liste-detail" className="fr-p-3w fr-mb-4w fr-background-alt--blue-france">
      <h2 id="liste-detail" ref={title} tabIndex={-1} className="fr-h5">
        Liste : {label}
      </h2>
      <ErrorAlert error={facts.error} title="La liste n’a pas pu être chargée" />
      {facts.loading && !facts.data && <Loading />}
      {facts.data && (
        <>
          <Table
            caption={`Parcours comptés : ${label}`}
            headers={['Candidat', 'Certification', 'Département', 'Référent', 'Date']}
            data={facts.data.items.map((f) => [
              <Link key={f.pathwayId} to={`/parcours/${f.pathwayId}`}>
                {f.candidateName}
              </Link>,
              f.certificationCode,
              f.departementCode || '—',
              f.referentName ?? '—',
              formatDate(f.occurredAt),
            ])}
          />
          {facts.data.items.length === 0 && <p>Aucun parcours.</p>}
          {facts.data.truncated && <p className="fr-text--sm">Seuls les premiers parcours sont affichés.</p>}
        </>
      )}
      <Button type="button" priority="secondary" onClick={onClose}>
        Fermer la liste
      </Button>
    </section>
  );
}
