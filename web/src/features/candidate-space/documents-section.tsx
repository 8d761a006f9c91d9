import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import type { DocumentKind } from '../../../../common/candidates';
import { formatDay, formatFileSize } from './candidate-format';
import { REPLACEABLE_KINDS, splitDocuments, suggestedDocumentKind } from './documents';
import { Heading, type HeadingLevel } from './heading';
import type { MyPathway, PathwayDocument } from './types';
import { UPLOAD_FILE_INPUT_ID, UploadForm } from './upload-form';

interface DocumentsSectionProps {
  pathway: MyPathway;
  documents: PathwayDocument[];
  level: HeadingLevel;
  onUploaded: () => void;
}

/** "Mes documents": what has been sent, to download; a form to send or replace one. */
export function DocumentsSection({ pathway, documents, level, onUploaded }: DocumentsSectionProps) {
  const id = `documents-${pathway.id}`;
  const [kind, setKind] = useState<DocumentKind>(suggestedDocumentKind(pathway.state));
  const { current, replaced } = splitDocuments(documents);
  const inputId = `${UPLOAD_FILE_INPUT_ID}-${pathway.id}`;

  const replace = (doc: PathwayDocument) => {
    setKind(doc.kind);
    document.getElementById(inputId)?.focus();
  };

  return (
    <section aria-labelledby={id} className="fr-mt-4w">
      <Heading level={level} id={id}>
        Mes documents
      </Heading>
      {current.length === 0 ? (
        <p>Aucun document pour le moment.</p>
      ) : (
        <ul className="jalon-plain-list">
          {current.map((doc) => (
            <DocumentItem key={doc.id} doc={doc} onReplace={REPLACEABLE_KINDS.includes(doc.kind) ? () => replace(doc) : undefined} />
          ))}
        </ul>
      )}
      {replaced.length > 0 && (
        <details className="fr-mb-3w">
          <summary>Anciennes versions ({replaced.length})</summary>
          <ul className="jalon-plain-list fr-mt-2w">
            {replaced.map((doc) => (
              <DocumentItem key={doc.id} doc={doc} replaced />
            ))}
          </ul>
        </details>
      )}
      <UploadForm pathwayId={pathway.id} inputId={inputId} kind={kind} onKindChange={setKind} level={level} onUploaded={onUploaded} />
    </section>
  );
}

function DocumentItem({ doc, replaced = false, onReplace }: { doc: PathwayDocument; replaced?: boolean; onReplace?: () => void }) {
  return (
    <li className="fr-mb-2w">
      <p className="fr-mb-1v">
        <strong>{doc.kindLabel}</strong>
        {replaced && <> – remplacé</>}
      </p>
      <p className="fr-mb-1v fr-text--sm">
        {doc.originalName}, {formatFileSize(doc.sizeBytes)}, envoyé le {formatDay(doc.uploadedAt)}
      </p>
      <a className="fr-link" href={`/api/documents/${encodeURIComponent(doc.id)}`} download={doc.originalName}>
        Télécharger<span className="fr-sr-only"> {doc.originalName}</span>
      </a>
      {onReplace && (
        <Button priority="tertiary" size="small" className="fr-ml-2w" onClick={onReplace}>
          Remplacer<span className="fr-sr-only"> {doc.kindLabel}</span>
        </Button>
      )}
    </li>
  );
}
