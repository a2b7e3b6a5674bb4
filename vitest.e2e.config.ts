import { defineConfig } from "vitest/config";

// Real-browser tests: the built extension in Debian's headless Chromium, one file at a time.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
