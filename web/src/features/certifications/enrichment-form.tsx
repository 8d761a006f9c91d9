import './enrichment-form.css';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { apiFetch } from '../../api/client';
import { useMutation } from '../../components/use-mutation';
import { DispensesFields, EquivalencesFields, FurtherStudiesFields } from './enrichment-bridges';
import { toDraft, type EnrichmentDraft } from './enrichment-draft';
import { FieldErrorsContext, type FieldErrors } from './enrichment-fields';
import { ConditionsField, FilingFields, JuryFields, RatesFields } from './enrichment-general';
import { InsertionFields } from './enrichment-insertion';
import { SaveMessage, type SaveOutcome } from './enrichment-messages';
import { PricesFields } from './enrichment-prices';
import { BlocNotesFields, RomeFields, SourcesFields } from './enrichment-references';
import { TrainingFields } from './enrichment-training';
import { validateDraft } from './enrichment-validation';
import type { CertificationEnrichment, CertificationView } from './types';

/**
 * The certificateur's edit of the whole VAE enrichment of a record. The draft is checked before
 * anything is sent; after a save the form stays open with its message, and "Fermer" goes back
 * to the record (reloaded through `onSaved`).
 */
export function EnrichmentForm(props: {
  code: string;
  /** The record's blocs: a bloc note is about one of them. */
  blocs: CertificationView['blocs'];
  enrichment: CertificationEnrichment | null;
  onSaved: () => void;
  onCancel: () => void;
  /** After each save: the page behind the form shows the stored values at once. */
  onStored?: () => void;
}) {
  const [draft, setDraft] = useState<EnrichmentDraft>(() => toDraft(props.enrichment));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<SaveOutcome>(null);
  const [savedOnce, setSavedOnce] = useState(false);
  // Bumped to move the focus to the message once it is rendered.
  const [messageTurn, setMessageTurn] = useState(0);
  const messageRef = useRef<HTMLDivElement>(null);
  const mutation = useMutation();

  useEffect(() => {
    if (messageTurn > 0) messageRef.current?.focus();
  }, [messageTurn]);

  const fieldErrors = useMemo<FieldErrors>(
    () => ({
      errors,
      clear: (path) => setErrors(({ [path]: _gone, ...rest }) => rest),
      clearUnder: (path) => setErrors((all) => Object.fromEntries(Object.entries(all).filter(([p]) => !p.startsWith(`${path}.`)))),
    }),
    [errors],
  );

  const part = <K extends keyof EnrichmentDraft>(key: K) => ({
    value: draft[key],
    onChange: (value: EnrichmentDraft[K]) => {
      setDraft((d) => ({ ...d, [key]: value }));
      // "Enregistrées" no longer describes a draft changed since.
      setOutcome((o) => (o?.kind === 'saved' ? null : o));
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (mutation.pending) return;
    const checked = validateDraft(draft, { blocCodes: props.blocs.map((b) => b.code) });
    if (!checked.ok) {
      setErrors(Object.fromEntries(checked.issues.map((issue) => [issue.path, issue.message])));
      setOutcome({ kind: 'invalid', issues: checked.issues });
      setMessageTurn((n) => n + 1);
      return;
    }
    setErrors({});
    const result = await mutation.run(() => apiFetch<CertificationView>(`/api/certifications/${encodeURIComponent(props.code)}/enrichment`, { method: 'PUT', body: checked.enrichment }));
    if (result.ok) {
      setDraft(toDraft(result.value.enrichment));
      setSavedOnce(true);
      setOutcome({ kind: 'saved' });
      props.onStored?.();
    } else {
      setOutcome({ kind: 'refused', error: result.error });
    }
    setMessageTurn((n) => n + 1);
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="modifier-vae" className="fr-p-3w jalon-edit-form jalon-enrichment-form" noValidate>
      <h2 id="modifier-vae">Modifier les informations VAE</h2>
      <p className="fr-hint-text">
        Tous les champs sont facultatifs, sauf ceux marqués « Obligatoire » dans une ligne que vous remplissez. Les nombres s’écrivent sans unité, avec une virgule pour les décimales (ex. 12,5). Une ligne ajoutée puis laissée vide n’est
        pas enregistrée.
      </p>
      <SaveMessage outcome={outcome} ref={messageRef} />
      <FieldErrorsContext value={fieldErrors}>
        <FilingFields {...part('filing')} />
        <JuryFields {...part('jury')} />
        <RatesFields {...part('rates')} />
        <ConditionsField {...part('validationConditions')} />
        <DispensesFields {...part('dispenses')} />
        <EquivalencesFields {...part('equivalences')} />
        <FurtherStudiesFields {...part('furtherStudies')} />
        <InsertionFields {...part('insertion')} />
        <TrainingFields {...part('training')} />
        <PricesFields {...part('prices')} />
        <BlocNotesFields {...part('blocNotes')} blocs={props.blocs} />
        <RomeFields {...part('romeAppellations')} />
        <SourcesFields {...part('sources')} />
      </FieldErrorsContext>
      <ul className="fr-btns-group fr-btns-group--inline">
        <li>
          <Button type="submit" disabled={mutation.pending}>
            {mutation.pending ? 'Enregistrement…' : 'Enregistrer'}
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={savedOnce ? props.onSaved : props.onCancel}>
            {savedOnce ? 'Fermer et revenir à la fiche' : 'Annuler'}
          </Button>
        </li>
      </ul>
    </form>
  );
}
