import { createHash } from 'node:crypto';

/** A seeded pseudo-random source: the same seed gives the same data on every machine. */
export interface Prng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: `[['a', 3], ['b', 1]]` gives 'a' three times out of four. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** A version-4-shaped UUID, so ids can be known before the rows are inserted. */
  uuid(): string;
}

/**
 * sfc32 (Chris Doty-Humphrey's small fast counter), seeded from a SHA-256 of the seed text:
 * fast enough for millions of rows, and each named stream (`seed:generator`) is independent,
 * so adding a generator later does not change what the existing ones produce.
 */
export function createPrng(seed: string): Prng {
  const h = createHash('sha256').update(seed).digest();
  let a = h.readInt32LE(0);
  let b = h.readInt32LE(4);
  let c = h.readInt32LE(8);
  let d = h.readInt32LE(12);
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs, which still carry the seed's structure.
  for (let i = 0; i < 12; i++) next();
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const word = () => Math.floor(next() * 4294967296).toString(16).padStart(8, '0');
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    weighted: <T>(items: readonly (readonly [T, number])[]): T => {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let roll = next() * total;
      for (const [item, w] of items) {
        roll -= w;
        if (roll < 0) return item;
      }
      const last = items[items.length - 1];
      if (!last) throw new Error('weighted pick from an empty list');
      return last[0];
    },
    uuid: () => {
      const h = word() + word() + word() + word();
      const variant = '89ab'[Number.parseInt(h.charAt(16), 16) & 3] ?? '8';
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
  };
}
