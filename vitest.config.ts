import { defineConfig } from "vitest/config";

// Unit and integration tests: jsdom-based, fast, no browser.
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
  },
});
