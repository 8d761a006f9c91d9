import type { SectionProps } from './assistance-view';
import { CustomSupportForm } from './custom-support-form';
import { PlanTable } from './plan-table';
import { SuggestionsList } from './suggestions-list';
import type { Catalogue, PathwayActor } from './types';

/** "Plan d'appuis": suggestions, a support of one's own, and the plan grouped by carrier. */
export function PlanSection({ assistance, catalogue, actors, onChanged }: SectionProps & { catalogue: Catalogue | null; actors: PathwayActor[] }) {
  const conditions = new Map((catalogue?.conditions ?? []).map((condition) => [condition.code, condition]));
  const editable = assistance.canEdit && assistance.status === 'open';
  return (
    <section aria-labelledby="plan-appuis" className="fr-mt-6w">
      <h2 id="plan-appuis">Plan d’appuis</h2>
      {editable && <SuggestionsList assistance={assistance} actors={actors} onChanged={onChanged} />}
      {editable && <CustomSupportForm assistance={assistance} actors={actors} onChanged={onChanged} />}
      <PlanTable assistance={assistance} conditions={conditions} onChanged={onChanged} />
    </section>
  );
}
