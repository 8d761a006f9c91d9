import { Table } from '@codegouvfr/react-dsfr/Table';
import { formatDateTime } from '../../labels';
import { DocumentUploadForm } from './document-upload-form';
import type { PathwayDocument } from './types';

function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('fr-FR')} Ko`;
  return `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
}

/** The pathway's documents, downloaded with the session cookie, and the form to add one. */
export function DocumentsSection({ pathwayId, documents, onUploaded }: { pathwayId: string; documents: PathwayDocument[]; onUploaded: () => void }) {
  return (
    <section aria-labelledby="documents" className="fr-mt-6w">
      <h2 id="documents">Documents</h2>
      {documents.length === 0 ? (
        <p>Aucun document n’a encore été déposé.</p>
      ) : (
        <Table
          caption="Documents du parcours"
          headers={['Type', 'Fichier', 'Déposé le', 'Taille']}
          data={documents.map((doc) => [
            <span key="kind">
              {doc.kindLabel}
              {doc.replacedBy && ' (remplacé par une version plus récente)'}
            </span>,
            <a key="file" href={`/api/documents/${encodeURIComponent(doc.id)}`} download={doc.originalName}>
              Télécharger {doc.originalName}
            </a>,
            formatDateTime(doc.uploadedAt),
            sizeText(doc.sizeBytes),
          ])}
        />
      )}
      <DocumentUploadForm pathwayId={pathwayId} onUploaded={onUploaded} />
    </section>
  );
}
