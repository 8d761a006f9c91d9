import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Loading } from '../../components/loading';
import { AssessmentForm } from './assessment-form';
import { AssessmentHistory } from './assessment-history';
import type { SectionProps } from './assistance-view';
import { ComparisonPicker } from './comparison-picker';
import type { Catalogue } from './types';

/** "Diagnostic des conditions de réussite": a new assessment, the history and the comparison. */
export function DiagnosticSection({ assistance, catalogue, onChanged }: SectionProps & { catalogue: Catalogue | null }) {
  const conditions = new Map((catalogue?.conditions ?? []).map((condition) => [condition.code, condition]));
  return (
    <section aria-labelledby="diagnostic" className="fr-mt-6w">
      <h2 id="diagnostic">Diagnostic des conditions de réussite</h2>
      <Alert
        severity="info"
        small
        className="fr-mb-3w"
        description="Une situation de handicap n’est jamais un motif de refus : elle appelle des aménagements, à prévoir dans le plan d’appuis."
      />
      {assistance.canEdit && assistance.status === 'open' && (catalogue ? <AssessmentForm assistance={assistance} conditions={catalogue.conditions} onChanged={onChanged} /> : <Loading label="Chargement des conditions à évaluer…" />)}
      <AssessmentHistory assessments={assistance.assessments} conditions={conditions} />
      <ComparisonPicker assistance={assistance} />
    </section>
  );
}
