import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { CONDITION_STATUS_LABELS, CONDITION_STATUSES, IMPORTANCE_LABELS, type ConditionStatus } from '../../../../common/assistance';
import { TextField } from '../../components/text-field';
import type { Condition } from './types';

export interface ConditionRowProps {
  condition: Condition;
  status: ConditionStatus;
  comment: string;
  onStatus: (status: ConditionStatus) => void;
  onComment: (comment: string) => void;
}

/** One condition: its status as a radio group named by the condition, and a comment. */
export function ConditionRow({ condition, status, comment, onStatus, onComment }: ConditionRowProps) {
  return (
    <div className="fr-pb-2w fr-mb-2w" style={{ borderBottom: '1px solid var(--border-default-grey)' }}>
      <RadioButtons
        legend={condition.wording}
        hintText={
          <>
            <Badge as="span" severity={condition.importance === 'important' ? 'warning' : 'info'} small noIcon>
              {IMPORTANCE_LABELS[condition.importance]}
            </Badge>
            {condition.field === 'accompagnateur' && ' À apprécier avec l’accompagnateur.'}
          </>
        }
        name={`statut-${condition.code}`}
        orientation="horizontal"
        small
        options={CONDITION_STATUSES.map((value) => ({
          label: CONDITION_STATUS_LABELS[value],
          nativeInputProps: { value, checked: status === value, onChange: () => onStatus(value) },
        }))}
      />
      <TextField
        label={
          <>
            Commentaire<span className="fr-sr-only"> sur « {condition.wording} »</span> (facultatif)
          </>
        }
        name={`commentaire-${condition.code}`}
        value={comment}
        onChange={onComment}
        maxLength={2000}
      />
    </div>
  );
}
