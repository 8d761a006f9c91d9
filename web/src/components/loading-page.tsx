import { usePageTitle } from './use-page-title';

/** Shown while the session is being checked. */
export function LoadingPage() {
  usePageTitle('Chargement');
  return (
    <div className="fr-container fr-py-6w">
      <h1 className="fr-sr-only">Chargement</h1>
      <p role="status">Chargement…</p>
    </div>
  );
}
