import { Table } from '@codegouvfr/react-dsfr/Table';
import { formatPercent } from './certification-labels';
import type { CertificationView } from './types';

const count = (n: number | null) => (n == null ? '—' : n.toLocaleString('fr-FR'));

/** Yearly figures published by France Compétences (certified people, by VAE, insertion). */
export function StatisticsTable({ statistics }: { statistics: CertificationView['statistics'] }) {
  if (statistics.length === 0) return null;
  return (
    <section aria-labelledby="statistiques" className="fr-mt-6w">
      <h2 id="statistiques">Statistiques</h2>
      <Table
        caption="Certifiés par année"
        headers={['Année', 'Certifiés', 'Dont par la VAE', 'Insertion à 6 mois', 'Insertion dans le métier à 2 ans']}
        data={statistics.map((s) => [String(s.year), count(s.certified), count(s.certifiedByVae), formatPercent(s.insertionRate6Months), formatPercent(s.jobInsertionRate2Years)])}
      />
    </section>
  );
}
