import { Table } from '@codegouvfr/react-dsfr/Table';
import { formatPercent } from './certification-labels';
import type { CertificationEnrichment, CertificationView } from './types';

const count = (n: number | null) => (n == null ? '—' : n.toLocaleString('fr-FR'));

type Insertion = NonNullable<CertificationEnrichment['insertion']>;

/** "Chiffres clés": the yearly figures published by France compétences, then the insertion figures of the VAE information, with their source. */
export function StatisticsTable({ statistics, insertion }: { statistics: CertificationView['statistics']; insertion: Insertion | null }) {
  const withInsertion = insertion != null && (insertion.rates.length > 0 || insertion.notes.length > 0);
  if (statistics.length === 0 && !withInsertion) return null;
  return (
    <section aria-labelledby="chiffres" className="fr-mt-6w">
      <h2 id="chiffres">Chiffres clés</h2>
      {statistics.length > 0 && (
        <>
          <h3>Certifiés par année</h3>
          <Table
            caption="Certifiés par année (source : France compétences)"
            noCaption
            headers={['Année', 'Certifiés', 'Dont par la VAE', 'Insertion à 6 mois', 'Insertion dans le métier à 2 ans']}
            data={statistics.map((s) => [String(s.year), count(s.certified), count(s.certifiedByVae), formatPercent(s.insertionRate6Months), formatPercent(s.jobInsertionRate2Years)])}
          />
          <p className="fr-text--sm">Source : France compétences</p>
        </>
      )}
      {withInsertion && <InsertionFigures insertion={insertion} />}
    </section>
  );
}

function InsertionFigures({ insertion }: { insertion: Insertion }) {
  const origin = [insertion.source, insertion.year != null ? String(insertion.year) : null].filter(Boolean).join(', ');
  return (
    <>
      <h3>Insertion professionnelle</h3>
      {insertion.rates.length > 0 && (
        <Table
          caption={`Taux d’insertion${origin ? ` (source : ${origin})` : ''}`}
          noCaption
          headers={['Indicateur', 'Taux']}
          data={insertion.rates.map((r) => [r.label, formatPercent(r.value)])}
        />
      )}
      {origin && <p className="fr-text--sm">Source : {origin}</p>}
      {insertion.notes.length > 0 && (
        <ul>
          {insertion.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
    </>
  );
}
