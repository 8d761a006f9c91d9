import { Table } from '@codegouvfr/react-dsfr/Table';
import { CertificationCodeLink } from './certification-code-link';
import { blocCodesLabel } from './record-format';
import type { CertificationView } from './types';

/** Blocs of this record that correspond to blocs (or the whole) of another certification, as the registry lists them. */
export function RecordCorrespondences({ correspondences, codesInCatalogue }: { correspondences: CertificationView['blocCorrespondences']; codesInCatalogue: readonly string[] }) {
  if (correspondences.length === 0) return null;
  return (
    <>
      <h3 id="correspondances">Correspondances avec d’autres certifications</h3>
      <Table
        caption="Correspondances entre blocs de compétences"
        noCaption
        headers={['Blocs de cette certification', 'Certification correspondante', 'Blocs correspondants']}
        data={correspondences.map((c) => [
          blocCodesLabel(c.sourceBlocCodes),
          c.targetCode ? <CertificationCodeLink key="target" code={c.targetCode} codesInCatalogue={codesInCatalogue} /> : 'Non précisée',
          c.targetCode || c.targetBlocCodes.length > 0 ? blocCodesLabel(c.targetBlocCodes) : '—',
        ])}
      />
    </>
  );
}
