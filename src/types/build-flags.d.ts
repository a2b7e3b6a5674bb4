/**
 * Build-time constants, replaced by esbuild's `define` (build.mjs) and by vitest's (the configs).
 * `__QR_TEST_BUILD__`: true only in the test build (`node build.mjs --test` → dist-test/), the one
 * the e2e suite loads; code behind `if (__QR_TEST_BUILD__)` is removed from the shipped build.
 */
declare const __QR_TEST_BUILD__: boolean;
