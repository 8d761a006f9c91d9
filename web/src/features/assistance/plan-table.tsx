import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { CARRIER_KIND_LABELS, CONDITION_STATUS_LABELS, PLAN_ITEM_STATUS_LABELS, SUPPORT_NATURE_LABELS } from '../../../../common/assistance';
import { formatDate } from '../../labels';
import type { SectionProps } from './assistance-view';
import { groupPlanItems, type PlanGroup } from './plan-groups';
import { PlanItemEditor } from './plan-item-editor';
import type { Condition, PlanItem } from './types';

function carrierText(item: PlanItem): string {
  const kind = CARRIER_KIND_LABELS[item.carrierKind];
  return item.carrierOrganisationName ? `${kind} : ${item.carrierOrganisationName}` : kind;
}

function ItemRow({ item, conditions, canEdit, onEdit }: { item: PlanItem; conditions: Map<string, Condition>; canEdit: boolean; onEdit: () => void }) {
  return (
    <tr>
      <th scope="row">
        {item.wording}
        <br />
        <span className="fr-text--sm fr-text--regular">{SUPPORT_NATURE_LABELS[item.nature]}</span>
        {item.reasons.length > 0 && (
          <span className="fr-text--sm fr-text--regular">
            <br />
            Pour : {item.reasons.map((r) => `${conditions.get(r.conditionCode)?.wording ?? r.conditionCode} (${CONDITION_STATUS_LABELS[r.status].toLowerCase()})`).join(' ; ')}
          </span>
        )}
      </th>
      <td>{carrierText(item)}</td>
      <td>
        {item.dueOn ? formatDate(item.dueOn) : '—'}
        {item.overdue && (
          <>
            {' '}
            <Badge as="span" severity="error" small noIcon>
              En retard
            </Badge>
          </>
        )}
      </td>
      <td>{PLAN_ITEM_STATUS_LABELS[item.status]}</td>
      <td>
        {item.feedback && <p className="fr-text--sm fr-mb-1w">Retour : {item.feedback}</p>}
        {item.effect && <p className="fr-text--sm fr-mb-1w">Effet observé : {item.effect}</p>}
        {!item.feedback && !item.effect && '—'}
      </td>
      {canEdit && (
        <td>
          <Button type="button" size="small" priority="tertiary" onClick={onEdit}>
            Mettre à jour<span className="fr-sr-only"> : {item.wording}</span>
          </Button>
        </td>
      )}
    </tr>
  );
}

function GroupTable({ group, conditions, props }: { group: PlanGroup; conditions: Map<string, Condition>; props: SectionProps }) {
  const [editing, setEditing] = useState<string | null>(null);
  const canEdit = props.assistance.canEdit && props.assistance.status === 'open';
  const edited = group.items.find((item) => item.id === editing);
  return (
    <>
      <h3 className="fr-h5">{group.title}</h3>
      <div className="fr-table fr-table--no-caption">
        <table>
          <caption>Plan d’appuis : {group.title.toLowerCase()}</caption>
          <thead>
            <tr>
              <th scope="col">Appui</th>
              <th scope="col">Porté par</th>
              <th scope="col">Échéance</th>
              <th scope="col">Statut</th>
              <th scope="col">Retour et effet</th>
              {canEdit && <th scope="col">Suivi</th>}
            </tr>
          </thead>
          <tbody>
            {group.items.map((item) => (
              <ItemRow key={item.id} item={item} conditions={conditions} canEdit={canEdit} onEdit={() => setEditing(item.id)} />
            ))}
          </tbody>
        </table>
      </div>
      {edited && <PlanItemEditor key={edited.id} item={edited} assistance={props.assistance} onChanged={props.onChanged} onClose={() => setEditing(null)} />}
    </>
  );
}

/** The plan, one table per kind of carrier: the référent, the candidate, the other actors. */
export function PlanTable({ conditions, ...props }: SectionProps & { conditions: Map<string, Condition> }) {
  const groups = groupPlanItems(props.assistance.plan).filter((group) => group.items.length > 0);
  if (groups.length === 0) return <p>Le plan d’appuis est vide.</p>;
  return (
    <>
      {groups.map((group) => (
        <GroupTable key={group.key} group={group} conditions={conditions} props={props} />
      ))}
    </>
  );
}
