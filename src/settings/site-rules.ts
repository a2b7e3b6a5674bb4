/**
 * Per-site rules: elements the user picked in the reader to hide on that site. A rule is a
 * CSS selector relative to the article, and (for positional selectors, which mean nothing on
 * another article of the same site) the start of the element's text, which must match too.
 * DOM-pure and extension-free: the overlay, the options page and the tests share it.
 */
import * as v from "valibot";

export interface HideRule {
  /** A selector matched inside the rendered article. */
  selector: string;
  /** When set, an element matches only if its normalised text starts with this. */
  text: string | null;
  /** What the user saw, for the options page list. */
  label: string;
}

/** Site key (host without "www.") → its rules. */
export type SiteRules = Record<string, HideRule[]>;

const MAX_RULES_PER_SITE = 50;
const LABEL_CHARS = 80;
const TEXT_CHARS = 80;

const RuleSchema = v.object({
  selector: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  text: v.nullable(v.pipe(v.string(), v.maxLength(200))),
  label: v.pipe(v.string(), v.maxLength(200)),
});

function normalise(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

/** The site a URL belongs to for rules: its host, lower-cased, without a leading "www.". Null for non-web URLs. */
export function siteKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  return parsed.hostname.toLowerCase().replace(/^www\./, "") || null;
}

/** Reads stored rules, dropping anything malformed (one bad rule never loses the others). */
export function parseSiteRules(raw: unknown): SiteRules {
  const out: SiteRules = {};
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return out;
  for (const [site, list] of Object.entries(raw)) {
    if (!Array.isArray(list) || !/^[a-z0-9.-]+$/i.test(site)) continue;
    const rules = list.flatMap((item) => {
      const result = v.safeParse(RuleSchema, item);
      return result.success ? [result.output] : [];
    });
    if (rules.length) out[site.toLowerCase()] = rules.slice(0, MAX_RULES_PER_SITE);
  }
  return out;
}

export function rulesForUrl(rules: SiteRules, url: string): HideRule[] {
  const key = siteKey(url);
  return key ? (rules[key] ?? []) : [];
}

function sameRule(a: HideRule, b: HideRule): boolean {
  return a.selector === b.selector && a.text === b.text;
}

export function addRule(rules: SiteRules, site: string, rule: HideRule): SiteRules {
  const existing = rules[site] ?? [];
  if (existing.some((r) => sameRule(r, rule))) return rules;
  return { ...rules, [site]: [...existing, rule].slice(-MAX_RULES_PER_SITE) };
}

export function removeRule(rules: SiteRules, site: string, index: number): SiteRules {
  const existing = rules[site] ?? [];
  const left = existing.filter((_, i) => i !== index);
  const out = { ...rules };
  if (left.length) out[site] = left;
  else delete out[site];
  return out;
}

export function elementMatchesRule(el: Element, rule: HideRule): boolean {
  return rule.text === null || normalise(el.textContent).startsWith(rule.text);
}

/** The elements inside `root` that the rules hide. Invalid selectors are skipped. */
export function matchRules(root: Element, rules: HideRule[]): Element[] {
  const hits = new Set<Element>();
  for (const rule of rules) {
    let candidates: Element[];
    try {
      candidates = Array.from(root.querySelectorAll(rule.selector));
    } catch {
      continue;
    }
    for (const el of candidates) if (elementMatchesRule(el, rule)) hits.add(el);
  }
  return [...hits];
}

function cssEscape(value: string): string {
  return value.replace(/[^a-zA-Z0-9_-]/g, (ch) => `\\${ch.codePointAt(0)!.toString(16)} `);
}

/** The path from `root` to `el` as `:scope > tag:nth-of-type(n) > …`. */
function positionalSelector(el: Element, root: Element): string {
  const parts: string[] = [];
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    const tag = node.localName;
    const index = Array.from(node.parentElement?.children ?? []).filter((sibling) => sibling.localName === tag).indexOf(node) + 1;
    parts.unshift(`${tag}:nth-of-type(${index})`);
  }
  return `:scope > ${parts.join(" > ")}`;
}

/**
 * A rule that hides `el` (inside the article `root`). An id or class names a component
 * that recurs across a site's articles, so it is used alone; otherwise the position is
 * pinned to the element's text so the rule never hides a different block elsewhere.
 */
export function ruleForElement(el: Element, root: Element): HideRule {
  const text = normalise(el.textContent);
  const label = text.slice(0, LABEL_CHARS) || `<${el.localName}>`;
  const id = el.getAttribute("id");
  if (id) return { selector: `#${cssEscape(id)}`, text: null, label };
  const classes = (el.getAttribute("class") ?? "").split(/\s+/).filter((c) => /^[a-zA-Z_-][\w-]*$/.test(c));
  if (classes.length) {
    const selector = `${el.localName}.${classes.map(cssEscape).join(".")}`;
    if (root.querySelectorAll(selector).length === 1) return { selector, text: null, label };
  }
  return { selector: positionalSelector(el, root), text: text.slice(0, TEXT_CHARS), label };
}

/** Origins where the reader opens by itself (each one granted by the user as a host permission). */
export function parseAutoOpenOrigins(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return [...new Set(raw.filter((item): item is string => typeof item === "string" && originOf(item) === item))];
}

/** "https://example.com" for any URL on that origin; null for non-web URLs. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** The host-permission match pattern for one origin. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}
