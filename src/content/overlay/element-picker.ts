/**
 * "Hide an element": while picking, the block under the pointer is outlined; a click hides
 * it and hands a per-site rule to the caller to store. Esc or the toolbar button cancels.
 * Picking works on the article's blocks only (never the reader's own controls).
 */
import { ruleForElement, type HideRule } from "../../settings/site-rules.js";

const PICKABLE = "p, figure, img, picture, div, section, aside, ul, ol, dl, table, blockquote, pre, h2, h3, h4, h5, h6, header, footer, details";
const TARGET_CLASS = "qr-pick-target";
const PICKING_CLASS = "qr-picking";

/** The block the picker acts on for a pointer target inside the article. */
export function pickableBlock(target: Element | null, article: Element): Element | null {
  const block = target?.closest(PICKABLE) ?? null;
  if (!block || block === article || !article.contains(block)) return null;
  return block;
}

export class ElementPicker {
  active = false;
  private current: Element | null = null;
  private readonly onOver = (event: Event): void => this.mark(pickableBlock(event.target as Element, this.article));
  private readonly onClick = (event: Event): void => {
    const block = pickableBlock(event.target as Element, this.article);
    if (!block) return;
    event.preventDefault();
    event.stopPropagation();
    this.pick(block);
  };

  constructor(
    private readonly article: Element,
    private readonly onPicked: (rule: HideRule, element: Element) => void,
    private readonly onActiveChange: (active: boolean) => void,
  ) {}

  start(): void {
    if (this.active) return;
    this.active = true;
    this.article.classList.add(PICKING_CLASS);
    this.article.addEventListener("mouseover", this.onOver);
    this.article.addEventListener("click", this.onClick, true);
    this.onActiveChange(true);
  }

  stop(): void {
    if (!this.active) return;
    this.active = false;
    this.mark(null);
    this.article.classList.remove(PICKING_CLASS);
    this.article.removeEventListener("mouseover", this.onOver);
    this.article.removeEventListener("click", this.onClick, true);
    this.onActiveChange(false);
  }

  /** Hides `block` and reports the rule for it (also the entry point for tests). */
  pick(block: Element): HideRule {
    const rule = ruleForElement(block, this.article);
    this.stop();
    this.onPicked(rule, block);
    return rule;
  }

  private mark(block: Element | null): void {
    if (block === this.current) return;
    this.current?.classList.remove(TARGET_CLASS);
    this.current = block;
    block?.classList.add(TARGET_CLASS);
  }
}
