import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/text-field';

export function UserFilters(props: { q: string; onApply: (values: { q: string }) => void }) {
  const [q, setQ] = useState(props.q);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    props.onApply({ q: q.trim() });
  };
  return (
    <form onSubmit={onSubmit} role="search" aria-label="Filtrer les utilisateurs" className="jalon-filters">
      <TextField label="Rechercher un utilisateur" hint="Nom ou adresse électronique" name="q" type="search" value={q} onChange={setQ} />
      <Button type="submit">Rechercher</Button>
    </form>
  );
}
