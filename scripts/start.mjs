// `npm start`: build the web app and the server when missing or older than their sources, then
// serve from the compiled server (scripts/build-server.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildServer, newestMtime, SERVER_DIST, serverBuildIsStale } from './build-server.mjs';

const root = path.resolve(import.meta.dirname, '..');
const distIndex = path.join(root, 'web/dist/index.html');

const stale = !existsSync(distIndex) || newestMtime(path.join(root, 'web')) > statSync(distIndex).mtimeMs;
if (stale) {
  console.log('Construction de l’application web…');
  const build = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (serverBuildIsStale()) await buildServer();
// Memory (docs/benchmarks.md, "The server compiled"): on PGlite an import from the admin page runs in
// this process. A small young generation (2 MB semi-spaces: with 8 MB that import peaked at 401 MB), one V8 platform
// thread, and two glibc malloc arenas instead of up to sixteen (one per thread that allocates: the parse
// worker, libuv's pool reading the file): the full registry's import peaked at 400 MB with the
// default arenas and at 336 MB with two, in the same time. A setting in the environment wins.
// Requests that wait on the database serve as many per second; /api/health about 15 % fewer.
const SERVER_FLAGS = ['--max-old-space-size=512', '--max-semi-space-size=2', '--v8-pool-size=1'];
const serverEnv = { MALLOC_ARENA_MAX: '2', ...process.env };
// A new embedded database is created, migrated and filled with the demo data by a process of its
// own, which then exits. Done in the server's process, that work left it larger for good
// (WebAssembly memory and glibc's heap do not shrink): an admin-page import of the full registry
// right after a first start peaked at 379 to 404 MiB, against 374 to 383 MiB on a server started
// on a database already made (docs/benchmarks.md, session 14).
const dataDir = path.resolve(root, process.env.DATA_DIR || 'data');
if (!process.env.DATABASE_URL && !existsSync(dataDir)) {
  console.log('Création de la base embarquée…');
  const prepare = spawnSync(process.execPath, [...SERVER_FLAGS, path.join(SERVER_DIST, 'main.mjs'), '--prepare-only'], { cwd: root, stdio: 'inherit', env: serverEnv });
  if (prepare.status !== 0) process.exit(prepare.status ?? 1);
}
const server = spawn(process.execPath, [...SERVER_FLAGS, path.join(SERVER_DIST, 'main.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: serverEnv,
});
// Forward stop signals so the server shuts down gracefully under npm or a process manager.
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
