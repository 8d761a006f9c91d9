import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbortError } from '../../api/client';
import type { ImportRun } from './types';
import { uploadImport, type ImportScope } from './upload-import';
import { announcementText, nextAnnouncement, shouldRedraw, uploadPercent, type UploadProgress } from './upload-progress';

export interface ImportUpload {
  /** Sends the file; resolves with the queued run, or null when the upload was cancelled. Errors are thrown as ApiError. */
  send: (file: File, scope: ImportScope, csrfToken: string | null) => Promise<ImportRun | null>;
  /** Aborts the upload under way. */
  cancel: () => void;
  /** How much has been sent, redrawn a few times per second; null when no upload is under way. */
  progress: UploadProgress | null;
  /** What the live region says: every 10 %, then that the file is sent. */
  announcement: string;
  /** The last upload was cancelled by the user. */
  cancelled: boolean;
}

/** The upload of an export with its progress, throttled for the eye and for screen readers, and its cancellation. */
export function useImportUpload(): ImportUpload {
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [cancelled, setCancelled] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const lastRedrawAt = useRef<number | null>(null);
  const lastAnnounced = useRef<number | null>(null);

  // Leaving the page stops an upload under way.
  useEffect(() => () => controller.current?.abort(), []);

  const onProgress = useCallback((next: UploadProgress) => {
    const now = performance.now();
    if (shouldRedraw(lastRedrawAt.current, now, next)) {
      lastRedrawAt.current = now;
      setProgress(next);
    }
    const step = nextAnnouncement(lastAnnounced.current, uploadPercent(next));
    if (step !== null) {
      lastAnnounced.current = step;
      setAnnouncement(announcementText(step));
    }
  }, []);

  const send = useCallback(
    async (file: File, scope: ImportScope, csrfToken: string | null) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      lastRedrawAt.current = null;
      lastAnnounced.current = null;
      setCancelled(false);
      setAnnouncement('');
      setProgress({ loaded: 0, total: file.size });
      try {
        return await uploadImport(file, scope, csrfToken, { onProgress, signal: current.signal });
      } catch (error) {
        if (!isAbortError(error)) throw error;
        // Aborted by cancel(), or by a new upload or leaving the page (nothing to say then).
        if (controller.current === current) setCancelled(true);
        return null;
      } finally {
        if (controller.current === current) {
          controller.current = null;
          setProgress(null);
        }
      }
    },
    [onProgress],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    setAnnouncement('');
  }, []);

  return { send, cancel, progress, announcement, cancelled };
}
