import autocannon from 'autocannon';
import type { Measure } from './types';

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  durationSeconds: number;
  connections: number;
}

const WARMUP_SECONDS = 1;

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

function fire(opts: LoadOptions, durationSeconds: number, onLatency?: (ms: number) => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: opts.url, headers: opts.headers ?? {}, connections: opts.connections, duration: durationSeconds },
      (err: unknown, result) => (err ? reject(err instanceof Error ? err : new Error('autocannon failed')) : resolve(result)),
    );
    if (onLatency) {
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        if (statusCode >= 200 && statusCode < 300) onLatency(responseTime);
      });
    }
  });
}

/**
 * A fixed-duration closed-loop load (N connections, each sending its next request as soon as
 * the previous answer arrives), after a short warm-up so JIT compilation and caches are not measured.
 * autocannon's own histogram rounds to whole milliseconds, which hides sub-millisecond routes;
 * the exact response times come from its `response` events instead.
 */
export async function measure(opts: LoadOptions): Promise<Measure> {
  await fire(opts, WARMUP_SECONDS);
  const latencies: number[] = [];
  const result = await fire(opts, opts.durationSeconds, (ms) => latencies.push(ms));
  const sorted = Float64Array.from(latencies).sort();
  const ok = result['2xx'];
  return {
    rps: Math.round(ok / result.duration),
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

const round = (ms: number) => Math.round(ms * 100) / 100;
