/**
 * The reader's tools as a registry (Refined GitHub's feature-per-file pattern): each tool is one
 * file in this folder that calls `registerTool` when imported (tools/all.ts imports them), and
 * the overlay (overlay.ts, the shell) builds the toolbar, the panels, the shortcuts and Esc from
 * the registry. A tool's code may live in a lazy bundle (src/content/lazy/): its descriptor here
 * is all content.js carries, and `load` brings the rest on first use. Adding or lazy-loading a
 * tool never touches overlay.ts.
 */
import type { Article } from "../../../core/article.js";
import type { ReaderSettings } from "../../../settings/schema.js";
import type { HideRule } from "../../../settings/site-rules.js";
import type { LazyLoad } from "../../lazy/registry.js";
import type { KeyAction } from "../keyboard.js";

/** What a tool may use of the open reader. */
export interface ToolContext {
  readonly doc: Document;
  readonly article: Article;
  /** The article element (sanitized content), inside the shadow root. */
  readonly articleEl: HTMLElement;
  /** The reader dialog; a tool may add its own layer to it (the lightbox). */
  readonly root: HTMLElement;
  /** The tool's panel (panel tools), its toolbar control (tools with one), else null. */
  readonly panel: HTMLElement | null;
  readonly control: HTMLButtonElement | null;
  settings(): ReaderSettings;
  /** Applies and persists a settings change. */
  change(patch: Partial<ReaderSettings>): void;
  /** Calls `update` now and whenever the settings change. */
  onSettings(update: (settings: ReaderSettings) => void): void;
  /** Says something in the reader's status line (a live region). */
  announce(message: string): void;
  /** Hides an article element and stores the per-site rule for it. */
  hideElement(rule: HideRule, element: Element): void;
  /** Scrolls the reader so that `range` stays in view (read aloud). */
  keepInView(range: Range): void;
  /** True while the reader is open (a tool that finished loading after Esc stays quiet). */
  isOpen(): boolean;
  loadBundle: LazyLoad;
}

/** A tool at work in one reader, from its first use until the reader is built again. */
export interface ToolSession {
  /** Its toolbar button or shortcut was used, or (`target`) the element it acts on (an image). */
  use?(target?: Element): void;
  /** Its panel was shown. */
  shown?(): void;
  /** Esc: closes what the tool has open; true when it did (the innermost thing closes first). */
  dismiss?(): boolean;
  /** While it returns an element, Tab stays inside it (a modal layer of its own). */
  focusScope?(): HTMLElement | null;
  /** The reader closed: stop whatever runs (speech, picking, an open image). */
  stop?(): void;
  /** What it is doing, for the overlay's inspection (read aloud: its player's state). */
  status?(): string;
  /** Test access only (test-access.ts): the picker's pick. */
  pick?(element: Element): HideRule;
}

/** What a tool's code provides (a lazy bundle's module, or the descriptor's own import). */
export interface ToolModule {
  activate(context: ToolContext): ToolSession;
}

export type ToolControl =
  /** A toggle that shows the tool's panel (`symbol` shown, else the label; `labelKey` its accessible name). */
  | { kind: "panel"; labelKey: string; symbol?: string }
  /** A plain button (`textKey` shown, `titleKey` its tooltip). */
  | { kind: "button"; textKey: string; titleKey?: string };

export interface Tool {
  /** Unique; the control's class is `qr-toggle-<id>` (panel) or `qr-<id>` (button). */
  readonly id: string;
  /** Place in the toolbar, ascending. */
  readonly order: number;
  readonly control?: ToolControl;
  /** The shortcut that uses the tool (keyboard.ts); a panel tool without `use` toggles its panel. */
  readonly key?: KeyAction;
  /** Cheap first-paint wiring; `activate` loads the tool and starts its session (e.g. on an image click). */
  mount?(context: ToolContext, activate: () => Promise<ToolSession | null>): void;
  /** The tool's code, on first use (a module in content.js returns it at once, a lazy bundle later). */
  load(loadBundle: LazyLoad): ToolModule | Promise<ToolModule>;
}

const TOOLS: Tool[] = [];

/** Called by each tool's file when imported; a second tool with the same id is a mistake. */
export function registerTool(tool: Tool): void {
  if (TOOLS.some((other) => other.id === tool.id)) throw new Error(`Quiet Reader: tool ${tool.id} registered twice`);
  TOOLS.push(tool);
  TOOLS.sort((a, b) => a.order - b.order);
}

/** The registered tools in toolbar order. */
export function registeredTools(): readonly Tool[] {
  return TOOLS;
}
