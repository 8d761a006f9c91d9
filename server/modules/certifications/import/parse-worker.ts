import { parentPort, workerData } from 'node:worker_threads';
import { contentHash } from './finish-record';
import { ImportFileError } from './import-errors';
import { readExport } from './read-export';
import { searchBody } from './search-body';
import type { ExportEvent } from './read-export';

/**
 * The worker that reads an export for readExportInWorker: it parses the file, hashes each record,
 * prepares its search body, and posts the events in order, a few dozen at a time, as long as the
 * importer has given it credit (one credit a message), so it never runs more than a few messages
 * ahead of the writes.
 */
export interface ParseWorkerData {
  filePath: string;
  today: string;
}

export interface WorkerFailure {
  message: string;
  /** Set when the file itself is unusable (ImportFileError). */
  file?: { code: ImportFileError['code']; file: string; line: number | null };
}

export type ParseWorkerMessage =
  | { type: 'events'; events: ExportEvent[]; bytesRead: number }
  | { type: 'done' }
  | { type: 'failed'; failure: WorkerFailure };

const INITIAL_CREDITS = 16;
const EVENTS_PER_MESSAGE = 50;

async function run(port: NonNullable<typeof parentPort>, data: ParseWorkerData): Promise<void> {
  let credits = INITIAL_CREDITS;
  let wake: (() => void) | null = null;
  port.on('message', () => {
    credits++;
    wake?.();
    wake = null;
  });
  let bytesRead = 0;
  let pending: ExportEvent[] = [];
  const send = async () => {
    if (pending.length === 0) return;
    while (credits <= 0) await new Promise<void>((resolve) => (wake = resolve));
    credits--;
    port.postMessage({ type: 'events', events: pending, bytesRead } satisfies ParseWorkerMessage);
    pending = [];
  };
  try {
    for await (const event of readExport(data.filePath, { today: data.today, onBytes: (n) => (bytesRead += n) })) {
      pending.push(event.type === 'item' && event.item.ok ? { ...event, hash: contentHash(event.item.record), body: searchBody(event.item.record) } : event);
      if (pending.length >= EVENTS_PER_MESSAGE) await send();
    }
    await send();
    port.postMessage({ type: 'done' } satisfies ParseWorkerMessage);
  } catch (err) {
    // What was read before the failure goes first: the importer writes those records.
    await send();
    const failure: WorkerFailure =
      err instanceof ImportFileError
        ? { message: err.message, file: { code: err.code, file: err.file, line: err.line } }
        : { message: err instanceof Error ? err.message : String(err) };
    port.postMessage({ type: 'failed', failure } satisfies ParseWorkerMessage);
  }
  port.removeAllListeners('message');
}

if (parentPort) await run(parentPort, workerData as ParseWorkerData);
