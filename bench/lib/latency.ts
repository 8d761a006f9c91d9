import type { Measure } from './types';

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? 0;
}

/**
 * Latency of one caller: `fn` run again as soon as it returns (one client, no overlap), after
 * `warmup` calls not counted, until `seconds` have passed and at least `minRuns` calls were timed
 * (at most `maxRuns`). p50 / p95 / p99 over the timed calls, in milliseconds.
 */
export async function measureLatency(fn: () => Promise<unknown>, opts: { seconds: number; minRuns: number; maxRuns?: number; warmup?: number }): Promise<Measure> {
  for (let i = 0; i < (opts.warmup ?? 3); i++) await fn();
  const samples: number[] = [];
  const started = performance.now();
  const end = started + opts.seconds * 1000;
  while ((performance.now() < end || samples.length < opts.minRuns) && samples.length < (opts.maxRuns ?? Number.POSITIVE_INFINITY)) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  const elapsed = (performance.now() - started) / 1000;
  const sorted = Float64Array.from(samples).sort();
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    rps: Math.round((samples.length / elapsed) * 100) / 100,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    requests: samples.length,
    non2xx: 0,
    errors: 0,
  };
}
