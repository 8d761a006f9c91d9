/** The signed-in person's name, shown in the header quick access area. */
export function HeaderUser({ id, displayName }: { id?: string; displayName: string }) {
  return (
    <p id={id} className="fr-icon-account-circle-line jalon-header-user">
      <span className="fr-sr-only">Connecté·e en tant que </span>
      {displayName}
    </p>
  );
}
