import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { Page } from '../../api/types';
import { useApi } from '../../api/use-api';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { useMutation } from '../../components/use-mutation';
import { formatDateTime } from '../../labels';
import { AdminPage } from '../admin/admin-page';
import { ListPagination } from '../admin/list-pagination';
import { ResultCount } from '../admin/result-count';
import { useListParams } from '../admin/use-list-params';
import { IMPORT_STATUS_LABELS } from './certification-labels';
import { ImportReport } from './import-report';
import type { ImportRun } from './types';
import { useImportUpload } from './upload-import-state';
import { UploadProgressBar } from './upload-progress-bar';

const POLL_MS = 2000;
const NO_FILTERS = [] as const;

/** `/admin/certifications/imports`: upload a France Compétences export, follow the import, read its report. */
export function ImportPage() {
  const { csrfToken } = useAuth();
  const [file, setFile] = useState<File | null>(null);
  const [full, setFull] = useState(false);
  const [forceDeactivation, setForceDeactivation] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const mutation = useMutation();
  const upload = useImportUpload();
  const submitButton = useRef<HTMLButtonElement>(null);
  const { page, pageHref } = useListParams(NO_FILTERS);
  const runs = useApi<Page<ImportRun>>('/api/admin/certifications/imports', { page });
  const current = useApi<ImportRun>(selected ? `/api/admin/certifications/imports/${selected}` : null);
  const reloadCurrent = current.reload;
  const reloadRuns = runs.reload;
  const status = current.data?.status;

  // The import runs in the background: ask again until it ends, then refresh the list.
  useEffect(() => {
    if (status !== 'queued' && status !== 'running') return;
    const timer = setTimeout(() => reloadCurrent(), POLL_MS);
    return () => clearTimeout(timer);
  }, [status, current.data, reloadCurrent]);
  useEffect(() => {
    if (status === 'completed' || status === 'failed') reloadRuns();
  }, [status, reloadRuns]);
  // The cancel button goes away with the upload: give the focus to the one that starts another.
  const cancelledAndIdle = upload.cancelled && !mutation.pending;
  useEffect(() => {
    if (cancelledAndIdle) submitButton.current?.focus();
  }, [cancelledAndIdle]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const result = await mutation.run(() => upload.send(file, { full, forceDeactivation: full && forceDeactivation }, csrfToken));
    if (result.ok && result.value) {
      setSelected(result.value.id);
      reloadRuns();
    }
  };

  return (
    <AdminPage title="Imports du catalogue">
      <form onSubmit={(e) => void submit(e)} aria-labelledby="deposer" className="fr-mb-4w">
        <h2 id="deposer">Déposer un export France Compétences</h2>
        <ErrorAlert error={mutation.error} title="Le fichier n’a pas été accepté" />
        <Upload
          label="Fichier d’export"
          hint="Export XML des fiches RNCP ou RS, ou archive ZIP des CSV publiée sur data.gouv.fr."
          nativeInputProps={{ name: 'file', accept: '.xml,.zip', required: true, onChange: (e) => setFile(e.target.files?.[0] ?? null) }}
        />
        <Checkbox
          className="fr-mt-2w"
          options={[
            {
              label: 'Export complet',
              hintText: 'Les certifications importées absentes du fichier seront désactivées.',
              nativeInputProps: { name: 'full', checked: full, onChange: (e) => setFull(e.target.checked) },
            },
            ...(full
              ? [
                  {
                    label: 'Désactiver les fiches absentes même si elles sont nombreuses',
                    hintText: 'Sans cette case, un export complet dont sont absentes plus d’un cinquième des fiches actives (et plus de 100) ne désactive rien : le rapport le signale.',
                    nativeInputProps: { name: 'forceDeactivation', checked: forceDeactivation, onChange: (e: ChangeEvent<HTMLInputElement>) => setForceDeactivation(e.target.checked) },
                  },
                ]
              : []),
          ]}
        />
        <Button ref={submitButton} type="submit" disabled={!file || mutation.pending}>
          {mutation.pending ? 'Envoi en cours…' : 'Importer'}
        </Button>
        {mutation.pending && upload.progress && <UploadProgressBar progress={upload.progress} onCancel={upload.cancel} />}
        {/* Always present, so that screen readers hear its changes: the progress every 10 %. */}
        <p className="fr-sr-only" aria-live="polite" aria-atomic="true">
          {mutation.pending ? upload.announcement : ''}
        </p>
        {cancelledAndIdle && (
          <Alert severity="info" small role="status" className="fr-mt-3w" description="L’envoi a été annulé : le fichier n’a pas été déposé." />
        )}
      </form>

      {current.data && <ImportReport run={current.data} />}
      <ErrorAlert error={current.error ?? runs.error} title="Les imports n’ont pas pu être chargés" />

      <section aria-labelledby="historique" className="fr-mt-6w">
        <h2 id="historique">Imports précédents</h2>
        {runs.data && runs.data.total === 0 && <p>Aucun import pour le moment.</p>}
        {runs.data && runs.data.total > 0 && <ResultCount total={runs.data.total} singular="import" plural="imports" empty="" />}
        {runs.data && runs.data.total > 0 && runs.data.items.length === 0 && <p>Cette page ne contient aucun import.</p>}
        {runs.data && runs.data.items.length > 0 && (
          <Table
            caption="Liste des imports"
            noCaption
            headers={['Fichier', 'Déposé le', 'État', 'Fiches lues', 'Rapport']}
            data={runs.data.items.map((run) => [
              run.fileName,
              formatDateTime(run.createdAt),
              IMPORT_STATUS_LABELS[run.status],
              run.progress.records.toLocaleString('fr-FR'),
              <Button key={run.id} size="small" priority="tertiary" onClick={() => setSelected(run.id)} title={`Voir le rapport de ${run.fileName}`}>
                Voir
              </Button>,
            ])}
          />
        )}
        {runs.data && <ListPagination total={runs.data.total} page={page} pageSize={runs.data.pageSize} pageHref={pageHref} />}
      </section>
    </AdminPage>
  );
}
