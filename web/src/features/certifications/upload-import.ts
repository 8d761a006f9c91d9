import { uploadFile } from '../../api/upload-file';
import type { ImportRun } from './types';

/** Uploads a France Compétences export to be imported by a job. */
export function uploadImport(file: File, full: boolean, csrfToken: string | null): Promise<ImportRun> {
  return uploadFile<ImportRun>(`/api/admin/certifications/imports${full ? '?full=true' : ''}`, file, csrfToken);
}
