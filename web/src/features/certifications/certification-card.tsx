import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { levelLabel } from './certification-labels';
import type { CertificationSummary } from './types';

/** One search result: code, title, level and certificateur, the whole card links to the record. */
export function CertificationCard({ item }: { item: CertificationSummary }) {
  return (
    <Card
      titleAs="h3"
      title={item.title}
      linkProps={{ to: `/certifications/${encodeURIComponent(item.code)}` }}
      enlargeLink
      size="small"
      start={
        <ul className="fr-badges-group">
          <li>
            <Badge small severity="info" noIcon>
              {item.code}
            </Badge>
          </li>
          <li>
            <Badge small noIcon>
              {levelLabel(item.level)}
            </Badge>
          </li>
          {item.vaeOpen && (
            <li>
              <Badge small severity="success" noIcon>
                Ouverte à la VAE
              </Badge>
            </li>
          )}
          {!item.active && (
            <li>
              <Badge small severity="warning" noIcon>
                Inactive
              </Badge>
            </li>
          )}
        </ul>
      }
      desc={item.certificateurs.map((c) => c.name).join(', ') || 'Certificateur non précisé'}
      detail={item.blocCount > 0 ? `${item.blocCount} bloc${item.blocCount > 1 ? 's' : ''} de compétences` : undefined}
    />
  );
}
