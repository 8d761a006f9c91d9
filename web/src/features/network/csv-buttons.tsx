import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useState, type ChangeEvent } from 'react';
import { apiFetch } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useMutation } from '../../components/use-mutation';
import type { ImportReport } from './types';

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Export the structure's book as CSV (opens in a spreadsheet), and import one back. */
export function CsvButtons({ organisationId, onImported }: { organisationId: string; onImported: () => void }) {
  const mutation = useMutation();
  const [report, setReport] = useState<ImportReport | null>(null);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setReport(null);
    const result = await mutation.run(async () => apiFetch<ImportReport>('/api/network/import', { method: 'POST', body: { organisationId, fileBase64: await toBase64(file) } }));
    if (result.ok) {
      setReport(result.value);
      onImported();
    }
  };
  return (
    <div className="fr-mb-3w">
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--icon-left">
        <li>
          <a className="fr-btn fr-btn--secondary fr-icon-download-line" href={`/api/network/export?organisationId=${encodeURIComponent(organisationId)}`} download>
            Exporter en CSV
          </a>
        </li>
      </ul>
      <div className="fr-upload-group">
        <label className="fr-label" htmlFor="import-csv">
          Importer un fichier CSV
          <span className="fr-hint-text">Séparateur « ; », encodage UTF-8, mêmes colonnes que l’export. Une fiche déjà présente (même nom) est mise à jour, jamais dupliquée.</span>
        </label>
        <input className="fr-upload" type="file" id="import-csv" name="import-csv" accept=".csv,text/csv" onChange={(e) => void onFile(e)} disabled={mutation.pending} />
      </div>
      <ErrorAlert error={mutation.error} title="Le fichier n’a pas été importé" />
      {report && <Alert severity="success" small className="fr-mt-2w" description={`Import terminé : ${report.created} fiche(s) créée(s), ${report.updated} mise(s) à jour, ${report.unchanged} inchangée(s) ; ${report.contactsCreated} contact(s) ajouté(s), ${report.contactsUpdated} mis à jour.`} />}
    </div>
  );
}
