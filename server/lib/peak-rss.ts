import { readFileSync } from 'node:fs';

/**
 * The high-water mark of this process's resident set, in MB (the import command reports it).
 *
 * Not getrusage's ru_maxrss: on Linux a child inherits it from its parent across fork and exec
 * (the forked copy of the parent's memory carries the parent's high-water mark into the child's
 * counter). A bench child spawned by a parent that had reached 500 MB reported 500 MB before doing
 * anything. /proc/self/status's VmHWM belongs to the running program only. Elsewhere than Linux,
 * getrusage is the fallback.
 */
export function processPeakRssMb(): number {
  const hwm = readVmHwmKb();
  return (hwm ?? process.resourceUsage().maxRSS) / 1024;
}

function readVmHwmKb(): number | null {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}
