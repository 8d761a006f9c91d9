import { Button } from '@codegouvfr/react-dsfr/Button';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useRef, useState } from 'react';
import { CONDITION_STATUS_LABELS, IMPORTANCE_LABELS, SUPPORT_NATURE_LABELS } from '../../../../common/assistance';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { FocusOnChange } from '../pathways/focus-on-change';
import type { SectionProps } from './assistance-view';
import { SuggestionAddForm } from './suggestion-add-form';
import type { PathwayActor, SuggestionList } from './types';
import { assistancePath } from './use-assistance-action';

/** What Jalon suggests for the missing or partly met conditions of the current phase, and why. */
export function SuggestionsList({ assistance, actors, onChanged }: SectionProps & { actors: PathwayActor[] }) {
  const suggestions = useApi<SuggestionList>(assistancePath(assistance, '/suggestions'));
  const [open, setOpen] = useState<string | null>(null);
  const [added, setAdded] = useState<{ text: string } | null>(null);
  const { reload } = suggestions;
  // A new diagnostic or a new plan item changes what is worth suggesting.
  const signature = `${assistance.assessments.length}-${assistance.plan.length}`;
  const loadedFor = useRef(signature);
  useEffect(() => {
    if (loadedFor.current === signature) return;
    loadedFor.current = signature;
    reload();
  }, [signature, reload]);
  const items = suggestions.data?.items ?? [];
  return (
    <>
      <h3 className="fr-h5">Appuis suggérés</h3>
      {/* The added suggestion leaves the list: the confirmation is given here. */}
      <FocusOnChange trigger={added}>{added && <Alert severity="success" small className="fr-mb-3w" description={added.text} />}</FocusOnChange>
      <ErrorAlert error={suggestions.error} title="Les suggestions n’ont pas pu être chargées" />
      {suggestions.loading && !suggestions.data && <Loading label="Chargement des suggestions…" />}
      {suggestions.data && items.length === 0 && <p>Aucune suggestion : aucune condition de la phase actuelle n’est manquante ou partiellement réunie, ou leurs appuis sont déjà au plan.</p>}
      <ul className="jalon-plain-list">
        {items.map((suggestion) => (
          <li key={suggestion.supportCode} className="fr-mb-3w">
            <p className="fr-mb-1w">
              <strong>{suggestion.wording}</strong> ({SUPPORT_NATURE_LABELS[suggestion.nature].toLowerCase()})
            </p>
            <p className="fr-mb-1w">Pourquoi : {suggestion.explanation}</p>
            {suggestion.reasons.length > 0 && (
              <ul className="fr-mb-1w">
                {suggestion.reasons.map((reason) => (
                  <li key={reason.conditionCode}>
                    {reason.wording} : {CONDITION_STATUS_LABELS[reason.status].toLowerCase()} ({IMPORTANCE_LABELS[reason.importance].toLowerCase()})
                  </li>
                ))}
              </ul>
            )}
            {open === suggestion.supportCode ? (
              <SuggestionAddForm
                assistance={assistance}
                suggestion={suggestion}
                actors={actors}
                onCancel={() => setOpen(null)}
                onChanged={(next) => {
                  setAdded({ text: `« ${suggestion.wording} » est ajouté au plan d’appuis.` });
                  setOpen(null);
                  onChanged(next);
                }}
              />
            ) : (
              <Button type="button" size="small" priority="secondary" onClick={() => setOpen(suggestion.supportCode)}>
                Ajouter au plan<span className="fr-sr-only"> : {suggestion.wording}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
