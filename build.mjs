// Builds the extension for Chrome and Firefox from one manifest.json, and the CLI.
//   node build.mjs            dist/chrome, dist/firefox, dist/cli (prints bundle sizes)
//   node build.mjs --watch    rebuild on change
//   node build.mjs --zip      also write store-ready zips to dist/
//   node build.mjs --test     the test build: dist-test/chrome, dist-test/firefox (or $QR_DIST/…),
//                             with the e2e suite's hooks (__QR_TEST_BUILD__ true), no CLI, no zips
//   node build.mjs --with-test  the shipped build and the test build, in one run (npm test)
import * as esbuild from "esbuild";
import { chmod, cp, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { zipSync } from "fflate";
import { gzipSync } from "node:zlib";
import { BUDGETS, FIREFOX_BUDGETS, LAZY_BUNDLES } from "./scripts/bundle-budgets.mjs";

const ROOT = dirname(new URL(import.meta.url).pathname);
const SRC = join(ROOT, "src");
const TARGETS = ["chrome", "firefox"];
const args = new Set(process.argv.slice(2));
const watch = args.has("--watch");
const zip = args.has("--zip");
const testOnly = args.has("--test");
const withTest = args.has("--with-test");
// QR_DIST lets parallel work (or tests) build into a folder of its own.
const DIST = process.env.QR_DIST ? resolve(process.env.QR_DIST) : join(ROOT, testOnly ? "dist-test" : "dist");
/** Where --with-test writes the test build (the e2e harness's default folder). */
const TEST_DIST = join(ROOT, "dist-test");

/**
 * Extension entry points: output path inside each browser's folder → source. dist/chrome is
 * built from these; dist/firefox is its copy with FIREFOX_ENTRIES built over it.
 */
export const EXTENSION_ENTRIES = {
  // Chrome's service worker: extraction is done by the offscreen document.
  "background": "src/background/platform/chromium/background.ts",
  "content": "src/content/content-script.ts",
  "popup/popup": "src/popup/popup.ts",
};
/**
 * Test build only: the bare reader (plain Readability in a closed shadow root), the floor
 * `npm run bench:browser` measures the reader's first open against (tests/e2e/bare-reader/).
 */
export const TEST_ONLY_ENTRIES = {
  "test/bare-reader": "tests/e2e/bare-reader/bare-reader.ts",
};
/**
 * Firefox's own builds of an entry (uBlock Origin's platform split): its background is an
 * event page with a DOM, which extracts fetched pages itself (src/background/platform/).
 * Built into FIREFOX_OWN_DIR and copied over the mirror of dist/chrome.
 */
export const FIREFOX_ENTRIES = {
  "background": "src/background/platform/firefox/background.ts",
};
const FIREFOX_OWN_DIR = ".firefox-own";
for (const out of Object.keys(FIREFOX_ENTRIES)) {
  if (!(`${out}.js` in FIREFOX_BUDGETS)) throw new Error(`Firefox's ${out}.js has no size budget: add it to FIREFOX_BUDGETS in scripts/bundle-budgets.mjs`);
}
const PAGE_ENTRIES = {
  "options/options": "src/options/options.ts",
  "library/library": "src/library/library.ts",
  "library/offscreen": "src/background/offscreen/offscreen.ts",
};

/**
 * The content script's lazy bundles (src/messages/lazy-bundles.ts): injected into the page's
 * isolated world on first use, built beside content.js as lazy/<name>.js.
 */
export const LAZY_ENTRIES = Object.fromEntries(LAZY_BUNDLES.map((name) => [`lazy/${name}`, `src/content/lazy/${name}.ts`]));
for (const name of LAZY_BUNDLES) {
  if (!(`lazy/${name}.js` in BUDGETS)) throw new Error(`lazy bundle ${name} has no size budget: add "lazy/${name}.js" to scripts/bundle-budgets.mjs`);
}

async function exists(path) {
  return stat(path).then(() => true, () => false);
}

async function entries() {
  const all = { ...EXTENSION_ENTRIES, ...PAGE_ENTRIES };
  // A wrong path must fail the build, not drop a page from it.
  for (const [out, src] of [...Object.entries(all), ...Object.entries(FIREFOX_ENTRIES)]) if (!(await exists(join(ROOT, src)))) throw new Error(`build.mjs: entry ${out} points at ${src}, which does not exist`);
  return Object.fromEntries(Object.entries(all).map(([out, src]) => [out, join(ROOT, src)]));
}

/** CSS imported by scripts (the overlay's, adopted into its shadow root) is bundled as minified text. */
const cssAsMinifiedText = {
  name: "css-as-minified-text",
  setup(build) {
    build.onLoad({ filter: /\.css$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const { code } = await esbuild.transform(source, { loader: "css", minify: !watch });
      return { contents: code, loader: "text" };
    });
  },
};

const sharedOptions = {
  bundle: true,
  // Test hooks sit behind `if (__QR_TEST_BUILD__)`: false removes them (src/types/build-flags.d.ts).
  define: { __QR_TEST_BUILD__: "false" },
  minify: !watch,
  sourcemap: watch ? "inline" : false,
  legalComments: "none",
  // Write non-ASCII as UTF-8, not \uXXXX escapes: the clutter rules are full of accented words
  // (extension scripts must be UTF-8 anyway).
  charset: "utf8",
  plugins: [cssAsMinifiedText],
  logLevel: "warning",
};

/** The content script is injected into pages: it gets a slim API layer instead of the polyfill. */
const CONTENT_ENTRY = "content";
const CONTENT_ALIAS = { "webextension-polyfill": "./src/platform/content-browser-api.ts" };

/** esbuild options for one extension build into `dist`; `test` compiles the e2e hooks in. */
async function extensionOptions(dist = DIST, test = testOnly) {
  const { [CONTENT_ENTRY]: content, ...rest } = await entries();
  const common = { ...sharedOptions, define: { __QR_TEST_BUILD__: String(test) }, outdir: join(dist, "chrome"), format: "iife", platform: "browser", target: ["chrome120", "firefox128"] };
  return [
    { ...common, entryPoints: test ? { ...rest, ...Object.fromEntries(Object.entries(TEST_ONLY_ENTRIES).map(([out, src]) => [out, join(ROOT, src)])) } : rest },
    { ...common, entryPoints: { [CONTENT_ENTRY]: content, ...Object.fromEntries(Object.entries(LAZY_ENTRIES).map(([out, src]) => [out, join(ROOT, src)])) }, alias: CONTENT_ALIAS },
    { ...common, outdir: join(dist, FIREFOX_OWN_DIR), entryPoints: Object.fromEntries(Object.entries(FIREFOX_ENTRIES).map(([out, src]) => [out, join(ROOT, src)])) },
  ];
}

const cliOptions = {
  ...sharedOptions,
  minify: false,
  entryPoints: { "quiet-reader": join(SRC, "cli/bin.ts") },
  outdir: join(DIST, "cli"),
  outExtension: { ".js": ".mjs" },
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  banner: { js: "#!/usr/bin/env node" },
};

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out;
}

/**
 * Pages whose output folder is not their source folder: src/ is split by the context that
 * runs the code, dist/ keeps the paths the manifest, the background and the tests name.
 */
const PAGE_OUTPUT_DIRS = { "background/offscreen": "library" };

/** Pages (HTML) and the CSS beside them; CSS imported by scripts is bundled instead. */
async function copyStatic(outDir) {
  const files = await listFiles(SRC);
  const pageDirs = new Set(files.filter((f) => f.endsWith(".html")).map((f) => dirname(f)));
  for (const file of files) {
    const isPage = file.endsWith(".html") || (file.endsWith(".css") && pageDirs.has(dirname(file)));
    if (!isPage) continue;
    const dir = relative(SRC, dirname(file));
    const target = join(outDir, PAGE_OUTPUT_DIRS[dir] ?? dir, basename(file));
    await mkdir(dirname(target), { recursive: true });
    await cp(file, target);
  }
  await cp(join(SRC, "_locales"), join(outDir, "_locales"), { recursive: true });
  await mkdir(join(outDir, "icons"), { recursive: true });
  for (const icon of await readdir(join(ROOT, "icons"))) {
    if (icon.endsWith(".png")) await cp(join(ROOT, "icons", icon), join(outDir, "icons", icon));
  }
}

/** One manifest source; each browser gets the keys it understands and nothing else. */
export function manifestFor(target, source) {
  const manifest = structuredClone(source);
  if (target === "chrome") {
    delete manifest.browser_specific_settings;
  } else {
    manifest.background = { scripts: [source.background.service_worker] };
    // Chrome's offscreen documents; Firefox's background page has a DOM of its own.
    manifest.permissions = manifest.permissions.filter((permission) => permission !== "offscreen");
  }
  return manifest;
}

async function writeManifests(dist = DIST) {
  const source = JSON.parse(await readFile(join(ROOT, "manifest.json"), "utf8"));
  source.version = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")).version;
  for (const target of TARGETS) {
    await writeFile(join(dist, target, "manifest.json"), `${JSON.stringify(manifestFor(target, source), null, 2)}\n`);
  }
}

/** dist/firefox: dist/chrome with Firefox's own entries (FIREFOX_ENTRIES) over it. */
async function mirrorToFirefox(dist = DIST) {
  await rm(join(dist, "firefox"), { recursive: true, force: true });
  await cp(join(dist, "chrome"), join(dist, "firefox"), { recursive: true });
  await cp(join(dist, FIREFOX_OWN_DIR), join(dist, "firefox"), { recursive: true });
}

function formatKb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Prints each bundle's size against its budget: all of dist/chrome, then what dist/firefox has of its own. */
async function reportSizes() {
  let overBudget = false;
  const row = (name, raw, budgets) => {
    // zlib, as `gzip -9` and servers compress (fflate's level 9 comes out ~3 % larger).
    const gz = gzipSync(raw, { level: 9 }).length;
    const budget = budgets[name];
    const verdict = budget === undefined ? "" : gz <= budget ? `  (budget ${formatKb(budget)}: ok)` : `  (budget ${formatKb(budget)}: OVER)`;
    if (budget !== undefined && gz > budget) overBudget = true;
    return `  ${name.padEnd(24)} ${formatKb(raw.length).padStart(10)} raw ${formatKb(gz).padStart(10)} gzip${verdict}`;
  };
  const chrome = join(DIST, "chrome");
  const rows = [];
  for (const file of (await listFiles(chrome)).filter((f) => f.endsWith(".js")).sort()) rows.push(row(relative(chrome, file), await readFile(file), BUDGETS));
  const firefoxRows = [];
  for (const out of Object.keys(FIREFOX_ENTRIES).sort()) firefoxRows.push(row(`${out}.js`, await readFile(join(DIST, "firefox", `${out}.js`)), FIREFOX_BUDGETS));
  console.log(`Bundle sizes (dist/chrome):\n${rows.join("\n")}\nFirefox's own (dist/firefox; the rest is identical to dist/chrome):\n${firefoxRows.join("\n")}`);
  return !overBudget;
}

async function zipDir(dir, outFile) {
  const files = {};
  for (const file of await listFiles(dir)) files[relative(dir, file).split("\\").join("/")] = new Uint8Array(await readFile(file));
  await writeFile(outFile, zipSync(files, { level: 9, mtime: new Date("2026-01-01T00:00:00Z") }));
}

/** The test build: the extension only (the CLI has no hooks), sizes not held to the budgets. */
async function buildTest(dist) {
  await rm(dist, { recursive: true, force: true });
  await mkdir(join(dist, "chrome"), { recursive: true });
  await Promise.all((await extensionOptions(dist, true)).map((options) => esbuild.build(options)));
  await copyStatic(join(dist, "chrome"));
  await mirrorToFirefox(dist);
  await writeManifests(dist);
  console.log(`Test build (e2e hooks compiled in, never to be shipped): ${relative(ROOT, dist) || dist}/{chrome,firefox}`);
}

async function buildOnce() {
  if (testOnly) return buildTest(DIST);
  await rm(DIST, { recursive: true, force: true });
  await mkdir(join(DIST, "chrome"), { recursive: true });
  await Promise.all([...(await extensionOptions(DIST, false)).map((options) => esbuild.build(options)), esbuild.build(cliOptions)]);
  await chmod(join(DIST, "cli", "quiet-reader.mjs"), 0o755);
  await copyStatic(join(DIST, "chrome"));
  await mirrorToFirefox();
  await writeManifests();
  const withinBudget = await reportSizes();
  if (zip) {
    const { version } = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8"));
    for (const target of TARGETS) {
      const out = join(DIST, `quiet-reader-${target}-${version}.zip`);
      await zipDir(join(DIST, target), out);
      console.log(`Wrote ${relative(ROOT, out)}`);
    }
  }
  if (!withinBudget) {
    console.error("A bundle is over its size budget.");
    process.exitCode = 1;
  }
  if (withTest) await buildTest(TEST_DIST);
}

async function watchMode() {
  await buildOnce();
  // Both extension builds (content.js has its own) end on a shared change: one copy at a time,
  // and a second request while one is waiting adds nothing, so Firefox's mirror is never copied
  // over a half-removed folder.
  let syncing = Promise.resolve();
  let waiting = false;
  const syncRest = () => {
    if (waiting) return syncing;
    waiting = true;
    syncing = syncing.then(async () => {
      waiting = false;
      await copyStatic(join(DIST, "chrome"));
      await mirrorToFirefox();
      await writeManifests();
      console.log(`[watch] rebuilt ${new Date().toLocaleTimeString()}`);
    });
    return syncing;
  };
  const rebuildRest = {
    name: "copy-static",
    setup(build) {
      build.onEnd((result) => (result.errors.length ? undefined : syncRest()));
    },
  };
  const ext = await Promise.all((await extensionOptions()).map((options) => esbuild.context({ ...options, plugins: [cssAsMinifiedText, rebuildRest] })));
  const cli = await esbuild.context(cliOptions);
  await Promise.all([...ext.map((context) => context.watch()), cli.watch()]);
  console.log("[watch] watching src/ (Ctrl+C to stop)");
}

if (watch) await watchMode();
else await buildOnce();
