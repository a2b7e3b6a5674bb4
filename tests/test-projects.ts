/**
 * How the tests under tests/unit/ are split, as data (read by vitest.config.ts and
 * vitest.integration.config.ts; tests/unit/test-projects.test.ts checks the split keeps every file).
 *
 * The slow tests run in their own vitest project (vitest.integration.config.ts,
 * `npm run test:integration`, run by `npm test` after the unit project), so `npm run test:unit`
 * stays a quick loop (under a minute on a 2-core machine). They stay in tests/unit/ beside the
 * code they cover; this table decides where each runs, and why it is slow. Seconds: per-file
 * test time in `vitest run --reporter=json` on the 2-core dev machine (2026-12-07).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Slow file → why it is slow. */
export const INTEGRATION_TESTS: Readonly<Record<string, string>> = {
  "tests/unit/redos-checker.test.ts": "recheck proves every regex of the clutter rules and text helpers free of ReDoS (~110 s)",
  "tests/unit/cli.test.ts": "spawns the built CLI (dist/cli) for each case (~26 s)",
  "tests/unit/cli-network.test.ts": "spawns the built CLI against a local server for each case (~24 s)",
  "tests/unit/hostile-pages.test.ts": "the pipeline on big and odd pages: 5,000-level nesting, thousands of images, a huge page (~21 s)",
  "tests/unit/redos-property.test.ts": "every rule and text helper timed against a plain scan on random 10,000-character strings (~21 s)",
  "tests/unit/markdown-injection.test.ts": "fast-check strings and every fixture through the real pipeline into Markdown (~12 s)",
  "tests/unit/property-pipeline.test.ts": "fast-check: random malformed documents through the whole pipeline (~6 s)",
};

/** The table's file paths, as vitest include/exclude globs (relative to the repository root). */
export const INTEGRATION_FILES: readonly string[] = Object.keys(INTEGRATION_TESTS);

/**
 * The unit project runs files without isolation (one module cache per worker: jsdom and the
 * pipeline are imported once, not once per file, which was most of the loop's time). A file that
 * replaces a module or a global for its own use (vi.mock, vi.stubGlobal, fake-indexeddb's
 * globals, directly or through the library-articles helper, an assignment to globalThis) would
 * leak it into the next file, so it runs in an isolated project of its own instead.
 */
export const NEEDS_ISOLATION = /\bvi\.(mock|doMock|stubGlobal|stubEnv|resetModules)\(|fake-indexeddb|helpers\/library-articles|globalThis\.\w+\s*=[^=]/;

/** The unit files (paths from the repository root) that need a module cache of their own. */
export function isolatedUnitFiles(root: string): string[] {
  const dir = join(root, "tests", "unit");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".test.ts") && NEEDS_ISOLATION.test(readFileSync(join(dir, name), "utf8")))
    .map((name) => `tests/unit/${name}`)
    .filter((path) => !(path in INTEGRATION_TESTS))
    .sort();
}
