import { Link } from 'react-router-dom';
import { formatDate } from '../../labels';
import { ACCESS_ROUTE_LABELS } from './certification-labels';
import type { CertificationView } from './types';

/** The registry facts: certificateur, status, dates, access routes, codes, previous and next records. */
export function RecordFacts({ record }: { record: CertificationView }) {
  const openRoutes = record.accessRoutes.filter((r) => r.active).map((r) => ACCESS_ROUTE_LABELS[r.route]);
  const codeList = (items: { code: string; label: string | null }[]) => items.map((k) => (k.label ? `${k.code} – ${k.label}` : k.code)).join(' ; ');
  return (
    <dl className="jalon-facts">
      <dt>Code</dt>
      <dd>{record.code}</dd>
      <dt>Niveau</dt>
      <dd>{record.levelLabel ?? 'Non précisé'}</dd>
      <dt>Certificateur{record.certificateurs.length > 1 ? 's' : ''}</dt>
      <dd>{record.certificateurs.map((c) => c.name).join(', ') || 'Non précisé'}</dd>
      <dt>Statut</dt>
      <dd>
        {record.active ? 'Active' : 'Inactive'}
        {record.state ? ` (${record.state})` : ''}
      </dd>
      {record.dates.decision && (
        <>
          <dt>Date de décision</dt>
          <dd>{formatDate(record.dates.decision)}</dd>
        </>
      )}
      {record.dates.registrationEnd && (
        <>
          <dt>Fin d’enregistrement</dt>
          <dd>{formatDate(record.dates.registrationEnd)}</dd>
        </>
      )}
      {record.dates.deliveryLimit && (
        <>
          <dt>Date limite de délivrance</dt>
          <dd>{formatDate(record.dates.deliveryLimit)}</dd>
        </>
      )}
      <dt>Voies d’accès</dt>
      <dd>{openRoutes.join(', ') || 'Non précisées'}</dd>
      {record.codes.rome.length > 0 && (
        <>
          <dt>Codes ROME</dt>
          <dd>{codeList(record.codes.rome)}</dd>
        </>
      )}
      {record.codes.nsf.length > 0 && (
        <>
          <dt>Codes NSF</dt>
          <dd>{codeList(record.codes.nsf)}</dd>
        </>
      )}
      {record.codes.formacode.length > 0 && (
        <>
          <dt>Formacodes</dt>
          <dd>{codeList(record.codes.formacode)}</dd>
        </>
      )}
      {record.previousCodes.length > 0 && (
        <>
          <dt>Certification précédente</dt>
          <dd>{codeLinks(record.previousCodes)}</dd>
        </>
      )}
      {record.nextCodes.length > 0 && (
        <>
          <dt>Certification suivante</dt>
          <dd>{codeLinks(record.nextCodes)}</dd>
        </>
      )}
    </dl>
  );
}

function codeLinks(codes: string[]) {
  return codes.map((code, i) => (
    <span key={code}>
      {i > 0 ? ', ' : ''}
      <Link to={`/certifications/${encodeURIComponent(code)}`}>{code}</Link>
    </span>
  ));
}
