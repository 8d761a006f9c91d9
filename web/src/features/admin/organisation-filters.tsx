import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { ORG_KINDS } from '../../api/types';
import { TextField } from '../../components/text-field';
import { ORG_KIND_LABELS } from '../../labels';

export function OrganisationFilters(props: { q: string; kind: string; onApply: (values: { q: string; kind: string }) => void }) {
  const [q, setQ] = useState(props.q);
  const [kind, setKind] = useState(props.kind);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    props.onApply({ q: q.trim(), kind });
  };
  return (
    <form onSubmit={onSubmit} role="search" aria-label="Filtrer les organisations" className="jalon-filters">
      <TextField label="Rechercher une organisation" hint="Nom ou SIRET" name="q" type="search" value={q} onChange={setQ} />
      <Select label="Nature" nativeSelectProps={{ name: 'kind', value: kind, onChange: (event) => setKind(event.target.value) }}>
        <option value="">Toutes les natures</option>
        {ORG_KINDS.map((value) => (
          <option key={value} value={value}>
            {ORG_KIND_LABELS[value]}
          </option>
        ))}
      </Select>
      <Button type="submit">Rechercher</Button>
    </form>
  );
}
