import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type ReactNode } from 'react';
import type { OrgKind, Role } from '../../api/types';
import { useMe } from '../../auth/auth-context';

export interface OrganisationChoice {
  /** The organisations the person acts for with one of the roles (and kinds), without duplicates. */
  options: { id: string; name: string; kind: OrgKind; roles: Role[] }[];
  organisationId: string;
  /** A select when there is more than one organisation to choose from, else nothing. */
  picker: ReactNode;
}

/** Which of the person's organisations a page works for (a référent of two structures picks one). */
export function useOrganisationChoice(roles: readonly Role[], kinds?: readonly OrgKind[]): OrganisationChoice {
  const me = useMe();
  const byId = new Map<string, OrganisationChoice['options'][number]>();
  for (const m of me.memberships) {
    if (!roles.includes(m.role) || (kinds && !kinds.includes(m.organisationKind))) continue;
    const known = byId.get(m.organisationId);
    if (known) known.roles.push(m.role);
    else byId.set(m.organisationId, { id: m.organisationId, name: m.organisationName, kind: m.organisationKind, roles: [m.role] });
  }
  const options = [...byId.values()];
  const [chosen, setChosen] = useState(options[0]?.id ?? '');
  const organisationId = options.some((o) => o.id === chosen) ? chosen : (options[0]?.id ?? '');
  const picker =
    options.length > 1 ? (
      <Select label="Organisation" nativeSelectProps={{ value: organisationId, onChange: (e) => setChosen(e.target.value) }}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </Select>
    ) : null;
  return { options, organisationId, picker };
}

/** The year a dashboard shows: this year by default, the two before it on request. */
export function useYearChoice(): { year: number; picker: ReactNode } {
  const current = new Date().getFullYear();
  const [year, setYear] = useState(current);
  const picker = (
    <Select label="Année" nativeSelectProps={{ value: String(year), onChange: (e) => setYear(Number(e.target.value)) }}>
      {[current + 1, current, current - 1, current - 2].map((y) => (
        <option key={y} value={y}>
          {y}
        </option>
      ))}
    </Select>
  );
  return { year, picker };
}
