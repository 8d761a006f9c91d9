import { Badge } from '@codegouvfr/react-dsfr/Badge';

/** "Actif" / "Désactivé" badge of an account, or "Active" / "Désactivée" of an organisation. */
export function StatusBadge({ disabled, feminine = false }: { disabled: boolean; feminine?: boolean }) {
  const text = disabled ? (feminine ? 'Désactivée' : 'Désactivé') : feminine ? 'Active' : 'Actif';
  return (
    <Badge as="span" severity={disabled ? 'error' : 'success'} small noIcon>
      {text}
    </Badge>
  );
}
