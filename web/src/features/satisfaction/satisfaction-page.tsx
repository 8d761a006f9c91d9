import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { useMe } from '../../auth/auth-context';
import { usePageTitle } from '../../components/use-page-title';
import { ForbiddenPage } from '../../routes/forbidden-page';
import { ComplaintsSection } from './complaints-section';
import { SendSection } from './send-section';
import { SummarySection } from './summary-section';

const STRUCTURE_ROLES = ['referent', 'director', 'accompagnateur', 'conseiller'];
const SENDERS = ['referent', 'accompagnateur', 'conseiller'];
const SUMMARY_READERS = ['referent', 'director'];

/** `/satisfaction`: a structure's questionnaires, their aggregates, and the complaints about it. */
export function SatisfactionPage() {
  usePageTitle('Satisfaction et réclamations');
  const me = useMe();
  const memberships = me.memberships.filter((m) => STRUCTURE_ROLES.includes(m.role));
  const organisations = [...new Map(memberships.map((m) => [m.organisationId, m])).values()];
  const [organisationId, setOrganisationId] = useState(organisations[0]?.organisationId ?? '');
  if (!organisations.length) return <ForbiddenPage />;
  const rolesHere = memberships.filter((m) => m.organisationId === organisationId).map((m) => m.role);
  return (
    <div className="fr-container fr-pb-6w">
      <h1 className="fr-mt-4w">Satisfaction et réclamations</h1>
      <p>Les questionnaires de satisfaction envoyés aux candidats en fin d’assistance renforcée ou d’accompagnement, leurs résultats, et les réclamations qui concernent votre structure.</p>
      {organisations.length > 1 && (
        <Select label="Structure" nativeSelectProps={{ value: organisationId, onChange: (e) => setOrganisationId(e.target.value) }}>
          {organisations.map((m) => (
            <option key={m.organisationId} value={m.organisationId}>
              {m.organisationName}
            </option>
          ))}
        </Select>
      )}
      {rolesHere.some((r) => SUMMARY_READERS.includes(r)) && <SummarySection key={`s-${organisationId}`} organisationId={organisationId} />}
      <SendSection key={`q-${organisationId}`} organisationId={organisationId} canSend={rolesHere.some((r) => SENDERS.includes(r))} />
      <ComplaintsSection key={`c-${organisationId}`} organisationId={organisationId} />
    </div>
  );
}
