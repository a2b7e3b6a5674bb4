import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/built-cli.js";
import { loadFixture, normalise } from "../helpers/fixtures.js";

const SEED = "tests/fixtures/seed-christian-post/source.html";
const seed = loadFixture("seed-christian-post");

describe("quiet-reader CLI", () => {
  it("prints the Article as JSON with the whole article text and no banner", () => {
    const run = runCli([SEED, "--format", "json"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const article = JSON.parse(run.stdout);
    const text = normalise(article.textContent);
    for (const sentence of seed.expected.mustKeep) expect(text).toContain(normalise(sentence));
    for (const banner of seed.expected.mustDrop) expect(normalise(article.contentHtml)).not.toContain(normalise(banner));
    expect(article.title).toBe(seed.expected.title);
    expect(article.removed.length).toBeGreaterThanOrEqual(3);
  });

  it("survives a stylesheet that jsdom cannot parse (calc($a - 1px))", () => {
    // The seed page's <style> holds `calc($gutter - 1px)`; the JSON test above passing proves
    // the retry, this pins that the page really does carry it.
    expect(seed.html).toContain("calc($gutter - 1px)");
  });

  it("uses --url as the base for links and as Article.url", () => {
    const run = runCli([SEED, "--url", "https://news.example.org/world/story.html", "--format=json"]);
    const article = JSON.parse(run.stdout);
    expect(article.url).toBe("https://news.example.org/world/story.html");
    expect(article.contentHtml).toContain('src="https://news.example.org/files/brussels-memorial.jpg"');
  });

  it("prints a standalone, script-free HTML page by default", () => {
    const run = runCli([SEED]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<!doctype html>/);
    expect(run.stdout).toContain("<h1>ISIS Sends 400 Jihadis");
    expect(run.stdout).not.toMatch(/<script/i);
    expect(run.stdout).toContain("Content-Security-Policy");
  });

  it("prints Markdown with front matter", () => {
    const run = runCli([SEED, "--format", "md"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^---\ntitle: "ISIS Sends 400 Jihadis/);
    expect(run.stdout).toContain('author: "Samuel Smith"');
    expect(run.stdout).toContain("The Islamic State terrorist organization has trained");
  });

  it("writes to --out and reads from stdin with -", () => {
    const dir = mkdtempSync(join(tmpdir(), "qr-cli-"));
    const out = join(dir, "article.json");
    const run = runCli(["-", "--url", "https://example.com/a", "--format", "json", "--out", out], readFileSync(SEED, "utf8"));
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).url).toBe("https://example.com/a");
  });

  describe("bad input: one line on stderr, non-zero exit, no stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "qr-cli-bad-"));
    const binary = join(dir, "image.png");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const notHtml = join(dir, "notes.txt");
    writeFileSync(notHtml, "just some notes, no markup at all");
    const empty = join(dir, "empty.html");
    writeFileSync(empty, "<!doctype html><html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>");

    const cases: Array<[string, string[], number, RegExp]> = [
      ["a missing file", ["does/not/exist.html"], 1, /no such file: does\/not\/exist\.html/],
      ["a directory", [dir], 1, /is a directory/],
      ["binary data", [binary], 1, /not HTML/],
      ["text that is not HTML", [notHtml], 1, /does not look like HTML/],
      ["a page without an article", [empty], 3, /no article found/],
      ["an unknown flag", [SEED, "--colour"], 2, /unknown option --colour/],
      ["an unknown format", [SEED, "--format", "pdf"], 2, /unknown format "pdf"/],
      ["a flag without its value", [SEED, "--url"], 2, /--url needs a value/],
      ["a non-http --url", [SEED, "--url", "javascript:alert(1)"], 2, /--url must be an http\(s\) URL/],
      ["no input", [], 2, /missing input/],
      ["an unreachable URL", ["http://127.0.0.1:9/story.html"], 1, /could not fetch http:\/\/127\.0\.0\.1:9\/story\.html/],
    ];
    for (const [what, args, code, message] of cases) {
      it(`rejects ${what}`, () => {
        const run = runCli(args);
        expect(run.status).toBe(code);
        expect(run.stdout).toBe("");
        expect(run.stderr).toMatch(message);
        expect(run.stderr).not.toMatch(/\n\s+at /);
        expect(run.stderr.trim().split("\n")[0]).toMatch(/^quiet-reader: /);
      });
    }
  });
});
