// trafilatura's scoring primitives (tests/eval_common.py), as ../shared/tools/trafilatura-score
// ports them: Python's Unicode whitespace, per-page with/without counts, micro-averaged scores.
const WS = "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const RUN = new RegExp(`[${WS}]+`, "g");
const EDGE = new RegExp(`^[${WS}]+|[${WS}]+$`, "g");
export const norm = (text) => text.replace(RUN, " ").replace(EDGE, "");

export function countItem(item, result) {
  let tp = 0, fp = 0;
  if (typeof result === "string") {
    const resn = norm(result);
    tp = item.with.filter((w) => resn.includes(norm(w))).length;
    fp = item.without.filter((w) => resn.includes(norm(w))).length;
  }
  return [tp, fp, item.with.length - tp, item.without.length - fp];
}

export function scores({ tp, fp, fn, tn }) {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const total = tp + tn + fp + fn;
  return { precision, recall, accuracy: total ? (tp + tn) / total : 0, f1: 2 * tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 0 };
}
