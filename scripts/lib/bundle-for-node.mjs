// Bundles chosen exports of the working tree's TypeScript into one Node module and imports it,
// so the benchmarks measure src/ as it is and need nothing but `npm ci`.
import * as esbuild from "esbuild";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export const ROOT = resolve(dirname(new URL(import.meta.url).pathname), "../..");

/** `exportLines`: lines like 'export { x } from "./src/…/file.ts";', resolved from the repo root. */
export async function bundleForNode(exportLines, outfile) {
  mkdirSync(dirname(outfile), { recursive: true });
  await esbuild.build({
    stdin: { contents: exportLines.join("\n"), resolveDir: ROOT, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    outfile,
    logLevel: "warning",
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
