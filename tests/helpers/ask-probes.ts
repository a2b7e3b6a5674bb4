/**
 * One-line ask probes: sets of asks ("Become a member today", "Hai ancora un articolo
 * gratuito") and news sentences that look like them, each put as a plain paragraph (no class,
 * no form, no link unless the line is a "Related:" link) into a short article, in the middle
 * and at the end. What the hidden banner pages test, in sentences written for this project
 * (tests/probes/README.md says which sets were tuned on and which are held out).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface ProbeLanguage {
  prose: string[];
  asks: string[];
  keep?: string[];
}
export type ProbeSet = Record<string, ProbeLanguage>;
export type Where = "mid" | "end";

export const PROBES_DIR = join(import.meta.dirname, "../probes");

/** The sets' letters in the order they were written: the last one is the held-out set. */
export function probeSetNames(dir = PROBES_DIR): string[] {
  return readdirSync(dir)
    .map((file) => /^oneline-asks-([a-z])\.json$/.exec(file)?.[1])
    .filter((name): name is string => !!name)
    .sort();
}

/** A probe set by letter; `dir` for a bundled copy of this module (the benchmark's). */
export function loadProbeSet(name: string, dir = PROBES_DIR): ProbeSet {
  return JSON.parse(readFileSync(join(dir, `oneline-asks-${name}.json`), "utf8")) as ProbeSet;
}

/**
 * Every news line the project has, which no ask reading may take: each probe set's prose and
 * look-alikes, and the fixtures' mustKeep sentences.
 */
export function projectNewsLines(): string[] {
  const lines: string[] = [];
  for (const name of probeSetNames()) for (const lang of Object.values(loadProbeSet(name))) lines.push(...lang.prose, ...(lang.keep ?? []));
  const fixtures = join(import.meta.dirname, "../fixtures");
  for (const dir of readdirSync(fixtures)) {
    try {
      lines.push(...(JSON.parse(readFileSync(join(fixtures, dir, "expected.json"), "utf8")) as { mustKeep?: string[] }).mustKeep ?? []);
    } catch {
      // A fixture without expected.json (a golden-only one) has no sentences to keep.
    }
  }
  return lines;
}

/** The page: six paragraphs of news with the line inserted after the third or at the end. */
export function probePage(lang: string, prose: readonly string[], lineHtml: string, where: Where): string {
  const paragraphs = prose.map((p) => `<p>${p}</p>`);
  paragraphs.splice(where === "mid" ? 3 : paragraphs.length, 0, `<p>${lineHtml}</p>`);
  return `<!doctype html><html lang="${lang}"><head><title>Tram plan</title></head><body><header><nav><a href="/">Home</a></nav></header><main><article><h1>Tram plan approved</h1>${paragraphs.join("")}</article></main><footer>© Gazette</footer></body></html>`;
}

/** The line's text as a reader sees it (the markup of a "Related:" link taken out). */
export function lineText(lineHtml: string): string {
  return lineHtml.replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();
}

/** Whether the article's text still shows the line. */
export function stillShown(articleText: string | undefined, lineHtml: string): boolean {
  return (articleText ?? "").replace(/\s+/g, " ").includes(lineText(lineHtml));
}

export const PROBE_URL = "https://news.example/2026/12/tram-plan";
