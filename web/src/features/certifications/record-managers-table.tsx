import { Button } from '@codegouvfr/react-dsfr/Button';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { formatDate } from '../../labels';
import type { Manager } from './record-managers-options';

export const removeButtonId = (organisationId: string) => `retirer-gestionnaire-${organisationId}`;
export const CONFIRM_BUTTON_ID = 'confirmer-retrait-gestionnaire';

/** The managers of a record, each with its "Retirer" button; the removal is confirmed below the table. */
export function RecordManagersTable(props: {
  managers: Manager[];
  disabledIds: ReadonlySet<string>;
  confirming: Manager | null;
  pending: boolean;
  onAsk: (manager: Manager) => void;
  onConfirm: (manager: Manager) => void;
  onCancel: (manager: Manager) => void;
}) {
  const { managers, confirming, pending } = props;
  if (managers.length === 0) return <p>Aucune organisation ne gère cette fiche pour l’instant.</p>;
  return (
    <>
      <Table
        caption="Organisations gestionnaires de la fiche"
        noCaption
        headers={['Organisation', 'SIRET', 'Gestionnaire depuis le', 'Action']}
        data={managers.map((manager) => [
          props.disabledIds.has(manager.organisationId) ? `${manager.name} (organisation désactivée : ses agents ne peuvent rien modifier)` : manager.name,
          manager.siret ?? 'Non renseigné',
          formatDate(manager.createdAt),
          <Button
            key="remove"
            priority="tertiary"
            size="small"
            disabled={pending || confirming !== null}
            onClick={() => props.onAsk(manager)}
            nativeButtonProps={{ id: removeButtonId(manager.organisationId), 'aria-label': `Retirer ${manager.name}` }}
          >
            Retirer
          </Button>,
        ])}
      />
      {confirming && (
        <div role="group" aria-labelledby="confirmer-retrait" className="fr-callout fr-mb-3w">
          <p id="confirmer-retrait" className="fr-text--bold">
            Retirer {confirming.name} des organisations gestionnaires ?
          </p>
          <p>Ses agents certificateurs ne pourront plus modifier les informations VAE de cette fiche, sauf si son SIRET est celui d’un certificateur de la fiche.</p>
          <ul className="fr-btns-group fr-btns-group--inline-md fr-mb-0">
            <li>
              <Button onClick={() => props.onConfirm(confirming)} disabled={pending} nativeButtonProps={{ id: CONFIRM_BUTTON_ID }}>
                {pending ? 'Retrait en cours…' : 'Confirmer le retrait'}
              </Button>
            </li>
            <li>
              <Button priority="secondary" onClick={() => props.onCancel(confirming)} disabled={pending}>
                Annuler
              </Button>
            </li>
          </ul>
        </div>
      )}
    </>
  );
}
