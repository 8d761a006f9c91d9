import { Worker } from 'node:worker_threads';
import { ImportFileError } from './import-errors';
import type { ParseWorkerData, ParseWorkerMessage, WorkerFailure } from './parse-worker';
import type { ExportEvent } from './read-export';

// A JavaScript entry that registers tsx, then runs parse-worker.ts.
const WORKER_URL = new URL('./parse-worker.mjs', import.meta.url);

/**
 * readExport in a worker thread, with each record's content hash. The import then parses and
 * hashes on one core while the main thread keeps the database busy: with the parser on the main
 * thread, each statement waited for the parser's current chunk before the next could be sent, and
 * an embedded database (PGlite, on the main thread) could not run beside the parser at all.
 * Events come in the file's order; a file error is raised here as the ImportFileError it was,
 * after the events read before it. Returning early stops the worker.
 */
export async function* readExportInWorker(
  filePath: string,
  options: { today: string; onBytes?: (n: number) => void },
): AsyncGenerator<ExportEvent> {
  const worker = new Worker(WORKER_URL, {
    workerData: { filePath, today: options.today } satisfies ParseWorkerData,
    execArgv: [],
    // Bounded like the importer itself (npm run import:rncp caps its heap at 256 MB and its
    // semi-spaces at 8 MB). V8's default young generation (up to 48 MB) would put the import on
    // PGlite, whose engine shares the process, above 400 MB (docs/benchmarks.md); a larger one here
    // measured no faster.
    resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 8 },
  });
  const inbox: ParseWorkerMessage[] = [];
  let crash: Error | null = null;
  let notify: (() => void) | null = null;
  const wake = () => {
    notify?.();
    notify = null;
  };
  worker.on('message', (message: ParseWorkerMessage) => {
    inbox.push(message);
    wake();
  });
  worker.on('error', (err) => {
    crash = err;
    wake();
  });
  worker.on('exit', (code) => {
    crash ??= new Error(`la lecture du fichier s'est arrêtée (code ${code})`);
    wake();
  });
  let reported = 0;
  try {
    for (;;) {
      while (inbox.length === 0 && crash === null) await new Promise<void>((resolve) => (notify = resolve));
      const message = inbox.shift();
      // Empty inbox: the loop above only ends so when the worker crashed.
      if (!message) throw crash ?? new Error('la lecture du fichier s’est arrêtée');
      if (message.type === 'done') return;
      if (message.type === 'failed') throw rebuild(message.failure);
      worker.postMessage('credit');
      options.onBytes?.(message.bytesRead - reported);
      reported = message.bytesRead;
      yield* message.events;
    }
  } finally {
    worker.removeAllListeners();
    await worker.terminate();
  }
}

function rebuild(failure: WorkerFailure): Error {
  return failure.file ? new ImportFileError(failure.file.code, failure.file.file, failure.message, failure.file.line) : new Error(failure.message);
}
