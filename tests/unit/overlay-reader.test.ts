import { JSDOM } from "jsdom";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Article } from "../../src/core/article.js";

vi.mock("../../src/platform/browser-api.js", async () => (await import("../helpers/english-browser-api.js")).englishBrowserApi());

const { ReaderOverlay } = await import("../../src/content/overlay/overlay.js");
const { pickElement, queryOverlay } = await import("../../src/content/overlay/test-access.js");
// The tools kept in lazy bundles register on import, as on the library page (the overlay's
// default loader serves what is registered).
await import("../../src/content/lazy/picker.js");
await import("../../src/content/lazy/lightbox.js");
await import("../../src/content/lazy/keyboard-help.js");
await import("../../src/content/lazy/typography.js");

/** Lets a tool that is loaded on first use arrive (the loader's promise settles). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const { DEFAULT_SETTINGS } = await import("../../src/settings/schema.js");
const { PALETTES } = await import("../../src/settings/themes.js");
const { normaliseText } = await import("../../src/core/removed-blocks.js");

function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    title: "The quiet article",
    byline: "Ada Writer",
    siteName: "Example News",
    publishedTime: "2024-03-05T10:00:00Z",
    lang: "en",
    dir: null,
    excerpt: null,
    contentHtml:
      "<h2>First part</h2><p>Alpha paragraph one. It has two sentences.</p><h2>Second part</h2><p id=\"qr-promo\">Promo text here.</p><h3>Detail</h3><p>Closing words of the story.</p><figure><img src=\"https://example.com/a.png\" alt=\"A chart\"><figcaption>The chart</figcaption></figure>",
    textContent: "",
    wordCount: 1234,
    readingTimeMinutes: 6,
    url: "https://example.com/story",
    removed: [
      { text: "Sign up for our newsletter to get the news in your inbox.", reason: "newsletter-signup" },
      { text: "Was this article helpful?", reason: "feedback-widget" },
    ],
    ...overrides,
  };
}

let dom: JSDOM;
let doc: Document;

beforeEach(() => {
  dom = new JSDOM(`<!doctype html><html><body><p id="page">Page <button id="page-button">b</button></p></body></html>`, { url: "https://example.com/story" });
  doc = dom.window.document;
});

/**
 * The overlay keeps its shadow root closed; tests reach it through the same hooks the e2e tests use.
 * jsdom never marks a dispatched event trusted, so these tests let every event count (the
 * browser default, trusted events only, is pinned in "events a page makes up" below).
 */
function open(article: Article | null = makeArticle(), options: ConstructorParameters<typeof ReaderOverlay>[2] = {}) {
  const overlay = new ReaderOverlay(doc, article, { acceptEvent: () => true, ...options });
  overlay.open();
  return overlay;
}

function key(overlay: InstanceType<typeof ReaderOverlay>, init: KeyboardEventInit, target?: Element | null) {
  const event = new dom.window.KeyboardEvent("keydown", { bubbles: true, composed: true, cancelable: true, ...init });
  (target ?? queryOverlay(overlay, ".qr-root"))!.dispatchEvent(event);
  return event;
}

describe("the reader overlay", () => {
  it("is a labelled modal dialog that makes the page behind it inert, and restores the page on close", () => {
    const overlay = open();
    const root = queryOverlay(overlay, ".qr-root")!;
    expect(root.getAttribute("role")).toBe("dialog");
    expect(root.getAttribute("aria-modal")).toBe("true");
    expect(root.getAttribute("aria-labelledby")).toBe("qr-title");
    expect(doc.body.hasAttribute("inert")).toBe(true);
    overlay.close();
    expect(doc.body.hasAttribute("inert")).toBe(false);
    expect(doc.querySelector("[data-quiet-reader]")).toBeNull();
  });

  it("shows title, byline, site, date, reading time, word count and a link to the original", () => {
    const overlay = open();
    const meta = overlay.inspect().text;
    expect(overlay.inspect().title).toBe("The quiet article");
    expect(meta).toContain("Ada Writer");
    expect(meta).toContain("Example News");
    expect(meta).toContain("6 min read");
    expect(meta).toMatch(/1,234 words/);
    expect(meta).toMatch(/2024/);
    expect(queryOverlay(overlay, ".qr-original")!.getAttribute("href")).toBe("https://example.com/story");
  });

  it("builds a table of contents for three or more headings, and none for fewer", () => {
    expect(open().inspect().toc).toEqual(["First part", "Second part", "Detail"]);
    const few = open(makeArticle({ contentHtml: "<h2>Only</h2><p>x</p><h2>Two</h2><p>y</p>" }));
    expect(few.inspect().toc).toEqual([]);
  });

  it("lists removed blocks with localized reasons behind a quiet 'N blocks hidden' control", () => {
    const overlay = open();
    const toggle = queryOverlay(overlay, ".qr-removed-toggle")!;
    expect(toggle.textContent).toBe("2 blocks hidden");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    toggle.click();
    expect(overlay.inspect().removed.open).toBe(true);
    expect(overlay.inspect().removed.items.map((item) => item.label)).toEqual(["Newsletter sign-up", "Feedback widget"]);
    expect(queryOverlay(overlay, ".qr-removed-list")!.textContent).toContain("Was this article helpful?");
  });

  it("reveals a removed block inline after the block that preceded it, and hides it again", () => {
    const overlay = open(makeArticle(), {
      locateRemoved: () => [{ html: "<p>Sign up for our newsletter to get the news in your inbox.</p>", anchorText: "Alpha paragraph one." }, null],
      normaliseAnchor: normaliseText,
    });
    queryOverlay(overlay, ".qr-removed-toggle")!.click();
    queryOverlay(overlay, ".qr-removed-reveal", 0)!.click();
    const revealed = queryOverlay(overlay, ".qr-revealed")!;
    expect(revealed.previousElementSibling?.textContent).toContain("Alpha paragraph one.");
    expect(revealed.textContent).toContain("Removed by Quiet Reader: Newsletter sign-up");
    expect(overlay.inspect().removed.revealed).toBe(1);
    queryOverlay(overlay, ".qr-removed-reveal", 0)!.click();
    expect(queryOverlay(overlay, ".qr-revealed")).toBeNull();
    // A block that cannot be found on the page says so instead of pretending.
    queryOverlay(overlay, ".qr-removed-reveal", 1)!.click();
    expect(queryOverlay(overlay, ".qr-removed-reveal", 1)!.textContent).toBe("Not found on the page");
  });

  it("applies typography and theme settings as CSS custom properties, and follows new settings live", () => {
    const overlay = open(makeArticle(), { settings: { ...DEFAULT_SETTINGS, theme: "sepia", fontSize: 24, fontFamily: "mono" } });
    const root = queryOverlay(overlay, ".qr-root")!;
    expect(root.style.getPropertyValue("--qr-bg")).toBe(PALETTES.sepia.bg);
    expect(root.style.getPropertyValue("--qr-size")).toBe("24px");
    expect(root.style.getPropertyValue("--qr-font")).toContain("monospace");
    overlay.setSettings({ ...DEFAULT_SETTINGS, theme: "dark", hideImages: true });
    expect(root.style.getPropertyValue("--qr-bg")).toBe(PALETTES.dark.bg);
    expect(root.dataset.theme).toBe("dark");
    expect(root.classList.contains("qr-no-images")).toBe(true);
  });

  it("keyboard: +/- change the font size, t cycles the theme, and each change is persisted", () => {
    const updates: unknown[] = [];
    const overlay = open(makeArticle(), { updateSettings: (patch) => updates.push(patch) });
    key(overlay, { key: "+" });
    key(overlay, { key: "+" });
    key(overlay, { key: "-" });
    key(overlay, { key: "t" });
    expect(overlay.inspect().settings!.fontSize).toBe(22);
    expect(overlay.inspect().theme).toBe("sepia");
    expect(updates).toEqual([{ fontSize: 22 }, { fontSize: 24 }, { fontSize: 22 }, { theme: "sepia" }]);
  });

  it("keyboard: Esc closes an open panel first, then the reader", async () => {
    let closed = 0;
    const overlay = open(makeArticle(), { onClosed: () => closed++ });
    key(overlay, { key: "?" });
    await settle();
    expect(overlay.inspect().panels).toEqual(["help"]);
    expect(queryOverlay(overlay, ".qr-panel-help")!.textContent).toContain("Start or pause reading aloud");
    key(overlay, { key: "Escape" });
    expect(overlay.inspect().panels).toEqual([]);
    expect(overlay.isOpen).toBe(true);
    key(overlay, { key: "Escape" });
    expect(overlay.isOpen).toBe(false);
    expect(closed).toBe(1);
  });

  it("keeps page shortcuts from seeing keys typed in the reader", () => {
    const overlay = open();
    const pageListener = vi.fn();
    doc.addEventListener("keydown", pageListener);
    key(overlay, { key: "j" });
    expect(pageListener).not.toHaveBeenCalled();
  });

  it("traps Tab focus inside the dialog in both directions", () => {
    const overlay = open();
    const first = queryOverlay(overlay, ".qr-toggle-typography")!;
    first.focus();
    const backward = key(overlay, { key: "Tab", shiftKey: true }, first);
    expect(backward.defaultPrevented).toBe(true);
    const last = overlay.inspect().focused;
    expect(last).not.toBeNull();
    expect(last).not.toContain("qr-toggle-typography");
    const forward = key(overlay, { key: "Tab" }, queryOverlay(overlay, ".qr-root")!.getRootNode() instanceof dom.window.ShadowRoot ? (queryOverlay(overlay, ".qr-root")!.getRootNode() as ShadowRoot).activeElement : null);
    expect(forward.defaultPrevented).toBe(true);
    expect(overlay.inspect().focused).toContain("qr-toggle-typography");
    // In the middle of the dialog, Tab is left to the browser.
    const middle = key(overlay, { key: "Tab" }, first);
    expect(middle.defaultPrevented).toBe(false);
  });

  it("hides picked elements and reports a per-site rule; stored rules hide them on the next open", async () => {
    const rules: unknown[] = [];
    const overlay = open(makeArticle(), { addHideRule: (rule) => rules.push(rule) });
    expect(await pickElement(overlay, "#qr-promo")).toMatchObject({ selector: "#qr-promo" });
    expect(overlay.inspect().hidden).toEqual(["Promo text here."]);
    expect(rules).toHaveLength(1);
    overlay.close();
    const again = open(makeArticle(), { hideRules: rules as never });
    expect(again.inspect().hidden).toEqual(["Promo text here."]);
    again.setHideRules([]);
    expect(again.inspect().hidden).toEqual([]);
  });

  it("renders right-to-left articles right to left", () => {
    const overlay = open(makeArticle({ dir: "rtl", lang: "ar" }));
    expect(overlay.inspect().dir).toBe("rtl");
    expect(queryOverlay(overlay, ".qr-page")!.getAttribute("dir")).toBe("rtl");
  });

  it("makes standalone images enlargeable, with an accessible name", async () => {
    const overlay = open();
    const img = queryOverlay(overlay, ".qr-article img")!;
    expect(img.getAttribute("role")).toBe("button");
    expect(img.getAttribute("aria-label")).toBe("Enlarge image: A chart");
    // The lightbox is a lazy tool: nothing of it exists before the first click on an image.
    expect(queryOverlay(overlay, ".qr-lightbox")).toBeNull();
    img.click();
    await settle();
    expect(queryOverlay(overlay, ".qr-lightbox")!.hidden).toBe(false);
    expect(queryOverlay(overlay, ".qr-lightbox-caption")!.textContent).toBe("The chart");
    key(overlay, { key: "Escape" }, queryOverlay(overlay, ".qr-lightbox-close"));
    expect(queryOverlay(overlay, ".qr-lightbox")!.hidden).toBe(true);
    expect(overlay.isOpen).toBe(true);
  });

  it("keeps a hidden Save control until the saving feature wires it", () => {
    const overlay = open();
    const save = queryOverlay(overlay, ".qr-save")!;
    expect(save.hidden).toBe(true);
    const handler = vi.fn();
    overlay.setSaveHandler(handler);
    expect(save.hidden).toBe(false);
    save.click();
    expect(handler).toHaveBeenCalledOnce();
  });

  it("says so when there is no article", () => {
    const overlay = open(null);
    expect(overlay.inspect().text).toContain("could not find an article");
  });
});

describe("the removed-blocks control", () => {
  it("uses the singular for one block", () => {
    const overlay = open(makeArticle({ removed: [{ text: "Advertisement", reason: "advertisement" }] }));
    expect(queryOverlay(overlay, ".qr-removed-toggle")!.textContent).toBe("1 block hidden");
  });

  it("is absent when nothing was removed", () => {
    expect(queryOverlay(open(makeArticle({ removed: [] })), ".qr-removed-toggle")).toBeNull();
  });
});

describe("the typography panel", () => {
  it("writes font, alignment and image choices through to the settings and the overlay", async () => {
    const updates: unknown[] = [];
    const overlay = open(makeArticle(), { updateSettings: (patch) => updates.push(patch) });
    queryOverlay(overlay, ".qr-toggle-typography")!.click();
    await settle();
    expect(overlay.inspect().panels).toEqual(["typography"]);
    const font = queryOverlay(overlay, "#qr-font-family") as HTMLSelectElement;
    font.value = "sans";
    font.dispatchEvent(new dom.window.Event("change"));
    const images = queryOverlay(overlay, "#qr-hide-images") as HTMLInputElement;
    images.checked = true;
    images.dispatchEvent(new dom.window.Event("change"));
    queryOverlay(overlay, ".qr-lineHeight-up")!.click();
    expect(updates).toEqual([{ fontFamily: "sans" }, { hideImages: true }, { lineHeight: 1.7 }]);
    const root = queryOverlay(overlay, ".qr-root")!;
    expect(root.style.getPropertyValue("--qr-font")).toContain("sans-serif");
    expect(root.classList.contains("qr-no-images")).toBe(true);
    expect(queryOverlay(overlay, ".qr-panel-typography .qr-stepper-value", 1)!.textContent).toBe("1.7");
  });
});

describe("keys from outside the dialog", () => {
  it("are handled when they come from the page behind, and left alone when they come from other UI beside it", () => {
    let closed = 0;
    const overlay = open(makeArticle(), { onClosed: () => closed++ });
    const toastHost = doc.createElement("div");
    doc.documentElement.append(toastHost);
    const fromToast = new dom.window.KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true });
    toastHost.dispatchEvent(fromToast);
    expect(overlay.isOpen).toBe(true);
    const fromPage = new dom.window.KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true });
    doc.body.dispatchEvent(fromPage);
    expect(overlay.isOpen).toBe(false);
    expect(closed).toBe(1);
  });
});

describe("events a page makes up", () => {
  /** Stands in for the browser's isTrusted: only events the test marks as the user's count. */
  function userInput() {
    const marked = new WeakSet<Event>();
    return { accept: (event: Event) => marked.has(event), mark: <E extends Event>(event: E): E => (marked.add(event), event) };
  }

  it("by default, only trusted events count: synthetic keys and clicks do nothing", () => {
    let closed = 0;
    const updates: unknown[] = [];
    const overlay = new ReaderOverlay(doc, makeArticle(), { onClosed: () => closed++, updateSettings: (patch) => updates.push(patch) });
    overlay.open();
    for (const k of ["+", "t", "?", "Escape"]) {
      key(overlay, { key: k });
      doc.body.dispatchEvent(new dom.window.KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
    }
    queryOverlay(overlay, ".qr-close")!.click();
    queryOverlay(overlay, ".qr-toggle-typography")!.click();
    expect(overlay.isOpen).toBe(true);
    expect(closed).toBe(0);
    expect(updates).toEqual([]);
    expect(overlay.inspect().panels).toEqual([]);
    expect(overlay.inspect().settings!.fontSize).toBe(DEFAULT_SETTINGS.fontSize);
  });

  it("ignores what the predicate rejects and acts on what it accepts, for keys on the page, keys in the dialog and clicks", async () => {
    const user = userInput();
    const overlay = open(makeArticle(), { acceptEvent: user.accept });
    const pageEscape = () => new dom.window.KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true });
    const fake = pageEscape();
    doc.body.dispatchEvent(fake);
    expect(overlay.isOpen).toBe(true);
    // The gate does not swallow the page's own event: it only declines to act on it.
    expect(fake.defaultPrevented).toBe(false);

    key(overlay, { key: "+" });
    expect(overlay.inspect().settings!.fontSize).toBe(DEFAULT_SETTINGS.fontSize);
    queryOverlay(overlay, ".qr-root")!.dispatchEvent(user.mark(new dom.window.KeyboardEvent("keydown", { key: "+", bubbles: true, cancelable: true })));
    expect(overlay.inspect().settings!.fontSize).toBe(DEFAULT_SETTINGS.fontSize + 2);

    // The typography panel is filled when first shown.
    queryOverlay(overlay, ".qr-toggle-typography")!.dispatchEvent(user.mark(new dom.window.MouseEvent("click", { bubbles: true, cancelable: true })));
    await settle();
    const images = queryOverlay(overlay, ".qr-checkbox") as HTMLInputElement;
    images.click();
    expect(images.checked).toBe(false);
    expect(overlay.inspect().settings!.hideImages).toBe(false);

    queryOverlay(overlay, ".qr-close")!.click();
    expect(overlay.isOpen).toBe(true);
    queryOverlay(overlay, ".qr-close")!.dispatchEvent(user.mark(new dom.window.MouseEvent("click", { bubbles: true, cancelable: true })));
    expect(overlay.isOpen).toBe(false);
  });

  it("keeps the page from scrolling when a page script fakes the print events", () => {
    const user = userInput();
    const overlay = open(makeArticle(), { acceptEvent: user.accept });
    const locked = doc.documentElement.style.cssText;
    dom.window.dispatchEvent(new dom.window.Event("beforeprint"));
    expect(doc.documentElement.style.cssText).toBe(locked);
    dom.window.dispatchEvent(user.mark(new dom.window.Event("beforeprint")));
    expect(doc.documentElement.style.cssText).not.toBe(locked);
    overlay.close();
  });
});
