import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { useEffect, useState, type FormEvent } from 'react';
import type { Page } from '../../api/types';
import { useApi } from '../../api/use-api';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { useMutation } from '../../components/use-mutation';
import { formatDateTime } from '../../labels';
import { AdminPage } from '../admin/admin-page';
import { IMPORT_STATUS_LABELS } from './certification-labels';
import { ImportReport } from './import-report';
import type { ImportRun } from './types';
import { uploadImport } from './upload-import';

const POLL_MS = 2000;

/** `/admin/certifications/imports`: upload a France Compétences export, follow the import, read its report. */
export function ImportPage() {
  const { csrfToken } = useAuth();
  const [file, setFile] = useState<File | null>(null);
  const [full, setFull] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const mutation = useMutation();
  const runs = useApi<Page<ImportRun>>('/api/admin/certifications/imports');
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

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const result = await mutation.run(() => uploadImport(file, full, csrfToken));
    if (result.ok) {
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
          ]}
        />
        <Button type="submit" disabled={!file || mutation.pending}>
          {mutation.pending ? 'Envoi en cours…' : 'Importer'}
        </Button>
      </form>

      {current.data && <ImportReport run={current.data} />}
      <ErrorAlert error={current.error ?? runs.error} title="Les imports n’ont pas pu être chargés" />

      <section aria-labelledby="historique" className="fr-mt-6w">
        <h2 id="historique">Imports précédents</h2>
        {runs.data && runs.data.items.length === 0 && <p>Aucun import pour le moment.</p>}
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
      </section>
    </AdminPage>
  );
}
