/**
 * The "bare reader" (issue #15): the floor Quiet Reader's first open is measured against in
 * `npm run bench:browser`. Test build only (build.mjs adds it as test/bare-reader.js under
 * --test; tests/unit/shipped-bundles.test.ts keeps it out of dist/). The popup of the test
 * build injects it with the same `scripting.executeScript({ files })` call that injects
 * content.js when opened as popup.html?tabId=N&bare=1, and it does the least a reader can:
 * plain Readability on a copy of the page, its HTML in a closed shadow root styled by one
 * rule. Event-handler attributes are dropped first (one walk), so a hostile fixture's
 * handlers do not run in the page: the only step beyond "plain".
 * Its host carries data-quiet-reader-bare (the perf probe watches for it), it marks
 * "quiet-reader-bare:extracted" and "quiet-reader-bare:attached" (performance marks, to split
 * its time as the reader's is split), and it leaves what it showed on its isolated world's
 * global for the test to read.
 */
import { Readability } from "@mozilla/readability";

const content = new Readability(document.cloneNode(true) as Document, { serializer: (node: Node) => node as Element }).parse()?.content;
performance.mark("quiet-reader-bare:extracted");
const host = document.createElement("div");
host.setAttribute("data-quiet-reader-bare", "");
const shadow = host.attachShadow({ mode: "closed" });
const sheet = new CSSStyleSheet();
sheet.replaceSync(":host { all: initial; position: fixed; inset: 0; z-index: 2147483647; overflow: auto; background: #fff; color: #111; font: 20px/1.6 Georgia, serif; padding: 2em 20%; }");
shadow.adoptedStyleSheets = [sheet];
if (content) {
  for (const el of [content, ...content.querySelectorAll("*")]) {
    for (const name of el.getAttributeNames()) if (/^on/i.test(name)) el.removeAttribute(name);
  }
  shadow.append(document.adoptNode(content));
}
document.documentElement.append(host);
performance.mark("quiet-reader-bare:attached");
(globalThis as { __qrBareReader?: { text: string; images: number } }).__qrBareReader = { text: content?.textContent ?? "", images: content?.querySelectorAll("img").length ?? 0 };
