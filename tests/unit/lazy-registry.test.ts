/**
 * content.js loads its lazy bundles through lazyLoader (src/content/lazy/registry.ts): one
 * injection per bundle however many features ask at once, a clear error when an injection
 * fails or the bundle did not register, and another try on the next use after a failure.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { lazyLoader, registerLazy, registeredLazy, staticLoader } from "../../src/content/lazy/registry.js";
import type { LazyBundleName } from "../../src/messages/lazy-bundles.js";

const REGISTRY = Symbol.for("quiet-reader/lazy-modules");
const fakeSaving = () => ({ articleForLibrary: vi.fn(), saveFromOverlay: vi.fn(), showSaved: vi.fn(), showSaveResult: vi.fn() }) as never;

beforeEach(() => {
  delete (globalThis as Record<symbol, unknown>)[REGISTRY];
});

describe("lazyLoader", () => {
  it("injects a bundle once for concurrent requests and serves it from the registry after", async () => {
    const module = fakeSaving();
    const inject = vi.fn(async (name: LazyBundleName) => {
      await Promise.resolve();
      registerLazy(name as "saving", module);
    });
    const load = lazyLoader(inject);
    const [a, b] = await Promise.all([load("saving"), load("saving")]);
    expect(a).toBe(module);
    expect(b).toBe(module);
    await expect(load("saving")).resolves.toBe(module);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it("rejects when the injection fails, and injects again on the next use", async () => {
    const inject = vi.fn<(name: LazyBundleName) => Promise<void>>().mockRejectedValueOnce(new Error("no grant"));
    inject.mockImplementationOnce(async (name) => registerLazy(name as "saving", fakeSaving()));
    const load = lazyLoader(inject);
    await expect(load("saving")).rejects.toThrow("no grant");
    await expect(load("saving")).resolves.toBeDefined();
    expect(inject).toHaveBeenCalledTimes(2);
  });

  it("says which bundle did not register after its injection", async () => {
    const load = lazyLoader(async () => {});
    await expect(load("read-aloud")).rejects.toThrow(/read-aloud bundle did not register/);
  });

  it("keeps the first registration of a name (a second copy of a bundle cannot replace it)", () => {
    const first = fakeSaving();
    registerLazy("saving", first);
    registerLazy("saving", fakeSaving());
    expect(registeredLazy("saving")).toBe(first);
  });

  it("keeps the registry off enumeration of the global", () => {
    registerLazy("saving", fakeSaving());
    expect(Object.keys(globalThis)).not.toContain(String(REGISTRY));
    expect(Object.getOwnPropertyDescriptor(globalThis, REGISTRY)?.enumerable).toBe(false);
  });

  it("staticLoader serves what the page bundled itself, and refuses the rest", async () => {
    await expect(staticLoader("extract")).rejects.toThrow(/not part of this page/);
    const module = fakeSaving();
    registerLazy("saving", module);
    await expect(staticLoader("saving")).resolves.toBe(module);
  });
});
