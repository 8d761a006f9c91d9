import { Select } from '@codegouvfr/react-dsfr/Select';
import { Link } from 'react-router-dom';
import { CARRIER_KIND_LABELS, CARRIER_KINDS } from '../../../../common/assistance';
import { DateField } from '../pathways/form-fields';
import { carrierOrganisations, needsOrganisation } from './plan-groups';
import type { CarrierDraft } from './request-bodies';
import type { PathwayActor } from './types';

export interface CarrierFieldsProps {
  /** Makes the ids unique when several forms are open. */
  idPrefix: string;
  draft: CarrierDraft;
  set: (key: keyof CarrierDraft, value: string) => void;
  errorFor: (name: string) => string | undefined;
  actors: PathwayActor[];
  pathwayId: string;
}

/** Who carries a support (an organisation of the pathway for another actor) and by when. */
export function CarrierFields({ idPrefix, draft, set, errorFor, actors, pathwayId }: CarrierFieldsProps) {
  const kindError = errorFor('carrierKind');
  const organisationError = errorFor('carrierOrganisationId');
  const kind = (CARRIER_KINDS as readonly string[]).includes(draft.carrierKind) ? (draft.carrierKind as (typeof CARRIER_KINDS)[number]) : '';
  const organisations = carrierOrganisations(actors);
  return (
    <>
      <Select
        label="Porté par"
        state={kindError ? 'error' : 'default'}
        stateRelatedMessage={kindError}
        nativeSelectProps={{ id: `${idPrefix}-porteur`, name: 'carrierKind', value: draft.carrierKind, required: true, onChange: (e) => set('carrierKind', e.target.value), 'aria-invalid': kindError ? true : undefined }}
      >
        <option value="" disabled>
          Sélectionner qui porte l’appui
        </option>
        {CARRIER_KINDS.map((carrier) => (
          <option key={carrier} value={carrier}>
            {CARRIER_KIND_LABELS[carrier]}
          </option>
        ))}
      </Select>
      {needsOrganisation(kind) && (
        <Select
          label="Organisation qui porte l’appui"
          hint="Seules les organisations du parcours sont proposées."
          state={organisationError ? 'error' : 'default'}
          stateRelatedMessage={organisationError}
          nativeSelectProps={{
            id: `${idPrefix}-organisation`,
            name: 'carrierOrganisationId',
            value: draft.carrierOrganisationId,
            required: true,
            onChange: (e) => set('carrierOrganisationId', e.target.value),
            'aria-invalid': organisationError ? true : undefined,
          }}
        >
          <option value="" disabled>
            {organisations.length === 0 ? 'Aucune organisation sur le parcours' : 'Sélectionner une organisation'}
          </option>
          {organisations.map((actor) => (
            <option key={actor.organisationId} value={actor.organisationId}>
              {actor.organisationName} ({actor.roleLabel.toLowerCase()})
            </option>
          ))}
        </Select>
      )}
      {needsOrganisation(kind) && (
        <p className="fr-text--sm">
          L’organisation qui porte l’appui n’est pas dans la liste ? <Link to={`/parcours/${encodeURIComponent(pathwayId)}`}>Ajoutez d’abord l’organisation au parcours</Link>.
        </p>
      )}
      <DateField label="Échéance (facultatif)" name="dueOn" value={draft.dueOn} onChange={(value) => set('dueOn', value)} error={errorFor('dueOn')} />
    </>
  );
}
