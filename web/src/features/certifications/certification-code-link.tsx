import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/**
 * A certification the record names (previous, next, correspondence, equivalence): a link to its
 * page when the catalogue holds it, plain text otherwise, so no link leads to "introuvable".
 */
export function CertificationCodeLink(props: { code: string; codesInCatalogue: readonly string[]; children?: ReactNode }) {
  const label = props.children ?? props.code;
  if (!props.codesInCatalogue.includes(props.code)) return <>{label}</>;
  return <Link to={`/certifications/${encodeURIComponent(props.code)}`}>{label}</Link>;
}
