import { ASSISTANCE_PHASE_LABELS, CONDITION_STATUS_LABELS, IMPORTANCE_LABELS } from '../../../../common/assistance';
import { assessmentTitle } from './assistance-format';
import type { Assessment, Condition } from './types';

/** Past diagnostics, oldest first, each as a table of its conditions. */
export function AssessmentHistory({ assessments, conditions }: { assessments: Assessment[]; conditions: Map<string, Condition> }) {
  return (
    <>
      <h3 className="fr-h5">Historique des diagnostics</h3>
      {assessments.length === 0 ? (
        <p>Aucun diagnostic n’a encore été enregistré.</p>
      ) : (
        assessments.map((assessment, index) => (
          <details key={assessment.id} className="fr-mb-2w">
            <summary>
              {assessmentTitle(assessment, index)} ({ASSISTANCE_PHASE_LABELS[assessment.phase].toLowerCase()})
              {assessment.assessedBy && `, par ${assessment.assessedBy}`}
            </summary>
            <p className="fr-mt-2w">
              <a className="fr-link fr-link--download" href={`/api/assessments/${encodeURIComponent(assessment.id)}/document`} download>
                Télécharger le diagnostic partagé (PDF)<span className="fr-sr-only"> : {assessmentTitle(assessment, index)}</span>
              </a>
            </p>
            {assessment.summary && <p className="fr-mt-2w">Synthèse : {assessment.summary}</p>}
            {assessment.hasSensitiveNotes && <p className="fr-text--sm">Ce diagnostic comporte des notes confidentielles : affichez-les depuis la section « Accueil ».</p>}
            <div className="fr-table fr-table--no-caption fr-mt-2w">
              <table>
                <caption>{assessmentTitle(assessment, index)}</caption>
                <thead>
                  <tr>
                    <th scope="col">Condition</th>
                    <th scope="col">Importance</th>
                    <th scope="col">Statut</th>
                    <th scope="col">Commentaire</th>
                  </tr>
                </thead>
                <tbody>
                  {assessment.items.map((item) => (
                    <tr key={item.conditionCode}>
                      <th scope="row">{conditions.get(item.conditionCode)?.wording ?? item.conditionCode}</th>
                      <td>{IMPORTANCE_LABELS[item.importance]}</td>
                      <td>{CONDITION_STATUS_LABELS[item.status]}</td>
                      <td>{item.comment || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        ))
      )}
    </>
  );
}
