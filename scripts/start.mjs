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
const server = spawn(process.execPath, [...SERVER_FLAGS, path.join(SERVER_DIST, 'main.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: { MALLOC_ARENA_MAX: '2', ...process.env },
});
// Forward stop signals so the server shuts down gracefully under npm or a process manager.
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
