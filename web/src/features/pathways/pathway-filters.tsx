import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { PATHWAY_STATE_LABELS, PATHWAY_STATES } from '../../../../common/pathway';
import { departementOptions } from '../../api/territories';
import type { Territories } from '../../api/types';

export const PATHWAY_FILTER_KEYS = ['state', 'certificationCode', 'departementCode', 'overdue', 'hasRemainingBlocs'] as const;
export type PathwayFilterValues = Record<(typeof PATHWAY_FILTER_KEYS)[number], string>;

/** The list's filters; applied on submit only, so the list never changes while the user picks. */
export function PathwayFilters(props: { values: PathwayFilterValues; territories: Territories | null; onApply: (values: PathwayFilterValues) => void }) {
  const [values, setValues] = useState(props.values);
  const set = (key: keyof PathwayFilterValues, value: string) => setValues((current) => ({ ...current, [key]: value }));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    props.onApply({ ...values, certificationCode: values.certificationCode.trim().toUpperCase() });
  };
  return (
    <form onSubmit={onSubmit} role="search" aria-label="Filtrer les parcours">
      <div className="jalon-filters fr-mb-0">
        <Select label="Étape" nativeSelectProps={{ name: 'state', value: values.state, onChange: (e) => set('state', e.target.value) }}>
          <option value="">Toutes les étapes</option>
          {PATHWAY_STATES.map((state) => (
            <option key={state} value={state}>
              {PATHWAY_STATE_LABELS[state]}
            </option>
          ))}
        </Select>
        <Input
          label="Code de la certification"
          hintText="Par exemple RNCP12345"
          nativeInputProps={{ name: 'certificationCode', value: values.certificationCode, onChange: (e) => set('certificationCode', e.target.value), spellCheck: false, maxLength: 40 }}
        />
        <Select label="Département du candidat" nativeSelectProps={{ name: 'departementCode', value: values.departementCode, onChange: (e) => set('departementCode', e.target.value) }}>
          <option value="">Tous les départements</option>
          {departementOptions(props.territories).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      </div>
      <Checkbox
        legend="Options"
        orientation="horizontal"
        options={[
          { label: 'Avec une échéance dépassée', nativeInputProps: { name: 'overdue', checked: values.overdue === 'true', onChange: (e) => set('overdue', e.target.checked ? 'true' : '') } },
          {
            label: 'Avec des blocs restant à valider',
            nativeInputProps: { name: 'hasRemainingBlocs', checked: values.hasRemainingBlocs === 'true', onChange: (e) => set('hasRemainingBlocs', e.target.checked ? 'true' : '') },
          },
        ]}
      />
      <Button type="submit" className="fr-mb-3w">
        Filtrer
      </Button>
    </form>
  );
}
