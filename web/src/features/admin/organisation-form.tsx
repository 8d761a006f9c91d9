import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import { departementOptions } from '../../api/territories';
import { ORG_KINDS, type OrgKind, type Organisation, type Territories } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { PickList } from '../../components/pick-list';
import { RequiredNotice } from '../../components/required-notice';
import { TextField } from '../../components/text-field';
import { useMutation } from '../../components/use-mutation';
import { compactErrors, focusFirstInvalid, REQUIRED_MESSAGE, requiredError } from '../../components/validation';
import { ORG_KIND_LABELS } from '../../labels';

const ORGANISATION_FIELDS = ['kind', 'name', 'siret', 'departementCodes'];

export interface OrganisationValues {
  kind: OrgKind;
  name: string;
  /** Null when left empty. */
  siret: string | null;
  departementCodes: string[];
}

export function normaliseSiret(value: string): string {
  return value.replace(/\s+/g, '');
}

export function siretError(value: string): string | undefined {
  const siret = normaliseSiret(value);
  if (siret === '') return undefined;
  return /^\d{14}$/.test(siret) ? undefined : 'Le SIRET comporte 14 chiffres.';
}

function isOrgKind(value: string): value is OrgKind {
  return (ORG_KINDS as readonly string[]).includes(value);
}

interface OrganisationFormProps {
  /** The organisation being edited; absent when creating. */
  initial?: Organisation;
  territories: Territories | null;
  submitLabel: string;
  onSubmit: (values: OrganisationValues) => Promise<Organisation>;
  onSaved: (organisation: Organisation) => void;
}

/** Creation and edition form of an organisation (the nature is chosen at creation only). */
export function OrganisationForm({ initial, territories, submitLabel, onSubmit, onSaved }: OrganisationFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<string>(initial?.kind ?? '');
  const [name, setName] = useState(initial?.name ?? '');
  const [siret, setSiret] = useState(initial?.siret ?? '');
  const [departementCodes, setDepartementCodes] = useState<string[]>(initial?.departementCodes ?? []);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const mutation = useMutation();
  const errorFor = (field: string) => localErrors[field] ?? mutation.fieldError(field);

  const onFormSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = compactErrors({
      kind: isOrgKind(kind) ? undefined : REQUIRED_MESSAGE,
      name: requiredError(name),
      siret: siretError(siret),
    });
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0 || !isOrgKind(kind)) {
      mutation.clearError();
      focusFirstInvalid(formRef.current);
      return;
    }
    const cleanSiret = normaliseSiret(siret);
    const result = await mutation.run(() =>
      onSubmit({ kind, name: name.trim(), siret: cleanSiret === '' ? null : cleanSiret, departementCodes }),
    );
    if (!result.ok) {
      focusFirstInvalid(formRef.current);
      return;
    }
    if (!initial) {
      setKind('');
      setName('');
      setSiret('');
      setDepartementCodes([]);
    }
    onSaved(result.value);
  };

  return (
    <form ref={formRef} onSubmit={(event) => void onFormSubmit(event)} noValidate>
      <ErrorAlert error={mutation.error} title="L'organisation n'a pas été enregistrée" fields={ORGANISATION_FIELDS} />
      <RequiredNotice />
      {initial ? null : (
        <Select
          label="Nature de l'organisation"
          state={errorFor('kind') ? 'error' : 'default'}
          stateRelatedMessage={errorFor('kind')}
          nativeSelectProps={{
            name: 'kind',
            value: kind,
            required: true,
            onChange: (event) => setKind(event.target.value),
            'aria-invalid': errorFor('kind') ? true : undefined,
          }}
        >
          <option value="" disabled>
            Sélectionner une nature
          </option>
          {ORG_KINDS.map((value) => (
            <option key={value} value={value}>
              {ORG_KIND_LABELS[value]}
            </option>
          ))}
        </Select>
      )}
      <TextField label="Nom" name="name" required value={name} onChange={setName} error={errorFor('name')} autoComplete="organization" />
      <TextField
        label="SIRET (facultatif)"
        hint="14 chiffres, par exemple 13002526500013"
        name="siret"
        inputMode="numeric"
        value={siret}
        onChange={setSiret}
        error={errorFor('siret')}
        autoComplete="off"
      />
      <PickList
        label="Départements d'intervention"
        optional
        options={departementOptions(territories)}
        selected={departementCodes}
        onChange={setDepartementCodes}
        addLabel="Ajouter le département"
        emptyText="Aucun département sélectionné."
        error={errorFor('departementCodes')}
      />
      <Button type="submit" disabled={mutation.pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
