import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchDb, BenchRow } from './types';

export interface BenchResult {
  bench: string;
  rows: BenchRow[];
}

/** Route figure divided by the bare route's: comparable across machines, unlike raw rps. */
export function ratios(row: BenchRow): { rps: number; p50: number; p99: number } | null {
  const b = row.baseline;
  if (!b || b.rps === 0 || b.p50 === 0 || b.p99 === 0) return null;
  const r = (x: number) => Math.round(x * 100) / 100;
  return { rps: r(row.rps / b.rps), p50: r(row.p50 / b.p50), p99: r(row.p99 / b.p99) };
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    // Other processes competing for the cores skew every figure; the file keeps the evidence.
    loadAverage1m: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
  };
}

/** Writes bench/results/<timestamp>.json and returns its path. */
export function writeResults(dir: string, startedAt: Date, db: BenchDb, results: BenchResult[]): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const benches = results.map((r) => ({ bench: r.bench, rows: r.rows.map((row) => ({ ...row, ratio: ratios(row) })) }));
  const body = { startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), db, machine: machine(), benches };
  writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
  return file;
}

export function formatTable(results: BenchResult[]): string {
  const header = ['bench', 'name', 'rps', 'p50 ms', 'p95 ms', 'p99 ms', 'base rps', 'base p50', 'base p99', 'rps ×', 'p50 ×', 'p99 ×', 'non-2xx'];
  const lines = results.flatMap((r) =>
    r.rows.map((row) => {
      const x = ratios(row);
      const b = row.baseline;
      return [r.bench, row.name, row.rps, row.p50, row.p95 ?? '', row.p99, b?.rps ?? '', b?.p50 ?? '', b?.p99 ?? '', x?.rps ?? '', x?.p50 ?? '', x?.p99 ?? '', row.non2xx + row.errors].map(String);
    }),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]?.length ?? 0)));
  const render = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(render)].join('\n');
}
