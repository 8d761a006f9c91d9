import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { apiFetch } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useMutation } from '../../components/use-mutation';
import { fromDraft, toDraft, type EnrichmentDraft } from './enrichment-draft';
import type { CertificationEnrichment, CertificationView } from './types';

type Field = keyof EnrichmentDraft;

/** The certificateur's edit of the record's VAE information (where to file, jury, rates, conditions). */
export function EnrichmentForm(props: { code: string; enrichment: CertificationEnrichment | null; onSaved: () => void; onCancel: () => void }) {
  const [draft, setDraft] = useState<EnrichmentDraft>(() => toDraft(props.enrichment));
  const mutation = useMutation();
  const set = (field: Field) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = fromDraft(draft, props.enrichment);
    const result = await mutation.run(() => apiFetch<CertificationView>(`/api/certifications/${encodeURIComponent(props.code)}/enrichment`, { method: 'PUT', body }));
    if (result.ok) props.onSaved();
  };

  const input = (field: Field, label: string, hint?: string, numeric = false) => (
    <Input
      label={label}
      hintText={hint}
      nativeInputProps={{ name: field, value: draft[field], onChange: (e) => set(field)(e.target.value), inputMode: numeric ? 'decimal' : undefined }}
    />
  );
  const area = (field: Field, label: string, hint: string) => (
    <Input label={label} hintText={hint} textArea nativeTextAreaProps={{ name: field, value: draft[field], onChange: (e) => set(field)(e.target.value), rows: 4 }} />
  );

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="modifier-vae" className="fr-p-3w jalon-edit-form">
      <h2 id="modifier-vae">Modifier les informations VAE</h2>
      <p className="fr-hint-text">Tous les champs sont facultatifs. Les autres informations (tarifs, formation, dispenses) sont conservées.</p>
      <ErrorAlert error={mutation.error} title="Les informations n’ont pas été enregistrées" />
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Où déposer sa demande</legend>
        {input('filingBody', 'Organisme de dépôt', 'Ex. DAVA de l’académie de résidence')}
        {area('steps', 'Étapes', 'Une étape par ligne')}
        {input('admissibilityDelayMonths', 'Délai de réponse sur la recevabilité (mois)', undefined, true)}
      </fieldset>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Le jury</legend>
        {input('juryDuration', 'Durée de l’entretien (minutes)', undefined, true)}
        {input('juryPresentation', 'Durée de la présentation libre (minutes)', undefined, true)}
        {input('juryComposition', 'Composition')}
        {area('juryDescription', 'Déroulement', 'Un paragraphe par ligne')}
      </fieldset>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Taux de validation (en %)</legend>
        {input('rateTotal', 'Validation totale', undefined, true)}
        {input('ratePartial', 'Validation partielle', undefined, true)}
        {input('rateRefusal', 'Aucune validation', undefined, true)}
        {input('rateSource', 'Source des taux')}
      </fieldset>
      {area('validationConditions', 'Conditions de validation', 'Une condition par ligne')}
      <ul className="fr-btns-group fr-btns-group--inline">
        <li>
          <Button type="submit" disabled={mutation.pending}>
            Enregistrer
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={props.onCancel}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
