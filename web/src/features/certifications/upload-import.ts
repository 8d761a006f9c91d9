import type { ImportRun } from './types';
import { uploadWithProgress, type UploadRequestOptions } from './upload-request';

/**
 * Uploads a France Compétences export to be imported by a job, telling how much has been sent
 * (a complete export is hundreds of megabytes); aborting `options.signal` cancels the upload.
 */
export function uploadImport(file: File, full: boolean, csrfToken: string | null, options: UploadRequestOptions = {}): Promise<ImportRun> {
  return uploadWithProgress<ImportRun>(`/api/admin/certifications/imports${full ? '?full=true' : ''}`, file, csrfToken, options);
}
