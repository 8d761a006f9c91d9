import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const HELPER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'peak-rss.ts');

// A parent touches 300 MB, then runs a child that reports its peak both ways.
const PARENT = `
const big = Buffer.alloc(300 * 1024 * 1024, 1);
const out = require('node:child_process').execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', process.env.CHILD_SOURCE], { env: process.env });
process.stdout.write(out.toString() + ' ' + big[big.length - 1]);
`;
const CHILD = `
import { processPeakRssMb } from ${JSON.stringify(HELPER)};
process.stdout.write(JSON.stringify({ own: processPeakRssMb(), getrusage: process.resourceUsage().maxRSS / 1024 }));
`;

describe('processPeakRssMb', () => {
  it.runIf(process.platform === 'linux')("gives the process's own peak, not the parent's that getrusage carries into a child", () => {
    const out = execFileSync(process.execPath, ['-e', PARENT], { env: { ...process.env, CHILD_SOURCE: CHILD } }).toString();
    const [json, last] = out.split(' ');
    expect(last).toBe('1');
    const peaks = JSON.parse(json ?? '') as { own: number; getrusage: number };
    expect(peaks.getrusage).toBeGreaterThan(300);
    expect(peaks.own).toBeGreaterThan(20);
    expect(peaks.own).toBeLessThan(250);
  });
});
