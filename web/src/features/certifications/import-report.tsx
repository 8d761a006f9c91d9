import { Table } from '@codegouvfr/react-dsfr/Table';
import { formatDateTime } from '../../labels';
import { IMPORT_STATUS_LABELS } from './certification-labels';
import type { ImportRun } from './types';

/** Status, progress and report of one import run. */
export function ImportReport({ run }: { run: ImportRun }) {
  const inProgress = run.status === 'queued' || run.status === 'running';
  const percent = run.progress.bytesTotal ? Math.round((100 * run.progress.bytesRead) / run.progress.bytesTotal) : null;
  return (
    <section aria-labelledby="rapport" className="fr-mt-4w">
      <h2 id="rapport">Import de {run.fileName}</h2>
      <p role="status">
        État : <strong>{IMPORT_STATUS_LABELS[run.status]}</strong>
        {inProgress && ` — ${run.progress.records.toLocaleString('fr-FR')} fiches traitées${percent != null ? ` (${percent} %)` : ''}`}
      </p>
      {run.error && <p className="fr-error-text">{run.error}</p>}
      {!inProgress && (
        <>
          <Table
            caption="Bilan de l’import"
            headers={['Fiches lues', 'Créées', 'Modifiées', 'Inchangées', 'Désactivées', 'Rejetées']}
            data={[[run.progress.records, run.created, run.updated, run.unchanged, run.deactivated, run.rejected.length].map((n) => n.toLocaleString('fr-FR'))]}
          />
          <p className="fr-text--sm">
            Déposé le {formatDateTime(run.createdAt)}, terminé le {formatDateTime(run.finishedAt)}
            {run.format ? `, format ${run.format === 'xml' ? 'XML' : 'archive ZIP des CSV'}` : ''}
            {run.fullExport ? ', export complet' : ''}.
          </p>
          {run.rejected.length > 0 && (
            <>
              <h3>Fiches rejetées</h3>
              <ul>
                {run.rejected.slice(0, 100).map((r, i) => (
                  <li key={i}>{r.reason}</li>
                ))}
              </ul>
              {run.rejected.length > 100 && <p>… et {run.rejected.length - 100} autres.</p>}
            </>
          )}
          {run.warnings.length > 0 && (
            <>
              <h3>Avertissements</h3>
              <ul>
                {run.warnings.map((w, i) => (
                  <li key={i}>{w.reason}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
