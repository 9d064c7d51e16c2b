/** Small statistics and fingerprints for the bench. */

/** Median of the samples (mean of the middle two for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100): with 7 samples p95 is the slowest one. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export interface Summary {
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
  readonly samples: readonly number[];
}

export function summarize(samples: readonly number[]): Summary {
  return {
    median: median(samples),
    p95: percentile(samples, 95),
    min: Math.min(...samples),
    max: Math.max(...samples),
    samples,
  };
}

/** Which rows a filter selected: their count and an FNV-1a hash of the ascending row indexes. */
export interface RowFingerprint {
  readonly count: number;
  readonly hash: string;
}

export function fingerprint(rows: ArrayLike<number>): RowFingerprint {
  let hash = 0x811c9dc5;
  let previous = -1;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row <= previous) throw new Error(`Row indexes must ascend: ${row} after ${previous}`);
    previous = row;
    for (let shift = 0; shift < 32; shift += 8) {
      hash ^= (row >>> shift) & 0xff;
      hash = Math.imul(hash, 0x01000193);
    }
  }
  return { count: rows.length, hash: (hash >>> 0).toString(16).padStart(8, "0") };
}

/** Milliseconds since an arbitrary origin, sub-microsecond resolution. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/**
 * CPU time of the whole process since `from` (user + system, every thread: the collector's helpers count too), in
 * ms. Steadier than wall time on a shared machine, where other processes take turns on the cores.
 */
export function cpuMsSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}
