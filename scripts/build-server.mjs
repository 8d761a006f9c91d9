// Compiles the server's long-running entries to plain JavaScript in dist/server/, so that
// `npm start` and `npm run import:rncp` run without tsx's loader (decision 0008): tsx keeps a
// loader thread and every transformed module in memory, about 120 MB of the server's 250 MB before
// its database opens, and one more loader in each worker thread.
//
//   node scripts/build-server.mjs            build when dist/server is missing or older than its sources
//   node scripts/build-server.mjs --force    build anyway
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
export const SERVER_DIST = path.join(root, 'dist/server');

/**
 * The entries started on their own: the server, the import command, and the parse worker, which
 * read-export-worker.ts starts from `./parse-worker.mjs` beside itself. All land in one folder with
 * their shared chunks, so that URL names the compiled worker once bundled.
 */
const ENTRIES = {
  main: 'server/main.ts',
  'import-rncp': 'scripts/import-rncp.ts',
  'parse-worker': 'server/modules/certifications/import/parse-worker.ts',
};
// A URL of a sibling entry (kept), or any other import.meta.url (rewritten).
const MODULE_URL = new RegExp(
  String.raw`(new URL\((['"])\./(?:${Object.keys(ENTRIES).join('|')})\.mjs\2, import\.meta\.url\))|import\.meta\.url`,
  'g',
);

/**
 * A module that finds files beside its source (migrations, reference data, the web build) reads
 * `import.meta.url`. Bundled, that would be the chunk's URL in dist/server; this plugin rewrites it
 * to the source file's URL, relative to the chunk, so those files are read where they are and the
 * checkout can move. A URL naming a sibling entry is left as is: it must name the compiled one.
 */
function sourceUrls(outdir) {
  return {
    name: 'source-urls',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const relative = path.relative(outdir, args.path).split(path.sep).join('/');
        const sourceUrl = `new URL(${JSON.stringify(relative)}, import.meta.url).href`;
        const text = await readFile(args.path, 'utf8');
        const contents = text.replace(MODULE_URL, (match, sibling) => sibling ?? sourceUrl);
        return { contents, loader: 'ts' };
      });
    },
  };
}

export async function buildServer(outdir = SERVER_DIST) {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [sourceUrls(outdir)],
  });
  // esbuild's service is a child process that would otherwise live as long as `npm start` does.
  await esbuild.stop();
}

/** The latest modification time of the files under dir whose name matches, build outputs left out. */
export function newestMtime(dir, names = /./) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') newest = Math.max(newest, newestMtime(p, names));
    } else if (names.test(entry.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** Whether dist/server is missing or older than a source it is built from. */
export function serverBuildIsStale(outdir = SERVER_DIST) {
  const built = path.join(outdir, 'main.mjs');
  if (!existsSync(built)) return true;
  const sources = Math.max(
    ...['server', 'common', 'scripts'].map((d) => newestMtime(path.join(root, d), /\.(ts|mjs|json)$/)),
    statSync(path.join(root, 'package.json')).mtimeMs,
  );
  return sources > statSync(built).mtimeMs;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--force') || serverBuildIsStale()) await buildServer();
}
