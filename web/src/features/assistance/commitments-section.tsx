import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState, type FormEvent } from 'react';
import { TextField } from '../../components/text-field';
import { formatDate } from '../../labels';
import { DateField } from '../pathways/form-fields';
import { ActionFeedback } from './action-feedback';
import { COMMITMENT_STATUS_LABELS } from './assistance-format';
import type { SectionProps } from './assistance-view';
import { buildCommitmentBody } from './request-bodies';
import type { Commitment } from './types';
import { assistancePath, useAssistanceAction } from './use-assistance-action';

function byDueDate(a: Commitment, b: Commitment) {
  return a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0;
}

/** "Engagements et rétroplanning": what was agreed, by when, and whether it was kept. */
export function CommitmentsSection({ assistance, onChanged }: SectionProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState({ label: '', dueOn: '' });
  const action = useAssistanceAction(onChanged);
  const editable = assistance.canEdit && assistance.status === 'open';
  const commitments = [...assistance.commitments].sort(byDueDate);

  const mark = (commitment: Commitment, status: 'met' | 'dropped') => {
    const done = status === 'met' ? 'tenu' : 'abandonné';
    const path = assistancePath(assistance, `/commitments/${encodeURIComponent(commitment.id)}`);
    void action.submit(null, { ok: true, body: { status } }, 'PATCH', path, `Engagement « ${commitment.label} » marqué ${done}.`);
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const saved = await action.submit(formRef.current, buildCommitmentBody(draft), 'POST', assistancePath(assistance, '/commitments'), 'L’engagement est ajouté au rétroplanning.');
    if (saved) setDraft({ label: '', dueOn: '' });
  };

  return (
    <section aria-labelledby="engagements" className="fr-mt-6w">
      <h2 id="engagements">Engagements et rétroplanning</h2>
      <ActionFeedback outcome={action.outcome} errorTitle="L’engagement n’a pas été enregistré" fields={['label', 'dueOn']} />
      {commitments.length === 0 ? (
        <p>Aucun engagement n’est encore fixé.</p>
      ) : (
        <ul className="jalon-plain-list">
          {commitments.map((commitment) => (
            <li key={commitment.id} className="fr-mb-2w">
              <strong>{commitment.label}</strong> — pour le {formatDate(commitment.dueOn)} ; {COMMITMENT_STATUS_LABELS[commitment.status].toLowerCase()}
              {commitment.metAt && ` le ${formatDate(commitment.metAt)}`}{' '}
              {commitment.overdue && commitment.status === 'open' && (
                <Badge as="span" severity="error" small noIcon>
                  En retard
                </Badge>
              )}
              {editable && commitment.status === 'open' && (
                <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-mt-1w">
                  <li>
                    <Button type="button" priority="secondary" disabled={action.pending} onClick={() => mark(commitment, 'met')}>
                      Marquer comme tenu<span className="fr-sr-only"> : {commitment.label}</span>
                    </Button>
                  </li>
                  <li>
                    <Button type="button" priority="tertiary" disabled={action.pending} onClick={() => mark(commitment, 'dropped')}>
                      Abandonner<span className="fr-sr-only"> : {commitment.label}</span>
                    </Button>
                  </li>
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="nouvel-engagement" className="fr-p-3w fr-background-alt--grey">
          <h3 id="nouvel-engagement" className="fr-h5">
            Ajouter un engagement
          </h3>
          <TextField label="Engagement" name="label" value={draft.label} onChange={(label) => setDraft((d) => ({ ...d, label }))} error={action.errorFor('label')} maxLength={300} required />
          <DateField label="Échéance" name="dueOn" value={draft.dueOn} onChange={(dueOn) => setDraft((d) => ({ ...d, dueOn }))} error={action.errorFor('dueOn')} required />
          <Button type="submit" disabled={action.pending}>
            Ajouter l’engagement
          </Button>
        </form>
      )}
    </section>
  );
}
