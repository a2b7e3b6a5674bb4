import { defineConfig } from "vitest/config";
import { INTEGRATION_FILES } from "./tests/test-projects.js";

// Integration tests (`npm run test:integration`, after the unit project in `npm test`): the slow
// files of tests/unit/ listed, each with its reason, in tests/test-projects.ts. No browser;
// the CLI tests need the build (dist/cli).
export default defineConfig({
  define: { __QR_TEST_BUILD__: "false" },
  test: {
    include: [...INTEGRATION_FILES],
    environment: "node",
    testTimeout: 20_000,
  },
});
