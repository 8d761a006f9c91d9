/** An inline, announced loading message. */
export function Loading({ label = 'Chargement…' }: { label?: string }) {
  return (
    <p role="status" className="fr-my-2w">
      {label}
    </p>
  );
}
