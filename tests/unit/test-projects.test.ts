/**
 * The split of tests/unit/ (tests/test-projects.ts) must keep every test: a path in the
 * integration table that names no file would drop nothing from the unit project yet run nothing
 * in the integration one; a listed file must not also run in the quick loop; and a file that
 * replaces a module or a global must run isolated (without isolation, messages-router's
 * vi.mock leaked and 9 tests of two files failed).
 */
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { TestProjectInlineConfiguration } from "vitest/config";
import { INTEGRATION_TESTS, NEEDS_ISOLATION, isolatedUnitFiles } from "../test-projects.js";
import unitConfig from "../../vitest.config.js";
import integrationConfig from "../../vitest.integration.config.js";

const ROOT = resolve(import.meta.dirname, "..", "..");
const projects = (unitConfig.test?.projects ?? []) as TestProjectInlineConfiguration[];
const project = (name: string) => projects.find((p) => p.test?.name === name)?.test;

describe("the test projects", () => {
  it.each(Object.keys(INTEGRATION_TESTS))("integration: %s exists and says why it is slow", (path) => {
    expect(existsSync(join(ROOT, path))).toBe(true);
    expect(INTEGRATION_TESTS[path]!.length).toBeGreaterThan(10);
  });

  it("the integration project runs exactly the listed files, which the unit projects leave out", () => {
    expect(integrationConfig.test?.include).toEqual(Object.keys(INTEGRATION_TESTS));
    for (const path of Object.keys(INTEGRATION_TESTS)) expect(project("unit")?.exclude).toContain(path);
    expect(project("unit-isolated")?.include).not.toContain("tests/unit/cli.test.ts");
  });

  it("every unit file runs in exactly one project", () => {
    const isolated = isolatedUnitFiles(ROOT);
    expect(project("unit")?.include).toEqual(["tests/unit/**/*.test.ts"]);
    expect(project("unit")?.isolate).toBe(false);
    expect(project("unit-isolated")?.include).toEqual(isolated);
    expect(project("unit-isolated")?.isolate).not.toBe(false);
    for (const path of isolated) expect(project("unit")?.exclude).toContain(path);
    const all = readdirSync(join(ROOT, "tests", "unit")).filter((name) => name.endsWith(".test.ts"));
    expect(all.length).toBeGreaterThan(50);
  });

  it("files that replace a module or a global run isolated", () => {
    expect(isolatedUnitFiles(ROOT)).toEqual(expect.arrayContaining(["tests/unit/messages-router.test.ts", "tests/unit/lazy-bundles-loader.test.ts", "tests/unit/store-library.test.ts"]));
    for (const source of ['vi.mock("../../src/platform/browser-api.js", () => ({}));', 'import "fake-indexeddb/auto";', "vi.stubGlobal('fetch', f);", "globalThis.fetch = f;"]) expect(NEEDS_ISOLATION.test(source), source).toBe(true);
    for (const source of ["vi.fn()", "vi.spyOn(console, 'warn')", "if (globalThis.x === 1) {}"]) expect(NEEDS_ISOLATION.test(source), source).toBe(false);
  });
});
