/**
 * `quiet-reader --explain`: why each block went or stayed, as text a person can read: the
 * repairs to Readability's pick, every block the rules removed with their tally, and every
 * leaf block the learned model judged with its probability, decision and the weights that
 * pushed it most. With --format json the same records are in the Article's `explain` field.
 */
import type { Article, BlockExplanation } from "../core/article.js";
import { MODEL_THRESHOLDS } from "../core/clutter/model/thresholds.js";

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function line(entry: BlockExplanation): string {
  const verdict = entry.decision === "removed" ? `REMOVED (${entry.reason})` : "kept";
  const score = entry.decidedBy === "model" ? `p=${entry.score.toFixed(3)}` : `tally=${entry.score}`;
  return `  [${entry.decidedBy}] ${verdict.padEnd(32)} ${score.padEnd(9)} <${entry.tag}> "${clip(entry.text, 90)}"\n      ${entry.why.join(", ")}`;
}

export function explainReport(article: Article): string {
  const out: string[] = [`${article.title}`, ""];
  out.push("repairs of Readability's pick:");
  if (article.repairs?.length) for (const r of article.repairs) out.push(`  ${r.kind}: ${r.detail}`);
  else out.push("  none");
  const entries = article.explain ?? [];
  out.push("", `blocks (model removes at p ≥ ${MODEL_THRESHOLDS.removeAt}, prose at p ≥ ${MODEL_THRESHOLDS.proseRemoveAt}; "why" lists the largest pushes, feature=value (push)):`);
  for (const entry of entries) out.push(line(entry));
  const others = article.removed.filter((r) => !entries.some((e) => e.decision === "removed" && e.text.startsWith(r.text.slice(0, 60))));
  if (others.length) {
    out.push("", "other removals (tracking pixels, tidy steps):");
    for (const r of others) out.push(`  ${r.reason}: "${clip(r.text, 90)}"`);
  }
  return `${out.join("\n")}\n`;
}
