// The summary statistics the benchmarks print.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Per key, the median over `records` (objects of numbers; a missing key counts 0). */
export function medianByKey(records) {
  return Object.fromEntries(Object.keys(records[0]).map((key) => [key, median(records.map((r) => r[key] ?? 0))]));
}
