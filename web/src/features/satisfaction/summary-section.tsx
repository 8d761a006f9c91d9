import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState } from 'react';
import { SCALE_VALUES } from '../../../../common/satisfaction';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { formatDate } from '../../labels';
import { DateField } from '../pathways/form-fields';
import type { QuestionSummary, SatisfactionSummary } from './types';

const day = (d: Date) => d.toISOString().slice(0, 10);
const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
const percent = (n: number) => `${Math.round(n * 100)} %`;

function distributionOf(q: QuestionSummary, threshold: number): string {
  if (q.masked) return `Masquée (moins de ${threshold} réponses)`;
  if (!q.distribution) return '–';
  if (q.kind === 'yes_no') return `Oui : ${q.distribution.yes ?? 0} ; non : ${q.distribution.no ?? 0}`;
  return SCALE_VALUES.map((v) => `${v} : ${q.distribution?.[String(v)] ?? 0}`).join(' ; ');
}

function meanOf(q: QuestionSummary): string {
  if (q.kind !== 'scale') return '–';
  if (q.masked) return 'Masquée';
  return q.mean === null ? '–' : `${q.mean.toLocaleString('fr-FR')} / 5`;
}

/** The structure's aggregates over a period (by the date the questionnaires were sent). */
export function SummarySection({ organisationId }: { organisationId: string }) {
  const today = new Date();
  const [period, setPeriod] = useState({ from: `${today.getUTCFullYear()}-01-01`, to: day(today) });
  const valid = isDay(period.from) && isDay(period.to) && period.from <= period.to;
  const summary = useApi<SatisfactionSummary>(valid ? '/api/satisfaction/summary' : null, { organisationId, ...period });
  const data = summary.data;
  return (
    <section aria-labelledby="resultats" className="fr-mt-4w">
      <h2 id="resultats">Résultats des questionnaires</h2>
      <form className="fr-grid-row fr-grid-row--gutters" aria-label="Période" onSubmit={(e) => e.preventDefault()}>
        <div className="fr-col-12 fr-col-md-4">
          <DateField label="Envoyés à partir du" name="from" value={period.from} onChange={(from) => setPeriod((p) => ({ ...p, from }))} />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <DateField label="Jusqu’au" name="to" value={period.to} onChange={(to) => setPeriod((p) => ({ ...p, to }))} error={valid ? undefined : 'Indiquez une période dont la fin suit le début.'} />
        </div>
      </form>
      <ErrorAlert error={summary.error} title="Les résultats n’ont pas pu être chargés" />
      {summary.loading && !data && <Loading label="Calcul des résultats…" />}
      {data && (
        <>
          <p role="status">
            Du {formatDate(`${data.from}T12:00:00Z`)} au {formatDate(`${data.to}T12:00:00Z`)} : {data.sent} questionnaire(s) envoyé(s), {data.answered} réponse(s)
            {data.responseRate !== null && `, taux de réponse ${percent(data.responseRate)}`}.
          </p>
          {!data.insider && <p className="fr-text--sm">Hors de la structure, les moyennes et répartitions de moins de {data.maskThreshold} réponses sont masquées.</p>}
          <Table
            caption={`Résultats par question (questionnaire version ${data.version})`}
            headers={['Question', 'Réponses', 'Moyenne', 'Répartition']}
            data={data.questions.map((q) => [q.label, String(q.count), meanOf(q), q.kind === 'text' ? '–' : distributionOf(q, data.maskThreshold)])}
          />
          {data.comments && data.comments.length > 0 && (
            <>
              <h3 className="fr-h6">Commentaires libres</h3>
              <ul>
                {data.comments.map((c, i) => (
                  <li key={`${c.answeredAt}-${i}`}>
                    « {c.text} » <span className="fr-text--xs">({formatDate(c.answeredAt)})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
