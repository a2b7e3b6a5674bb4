/**
 * Where the content script's lazy bundles (messages/lazy-bundles.ts) register themselves: a property, under
 * a Symbol, of the isolated world's global. content.js and every lazy bundle are separate
 * scripts, so module state is not shared between them; this global is. Page scripts have a
 * global of their own and never see it. Extension pages (the library) import a bundle's
 * module directly, which registers it the same way.
 */
import type { LazyBundleName } from "../../messages/lazy-bundles.js";
import type { ExtractModule } from "./extract.js";
import type { KeyboardHelpModule } from "./keyboard-help.js";
import type { LightboxModule } from "./lightbox.js";
import type { PickerModule } from "./picker.js";
import type { ReadAloudModule } from "./read-aloud.js";
import type { SavingModule } from "./saving.js";
import type { TypographyModule } from "./typography.js";

/** What each lazy bundle provides. */
export interface LazyModules {
  extract: ExtractModule;
  "read-aloud": ReadAloudModule;
  saving: SavingModule;
  picker: PickerModule;
  lightbox: LightboxModule;
  "keyboard-help": KeyboardHelpModule;
  typography: TypographyModule;
}

const REGISTRY = Symbol.for("quiet-reader/lazy-modules");

type Registry = { [N in LazyBundleName]?: LazyModules[N] };

function registry(): Registry {
  const global = globalThis as typeof globalThis & { [REGISTRY]?: Registry };
  if (!Object.hasOwn(global, REGISTRY)) Object.defineProperty(global, REGISTRY, { value: {}, enumerable: false, configurable: true });
  return global[REGISTRY]!;
}

/** Called by a lazy bundle when it runs. The first registration stays. */
export function registerLazy<N extends LazyBundleName>(name: N, module: LazyModules[N]): void {
  const modules = registry();
  if (!Object.hasOwn(modules, name)) Object.defineProperty(modules, name, { value: module, enumerable: true });
}

export function registeredLazy<N extends LazyBundleName>(name: N): LazyModules[N] | undefined {
  return registry()[name] as LazyModules[N] | undefined;
}

/** Puts a bundle into this world (content.js: asks the background to inject it). */
export type BundleInjector = (name: LazyBundleName) => Promise<void>;

/** Loads lazy bundles on first use with `inject`, once each (a failed load may be retried). */
export function lazyLoader(inject: BundleInjector): <N extends LazyBundleName>(name: N) => Promise<LazyModules[N]> {
  const loading = new Map<LazyBundleName, Promise<unknown>>();
  return <N extends LazyBundleName>(name: N): Promise<LazyModules[N]> => {
    const present = registeredLazy(name);
    if (present) return Promise.resolve(present);
    let pending = loading.get(name) as Promise<LazyModules[N]> | undefined;
    if (!pending) {
      pending = inject(name).then(() => {
        const module = registeredLazy(name);
        if (!module) throw new Error(`Quiet Reader: the ${name} bundle did not register`);
        return module;
      });
      pending.catch(() => loading.delete(name));
      loading.set(name, pending);
    }
    return pending;
  };
}

/** For contexts that bundle their tools statically (the library page): registered or an error. */
export const staticLoader = lazyLoader(async (name) => {
  throw new Error(`Quiet Reader: the ${name} bundle is not part of this page`);
});

export type LazyLoad = <N extends LazyBundleName>(name: N) => Promise<LazyModules[N]>;
