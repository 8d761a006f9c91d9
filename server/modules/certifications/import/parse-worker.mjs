// The entry of the parse worker (see read-export-worker.ts). Node 20 does not apply the loader
// hooks of `--import tsx` to a worker's entry module, so the worker registers tsx itself before
// importing the TypeScript source.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
