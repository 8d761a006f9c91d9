import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { NETWORK_FIELD_LABELS, NETWORK_FIELDS } from '../../../../common/network';
import { apiFetch } from '../../api/client';
import { useApi } from '../../api/use-api';
import { useMe } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { TextField } from '../../components/text-field';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate } from '../../labels';
import { CsvButtons } from './csv-buttons';
import { EntryForm } from './entry-form';
import { Exchanges } from './exchanges';
import { LibrarySection } from './library-section';
import { MeetingsSection } from './meetings-section';
import type { Entry } from './types';

const NETWORK_ROLES = ['referent', 'director', 'accompagnateur', 'conseiller'];

function EntryCard({ entry, onChecked }: { entry: Entry; onChecked: () => void }) {
  return (
    <li className="fr-card fr-p-3w fr-mb-2w">
      <h3 className="fr-h6 fr-mb-1w">{entry.name}</h3>
      <ul className="fr-badges-group">
        {entry.fields.map((f) => (
          <li key={f}>
            <Badge small noIcon>
              {NETWORK_FIELD_LABELS[f]}
            </Badge>
          </li>
        ))}
        <li>
          <Badge small noIcon severity="info">
            {entry.visibility === 'territory' ? `Partagée : ${entry.departements.join(', ')}` : 'Privée'}
          </Badge>
        </li>
        {entry.needsCheck && (
          <li>
            <Badge small severity="warning">
              À vérifier : pas revue depuis un an
            </Badge>
          </li>
        )}
      </ul>
      {!entry.mine && <p className="fr-text--sm">Fiche de {entry.organisationName}</p>}
      {entry.address && <p className="fr-text--sm fr-mb-1w">{entry.address}</p>}
      {entry.notes && <p className="fr-text--sm fr-mb-1w">Notes : {entry.notes}</p>}
      <ul>
        {entry.contacts.map((c) => (
          <li key={c.id}>
            {c.name}
            {c.jobTitle && `, ${c.jobTitle}`}
            {c.phone && ` – ${c.phone}`}
            {c.email && ` – ${c.email}`}
            {c.hours && ` (${c.hours})`}
          </li>
        ))}
      </ul>
      <Exchanges entry={entry} onAdded={onChecked} />
      <p className="fr-text--xs fr-mb-1w">Vérifiée le {formatDate(entry.lastCheckedAt)}</p>
      {entry.mine && (
        <Button size="small" priority="tertiary" onClick={() => void apiFetch(`/api/network/entries/${entry.id}`, { method: 'PATCH', body: { checked: true } }).then(onChecked)}>
          Marquer vérifiée<span className="fr-sr-only"> : {entry.name}</span>
        </Button>
      )}
    </li>
  );
}

/** `/reseau`: the structure's partner address book, with filters, CSV and new entries. */
export function NetworkPage() {
  usePageTitle('Réseau partenaires');
  const me = useMe();
  const memberships = me.memberships.filter((m) => NETWORK_ROLES.includes(m.role));
  const [organisationId, setOrganisationId] = useState(memberships[0]?.organisationId ?? '');
  const [filters, setFilters] = useState({ field: '', departement: '', q: '' });
  const [adding, setAdding] = useState(false);
  const list = useApi<{ items: Entry[] }>(organisationId ? '/api/network/entries' : null, { organisationId, field: filters.field, q: filters.q, departement: /^(\d{2,3}|2A|2B)$/.test(filters.departement) ? filters.departement : '' });
  const canKeep = me.memberships.some((m) => m.organisationId === organisationId && (m.role === 'referent' || m.role === 'director'));
  return (
    <div className="fr-container fr-pb-6w">
      <h1 className="fr-mt-4w">Réseau partenaires</h1>
      <p>Les partenaires de votre structure et ceux que les structures du territoire partagent : logement, mobilité, santé, handicap, financement, acteurs de la VAE…</p>
      {memberships.length > 1 && (
        <Select label="Structure" nativeSelectProps={{ value: organisationId, onChange: (e) => setOrganisationId(e.target.value) }}>
          {memberships.map((m) => (
            <option key={m.id} value={m.organisationId}>
              {m.organisationName}
            </option>
          ))}
        </Select>
      )}
      {canKeep && (
        <>
          <CsvButtons organisationId={organisationId} onImported={list.reload} />
          <Button className="fr-mb-3w" priority={adding ? 'secondary' : 'primary'} onClick={() => setAdding((a) => !a)} aria-expanded={adding}>
            {adding ? 'Fermer le formulaire' : 'Ajouter un partenaire'}
          </Button>
          {adding && (
            <EntryForm
              organisationId={organisationId}
              onCreated={() => {
                setAdding(false);
                list.reload();
              }}
            />
          )}
        </>
      )}
      <form role="search" aria-label="Filtrer les partenaires" className="fr-grid-row fr-grid-row--gutters" onSubmit={(e) => e.preventDefault()}>
        <div className="fr-col-12 fr-col-md-4">
          <Select label="Domaine" nativeSelectProps={{ value: filters.field, onChange: (e) => setFilters((f) => ({ ...f, field: e.target.value })) }}>
            <option value="">Tous les domaines</option>
            {NETWORK_FIELDS.map((f) => (
              <option key={f} value={f}>
                {NETWORK_FIELD_LABELS[f]}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <TextField label="Département" name="departement" value={filters.departement} onChange={(departement) => setFilters((f) => ({ ...f, departement: departement.trim().toUpperCase() }))} />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <TextField label="Nom" type="search" name="q" value={filters.q} onChange={(q) => setFilters((f) => ({ ...f, q }))} />
        </div>
      </form>
      <ErrorAlert error={list.error} title="Le carnet d’adresses n’a pas pu être chargé" />
      {list.loading && !list.data && <Loading label="Chargement des partenaires…" />}
      {list.data && (
        <>
          <p role="status">{list.data.items.length} partenaire(s)</p>
          <ul className="fr-raw-list">
            {list.data.items.map((entry) => (
              <EntryCard key={entry.id} entry={entry} onChecked={list.reload} />
            ))}
          </ul>
        </>
      )}
      {organisationId && <MeetingsSection organisationId={organisationId} canKeep={canKeep} />}
      {organisationId && <LibrarySection organisationId={organisationId} canKeep={canKeep} />}
    </div>
  );
}
