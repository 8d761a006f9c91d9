import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { RISK_LEVEL_LABELS, type RiskLevel } from '../../../../common/assistance';
import { RISK_SEVERITY } from './assistance-format';

/** The level in words; the colour only repeats it. */
export function RiskBadge({ level }: { level: RiskLevel }) {
  return (
    <Badge as="span" severity={RISK_SEVERITY[level]} small noIcon>
      {RISK_LEVEL_LABELS[level]}
    </Badge>
  );
}

/** Each reason with the action it calls for. */
export function RiskReasons({ reasons }: { reasons: { code: string; text: string; action: string }[] }) {
  if (reasons.length === 0) return <p className="fr-mb-0">Aucun signal de décrochage.</p>;
  return (
    <ul className="fr-mb-0">
      {reasons.map((reason) => (
        <li key={reason.code}>
          {reason.text}
          <br />
          <span className="fr-text--sm">Action à mener : {reason.action}</span>
        </li>
      ))}
    </ul>
  );
}
