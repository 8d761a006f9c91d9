import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { useApi } from '../../api/use-api';

interface Criterion {
  code: string;
  label: string;
}

/** The commanditaire's eligibility criteria for the structure, ticked when the candidate meets them. */
export function EligibilityFields({ organisationId, met, onChange }: { organisationId: string; met: ReadonlySet<string>; onChange: (code: string, value: boolean) => void }) {
  const criteria = useApi<{ items: Criterion[] }>(organisationId ? '/api/assistance/eligibility-criteria' : null, { organisationId });
  const items = criteria.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Checkbox
      legend="Critères d’éligibilité du commanditaire"
      hintText="Cochez les critères que la situation du candidat remplit."
      options={items.map((c) => ({ label: c.label, nativeInputProps: { name: `eligibilite-${c.code}`, checked: met.has(c.code), onChange: (e) => onChange(c.code, e.target.checked) } }))}
    />
  );
}
