// Runs one exported function over many corpus pages in worker threads (jsdom is CPU-bound and
// single-threaded; a pool uses every core). The module at `modulePath` exports
// `processPage(page, html) → JSON-serialisable result`; results come back in input order.
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";

const WORKER_SOURCE = `
import { parentPort, workerData } from "node:worker_threads";
const mod = await import(workerData.moduleUrl);
const { pageHtml } = await import(workerData.corporaUrl);
parentPort.on("message", async ({ index, page }) => {
  try {
    const result = await mod.processPage(page, pageHtml(page));
    parentPort.postMessage({ index, result });
  } catch (error) {
    parentPort.postMessage({ index, error: String(error?.stack ?? error) });
  }
});
`;

export async function runPages(pages, moduleUrl, { jobs = availableParallelism(), onResult } = {}) {
  const corporaUrl = new URL("./corpora.mjs", import.meta.url).href;
  const results = new Array(pages.length);
  let next = 0;
  let done = 0;
  if (!pages.length) return results;
  await new Promise((resolveAll, rejectAll) => {
    const workers = [];
    const feed = (worker) => {
      if (next >= pages.length) return worker.terminate();
      const index = next++;
      worker.postMessage({ index, page: pages[index] });
    };
    for (let i = 0; i < Math.min(jobs, pages.length); i++) {
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { moduleUrl, corporaUrl }, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
      worker.on("message", ({ index, result, error }) => {
        results[index] = error ? { error } : result;
        onResult?.(pages[index], results[index]);
        if (++done === pages.length) {
          for (const w of workers) w.terminate();
          resolveAll();
        } else feed(worker);
      });
      worker.on("error", rejectAll);
      workers.push(worker);
      feed(worker);
    }
  });
  return results;
}
