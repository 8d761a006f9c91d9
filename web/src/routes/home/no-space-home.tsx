import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { NO_SPACE_TITLE } from '../../auth/spaces';
import { usePageTitle } from '../../components/use-page-title';

/** A professional account not yet attached to any organisation. */
export function NoSpaceHome() {
  usePageTitle(NO_SPACE_TITLE);
  return (
    <div className="fr-container fr-py-6w">
      <h1>{NO_SPACE_TITLE}</h1>
      <Alert
        severity="info"
        role="status"
        title="Votre compte n'est rattaché à aucune organisation"
        description="Demandez à l'administrateur de la plateforme de vous rattacher à votre organisation avec le rôle qui correspond à votre mission."
      />
    </div>
  );
}
