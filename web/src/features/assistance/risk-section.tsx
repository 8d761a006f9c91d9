import type { Assistance } from './types';
import { RiskBadge, RiskReasons } from './risk-badge';

/** "Risque de décrochage": the level, why, and what to do about it. */
export function RiskSection({ risk }: { risk: Assistance['risk'] }) {
  return (
    <section aria-labelledby="risque" className="fr-mt-6w">
      <h2 id="risque">Risque de décrochage</h2>
      <p>
        Niveau : <RiskBadge level={risk.level} />
      </p>
      <RiskReasons reasons={risk.reasons} />
    </section>
  );
}
