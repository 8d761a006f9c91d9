import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { CONDITION_STATUS_LABELS } from '../../../../common/assistance';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { formatDateTime } from '../../labels';
import { assessmentTitle, CHANGE_LABELS, comparisonSummaryText } from './assistance-format';
import type { Assessment, Assistance, Comparison } from './types';
import { assistancePath } from './use-assistance-action';

function ComparisonTable({ comparison }: { comparison: Comparison }) {
  return (
    <>
      <p role="status">Évolution : {comparisonSummaryText(comparison.summary)}.</p>
      <div className="fr-table">
        <table>
          <caption>
            Évolution des conditions entre le diagnostic du {formatDateTime(comparison.before.assessedAt)} et celui du {formatDateTime(comparison.after.assessedAt)}
          </caption>
          <thead>
            <tr>
              <th scope="col">Condition</th>
              <th scope="col">Avant</th>
              <th scope="col">Après</th>
              <th scope="col">Évolution</th>
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((row) => (
              <tr key={row.conditionCode}>
                <th scope="row">{row.wording}</th>
                <td>{CONDITION_STATUS_LABELS[row.before]}</td>
                <td>{CONDITION_STATUS_LABELS[row.after]}</td>
                <td>{CHANGE_LABELS[row.change]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function AssessmentSelect({ label, name, value, onChange, assessments }: { label: string; name: string; value: string; onChange: (v: string) => void; assessments: Assessment[] }) {
  return (
    <Select label={label} nativeSelectProps={{ name, value, onChange: (e) => onChange(e.target.value) }}>
      {assessments.map((assessment, index) => (
        <option key={assessment.id} value={assessment.id}>
          {assessmentTitle(assessment, index)}
        </option>
      ))}
    </Select>
  );
}

/** Two diagnostics side by side: what improved, worsened or stayed the same. */
export function ComparisonPicker({ assistance }: { assistance: Assistance }) {
  const { assessments } = assistance;
  const [chosenBefore, setBefore] = useState('');
  const [chosenAfter, setAfter] = useState('');
  // Until the person chooses, the last two diagnostics (the list grows while the page is open).
  const before = chosenBefore || (assessments[assessments.length - 2]?.id ?? '');
  const after = chosenAfter || (assessments[assessments.length - 1]?.id ?? '');
  const [asked, setAsked] = useState<{ before: string; after: string } | null>(null);
  const comparison = useApi<Comparison>(asked ? assistancePath(assistance, '/comparison') : null, asked ?? undefined);
  if (assessments.length < 2) return null;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAsked({ before, after });
  };
  return (
    <form onSubmit={onSubmit} aria-labelledby="comparer-diagnostics" className="fr-mt-4w">
      <h3 id="comparer-diagnostics" className="fr-h5">
        Comparer deux diagnostics
      </h3>
      <AssessmentSelect label="Diagnostic de départ" name="before" value={before} onChange={setBefore} assessments={assessments} />
      <AssessmentSelect label="Diagnostic d’arrivée" name="after" value={after} onChange={setAfter} assessments={assessments} />
      <Button type="submit" priority="secondary">
        Comparer
      </Button>
      <div className="fr-mt-3w">
        <ErrorAlert error={comparison.error} title="La comparaison n’a pas pu être faite" />
        {comparison.loading && <Loading label="Comparaison en cours…" />}
        {comparison.data && !comparison.loading && <ComparisonTable comparison={comparison.data} />}
      </div>
    </form>
  );
}
