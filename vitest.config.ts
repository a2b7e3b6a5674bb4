import { configDefaults, defineConfig } from "vitest/config";
import { INTEGRATION_FILES, isolatedUnitFiles } from "./tests/test-projects.js";

// Unit tests (`npm run test:unit`): jsdom-based, no browser, the quick loop. The slow files
// listed in tests/test-projects.ts run in the integration project instead
// (vitest.integration.config.ts), which `npm test` runs after this one. Files share a module
// cache per worker (isolate: false), except those that replace a module or a global
// (tests/test-projects.ts, NEEDS_ISOLATION), which run isolated.
const ROOT = import.meta.dirname;
const isolated = isolatedUnitFiles(ROOT);

export default defineConfig({
  define: { __QR_TEST_BUILD__: "false" },
  test: {
    environment: "node",
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], exclude: [...configDefaults.exclude, ...INTEGRATION_FILES, ...isolated], isolate: false },
      },
      { extends: true, test: { name: "unit-isolated", include: isolated, isolate: true } },
    ],
  },
});
