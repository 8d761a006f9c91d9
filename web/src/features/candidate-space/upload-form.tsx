import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { useState, type FormEvent } from 'react';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../../common/candidates';
import { useAuth } from '../../auth/auth-context';
import { useMutation } from '../../components/use-mutation';
import { CANDIDATE_DOCUMENT_KINDS, documentFileProblem, documentKindLabel, REPLACEABLE_KINDS } from './documents';
import { FeedbackAlert } from './feedback-alert';
import { Heading, type HeadingLevel } from './heading';
import { uploadDocument } from './upload-document';

export const UPLOAD_FILE_INPUT_ID = 'document-a-envoyer';

interface UploadFormProps {
  pathwayId: string;
  inputId: string;
  kind: DocumentKind;
  onKindChange: (kind: DocumentKind) => void;
  level: HeadingLevel;
  onUploaded: () => void;
}

function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** Sends a PDF or an image; sending a booklet again replaces the previous version. */
export function UploadForm({ pathwayId, inputId, kind, onKindChange, level, onUploaded }: UploadFormProps) {
  const { csrfToken } = useAuth();
  const mutation = useMutation();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const titleId = `envoyer-${pathwayId}`;
  const kinds = CANDIDATE_DOCUMENT_KINDS.includes(kind) ? CANDIDATE_DOCUMENT_KINDS : [...CANDIDATE_DOCUMENT_KINDS, kind];

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setSuccess(null);
    setProblem(chosen ? documentFileProblem(chosen) : null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || problem) return;
    setSuccess(null);
    const result = await mutation.run(() => uploadDocument(pathwayId, kind, file, csrfToken));
    if (result.ok) {
      setSuccess(`Le document « ${result.value.originalName} » a bien été envoyé (${result.value.kindLabel}).`);
      setFile(null);
      setFormKey((k) => k + 1);
      onUploaded();
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={titleId} className="fr-mt-3w">
      <Heading level={level === 2 ? 3 : 4} id={titleId} className="fr-h6">
        Envoyer un document
      </Heading>
      <FeedbackAlert success={success} error={mutation.error} errorTitle="Le document n’a pas été envoyé" />
      <Select
        label="Type de document"
        hint={REPLACEABLE_KINDS.includes(kind) ? 'Envoyer ce dossier remplace la version précédente.' : undefined}
        nativeSelectProps={{ name: 'kind', value: kind, onChange: (e) => isDocumentKind(e.target.value) && onKindChange(e.target.value) }}
      >
        {kinds.map((k) => (
          <option key={k} value={k}>
            {documentKindLabel(k)}
          </option>
        ))}
      </Select>
      <Upload
        key={formKey}
        label="Fichier"
        hint="PDF ou image (photo, scan), 20 Mo au plus."
        state={problem ? 'error' : 'default'}
        stateRelatedMessage={problem ?? undefined}
        nativeInputProps={{ id: inputId, name: 'file', accept: 'application/pdf,image/*', required: true, onChange: (e) => choose(e.target.files?.[0] ?? null) }}
      />
      <Button type="submit" className="fr-mt-2w" disabled={!file || problem !== null || mutation.pending}>
        {mutation.pending ? 'Envoi en cours…' : 'Envoyer le document'}
      </Button>
    </form>
  );
}
