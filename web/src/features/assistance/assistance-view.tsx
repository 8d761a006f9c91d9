import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { AgreementSection } from './agreement-section';
import { ClosureSection } from './closure-section';
import { CommitmentsSection } from './commitments-section';
import { DiagnosticSection } from './diagnostic-section';
import { PlanSection } from './plan-section';
import { RiskSection } from './risk-section';
import type { Assistance, Catalogue, Pathway } from './types';
import { WelcomeSection } from './welcome-section';

export interface SectionProps {
  assistance: Assistance;
  onChanged: (assistance: Assistance) => void;
}

/** The assistance, section by section; the forms only show to those who may edit. */
export function AssistanceView({ assistance, pathway, onChanged }: SectionProps & { pathway: Pathway }) {
  const catalogue = useApi<Catalogue>('/api/assistance/catalogue', { organisationId: assistance.organisation.id });
  return (
    <>
      {assistance.status === 'closed' ? (
        <p className="fr-text--sm">Cette assistance renforcée est clôturée : elle se consulte sans pouvoir être modifiée.</p>
      ) : (
        !assistance.canEdit && <p className="fr-text--sm">L’assistance renforcée est conduite par {assistance.organisation.name}. Vous la consultez sans pouvoir la modifier.</p>
      )}
      <ErrorAlert error={catalogue.error} title="Le catalogue des conditions et des appuis n’a pas pu être chargé" />
      <WelcomeSection assistance={assistance} />
      <RiskSection risk={assistance.risk} />
      <DiagnosticSection assistance={assistance} catalogue={catalogue.data} onChanged={onChanged} />
      <PlanSection assistance={assistance} catalogue={catalogue.data} actors={pathway.actors} onChanged={onChanged} />
      <AgreementSection assistance={assistance} onChanged={onChanged} />
      <CommitmentsSection assistance={assistance} onChanged={onChanged} />
      <ClosureSection assistance={assistance} onChanged={onChanged} />
    </>
  );
}
