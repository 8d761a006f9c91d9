import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { NETWORK_FIELD_LABELS } from '../../../../common/network';
import { apiFetch } from '../../api/client';
import { formatDate } from '../../labels';
import { ContactForm } from './contact-form';
import { Exchanges } from './exchanges';
import type { Entry } from './types';

/** One partner entry: fields, visibility, contacts (editable by the structure that keeps it), exchanges. */
export function EntryCard({ entry, canKeep, onChanged }: { entry: Entry; canKeep: boolean; onChanged: () => void }) {
  const [editing, setEditing] = useState<string | null>(null);
  const keeps = entry.mine && canKeep;
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
            {keeps && editing !== c.id && (
              <Button size="small" priority="tertiary no outline" className="fr-ml-1w" onClick={() => setEditing(c.id)}>
                Modifier<span className="fr-sr-only"> le contact {c.name}</span>
              </Button>
            )}
            {editing === c.id && (
              <ContactForm
                contact={c}
                onCancel={() => setEditing(null)}
                onSaved={() => {
                  setEditing(null);
                  onChanged();
                }}
              />
            )}
          </li>
        ))}
      </ul>
      <Exchanges entry={entry} onAdded={onChanged} />
      <p className="fr-text--xs fr-mb-1w">Vérifiée le {formatDate(entry.lastCheckedAt)}</p>
      {keeps && (
        <Button size="small" priority="tertiary" onClick={() => void apiFetch(`/api/network/entries/${entry.id}`, { method: 'PATCH', body: { checked: true } }).then(onChanged)}>
          Marquer vérifiée<span className="fr-sr-only"> : {entry.name}</span>
        </Button>
      )}
    </li>
  );
}
