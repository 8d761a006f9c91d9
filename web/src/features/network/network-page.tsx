import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { NETWORK_FIELD_LABELS, NETWORK_FIELDS } from '../../../../common/network';
import { useApi } from '../../api/use-api';
import { useMe } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { TextField } from '../../components/text-field';
import { usePageTitle } from '../../components/use-page-title';
import { CsvButtons } from './csv-buttons';
import { EntryCard } from './entry-card';
import { EntryForm } from './entry-form';
import { LibrarySection } from './library-section';
import { MeetingsSection } from './meetings-section';
import type { Entry } from './types';

const NETWORK_ROLES = ['referent', 'director', 'accompagnateur', 'conseiller'];

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
      {(canKeep || me.isPlatformAdmin) && (
        <p>
          <Link to="/reseau/delais">Délais des mises en relation (rappel, expiration)</Link>
        </p>
      )}
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
              <EntryCard key={entry.id} entry={entry} canKeep={canKeep} onChanged={list.reload} />
            ))}
          </ul>
        </>
      )}
      {organisationId && <MeetingsSection organisationId={organisationId} canKeep={canKeep} />}
      {organisationId && <LibrarySection organisationId={organisationId} canKeep={canKeep} />}
    </div>
  );
}
