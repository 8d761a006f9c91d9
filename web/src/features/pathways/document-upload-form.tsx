import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, DOCUMENT_MAX_BYTES, type DocumentKind } from '../../../../common/candidates';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { useMutation } from '../../components/use-mutation';
import { focusFirstInvalid, REQUIRED_MESSAGE } from '../../components/validation';
import { FocusOnChange } from './focus-on-change';
import { uploadDocument } from './upload-document';
import type { PathwayDocument } from './types';

function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** Adds a PDF or an image to the pathway; the server checks the real type from the bytes. */
export function DocumentUploadForm({ pathwayId, onUploaded }: { pathwayId: string; onUploaded: () => void }) {
  const { csrfToken } = useAuth();
  const formRef = useRef<HTMLFormElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [uploaded, setUploaded] = useState<PathwayDocument | null>(null);
  const mutation = useMutation();
  const errorFor = (name: string) => errors[name] ?? mutation.fieldError(name);
  const fileError = errorFor('file');

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setUploaded(null);
    const file = fileRef.current?.files?.[0];
    const local: Record<string, string> = {};
    if (!isDocumentKind(kind)) local.kind = REQUIRED_MESSAGE;
    if (!file) local.file = 'Choisissez un fichier.';
    else if (file.size > DOCUMENT_MAX_BYTES) local.file = 'Le fichier dépasse 20 Mo.';
    setErrors(local);
    if (!file || !isDocumentKind(kind) || Object.keys(local).length > 0) {
      mutation.clearError();
      focusFirstInvalid(formRef.current);
      return;
    }
    const result = await mutation.run(() => uploadDocument(pathwayId, kind, file, csrfToken));
    if (!result.ok) return;
    setUploaded(result.value);
    setKind('');
    if (fileRef.current) fileRef.current.value = '';
    onUploaded();
  };

  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="deposer-document" className="fr-mt-3w">
      <h3 id="deposer-document" className="fr-h5">
        Déposer un document
      </h3>
      <FocusOnChange trigger={mutation.error ?? uploaded}>
        <ErrorAlert error={mutation.error} title="Le document n’a pas été déposé" fields={['kind', 'file']} />
        {uploaded && <Alert severity="success" small className="fr-mb-3w" description={`Le document « ${uploaded.originalName} » a été déposé.`} />}
      </FocusOnChange>
      <Select
        label="Type de document"
        state={errorFor('kind') ? 'error' : 'default'}
        stateRelatedMessage={errorFor('kind')}
        nativeSelectProps={{ name: 'kind', value: kind, required: true, onChange: (e) => setKind(e.target.value), 'aria-invalid': errorFor('kind') ? true : undefined }}
      >
        <option value="" disabled>
          Sélectionner un type
        </option>
        {DOCUMENT_KINDS.map((value) => (
          <option key={value} value={value}>
            {DOCUMENT_KIND_LABELS[value]}
          </option>
        ))}
      </Select>
      <div className={`fr-upload-group${fileError ? ' fr-input-group--error' : ''}`}>
        <label className="fr-label" htmlFor="document-file">
          Fichier
          <span className="fr-hint-text">PDF ou image (PNG, JPEG, WebP), 20 Mo au plus.</span>
        </label>
        <input
          ref={fileRef}
          className="fr-upload"
          type="file"
          id="document-file"
          name="file"
          accept="application/pdf,image/*"
          required
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? 'document-file-error' : undefined}
        />
        {fileError && (
          <p id="document-file-error" className="fr-error-text">
            {fileError}
          </p>
        )}
      </div>
      <Button type="submit" className="fr-mt-2w" disabled={mutation.pending}>
        Déposer le document
      </Button>
    </form>
  );
}
