// How both speed benchmarks time one page: warm-up to a steady state, then paired samples of
// the two sides, interleaved, and the page's ratio as the median of the paired ratios.
import { median } from "./stats.mjs";

/**
 * `time(side, count)` runs `side` ("baseline" or "pipeline") `count` times and resolves to the
 * mean ms per run. Options: iterations (samples per side), warmUp { minRuns, minMs, maxRuns },
 * minSampleMs and maxBatch (a sample on a small page is a batch of runs), minSmallPageSamples.
 * Returns the median per-run times of each side, the page's ratio and the samples taken per side.
 */
export async function pairedSamples(time, { iterations, warmUp, minSampleMs, maxBatch, minSmallPageSamples }) {
  // Steady state before samples count: both sides run, alternately, until each has run at
  // least warmUp.minRuns times and for warmUp.minMs (at most warmUp.maxRuns). One run was not
  // enough on small pages: the first pages of a fresh process were timed while V8 was still
  // compiling, and the side with more code (the pipeline) paid more of it.
  let warmed = 0;
  let warmMs = 0;
  while (warmed < warmUp.maxRuns && (warmed < warmUp.minRuns || warmMs < warmUp.minMs)) {
    const base = await time("baseline", 1);
    const full = await time("pipeline", 1);
    warmMs += Math.min(base, full);
    warmed++;
  }
  // A small page takes a few ms, the order of the clock's and the garbage collector's noise:
  // each sample then is a batch of runs (the same count for both sides), together at least
  // minSampleMs of Readability, and records the mean time per run; such pages, being cheap,
  // take at least minSmallPageSamples samples per side.
  const once = await time("baseline", 1);
  const batch = Math.min(maxBatch, Math.max(1, Math.ceil(minSampleMs / Math.max(once, 0.1))));
  if (batch > 1) iterations = Math.max(iterations, minSmallPageSamples);
  const base = [];
  const full = [];
  for (let i = 0; i < iterations; i++) {
    // Interleaved, alternating which side goes first, so drift and GC hit both alike.
    if (i % 2 === 0) {
      base.push(await time("baseline", batch));
      full.push(await time("pipeline", batch));
    } else {
      full.push(await time("pipeline", batch));
      base.push(await time("baseline", batch));
    }
  }
  // The page's ratio is the median of the ratios of paired samples (each pair taken back to
  // back), so that a slow stretch of the machine or of the process, which hits both samples of
  // a pair, cancels out instead of landing on one side's median.
  return { baseMs: median(base), fullMs: median(full), ratio: median(full.map((value, i) => value / base[i])), samples: iterations };
}
