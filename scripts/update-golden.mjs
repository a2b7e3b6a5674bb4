#!/usr/bin/env node
// Writes the golden files of every fixture (tests/fixtures/<name>/source.html, with the url
// from its expected.json): expected.html, expected-removed.json, expected-metadata.json, from
// the same entry the CLI uses (src/cli/extract-from-html.ts), bundled from the working tree.
// tests/unit/golden.test.ts compares the pipeline with them exactly; after a change in output,
// run this and review the diff (git diff tests/fixtures) before committing it.
//
//   npm run golden:update [-- NAME ...]     all fixtures, or only the named ones
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundleForNode, ROOT } from "./lib/bundle-for-node.mjs";

const FIXTURES = join(ROOT, "tests/fixtures");
const core = await bundleForNode(
  [
    'export { extractFromHtml } from "./src/cli/extract-from-html.ts";',
    'export { goldenFiles } from "./tests/helpers/golden.ts";',
  ],
  join(ROOT, ".tmp/golden/core.mjs"),
);

const only = process.argv.slice(2);
const names = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES, entry.name, "source.html")) && existsSync(join(FIXTURES, entry.name, "expected.json")))
  .map((entry) => entry.name)
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();
for (const name of only) if (!names.includes(name)) {
  console.error(`no fixture named ${name} (needs tests/fixtures/${name}/source.html and expected.json)`);
  process.exit(2);
}

let changed = 0;
for (const name of names) {
  const dir = join(FIXTURES, name);
  const { url } = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
  const article = core.extractFromHtml(readFileSync(join(dir, "source.html"), "utf8"), url);
  for (const [file, text] of Object.entries(core.goldenFiles(article))) {
    const path = join(dir, file);
    if (existsSync(path) && readFileSync(path, "utf8") === text) continue;
    writeFileSync(path, text);
    changed++;
    console.log(`wrote tests/fixtures/${name}/${file}`);
  }
}
console.log(`${names.length} fixtures, ${changed} golden files changed${changed ? ": review them with git diff tests/fixtures" : ""}`);
