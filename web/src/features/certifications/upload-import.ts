import type { ImportRun } from './types';
import { uploadFile, type UploadRequestOptions } from '../../api/upload-file';

/**
 * Uploads a France Compétences export to be imported by a job, telling how much has been sent
 * (a complete export is hundreds of megabytes); aborting `options.signal` cancels the upload.
 */
export function uploadImport(file: File, scope: ImportScope, csrfToken: string | null, options: UploadRequestOptions = {}): Promise<ImportRun> {
  return uploadFile<ImportRun>(importUploadPath(scope), file, csrfToken, options);
}

/** A complete export deactivates the records it leaves out; past a fifth of them, only when forced. */
export interface ImportScope {
  full: boolean;
  forceDeactivation: boolean;
}

export function importUploadPath(scope: ImportScope): string {
  if (!scope.full) return '/api/admin/certifications/imports';
  return `/api/admin/certifications/imports?full=true${scope.forceDeactivation ? '&forceDeactivation=true' : ''}`;
}
