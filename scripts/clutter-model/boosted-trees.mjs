// Gradient-boosted shallow trees for a binary label (log loss, Newton leaf values, L2 on
// leaves), on features binned at their quantiles. No dependency, deterministic. The result is a
// plain table of nodes the core scores with (src/core/clutter/model/score-block.ts).

function quantileThresholds(values, bins) {
  const sorted = Float64Array.from(values).sort();
  const out = [];
  for (let b = 1; b < bins; b++) {
    const v = sorted[Math.floor((b * sorted.length) / bins)];
    if (out.length === 0 || v > out[out.length - 1]) out.push(v);
  }
  return out;
}

/** xs: rows of raw features; y: 0/1; w: weights. Returns { base, trees: [{ feature, threshold, left, right, value }] }. */
export function fitBoostedTrees(xs, y, w, { trees = 120, depth = 3, rate = 0.1, lambda = 1, minWeight = 20, bins = 32 } = {}) {
  const n = xs.length, d = xs[0].length;
  const thresholds = Array.from({ length: d }, (_, j) => quantileThresholds(xs.map((x) => x[j]), bins));
  // Bin index per row and feature: bin k means value <= thresholds[k] (k = thresholds.length: above all).
  const binned = xs.map((x) => x.map((v, j) => {
    const t = thresholds[j];
    let lo = 0, hi = t.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v <= t[mid]) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }));
  const sw = w.reduce((a, b) => a + b, 0);
  const pos = y.reduce((a, yi, i) => a + yi * w[i], 0);
  const base = Math.log(Math.max(1e-6, pos) / Math.max(1e-6, sw - pos));
  const margin = new Float64Array(n).fill(base);
  const out = [];
  for (let t = 0; t < trees; t++) {
    const g = new Float64Array(n), h = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-margin[i]));
      g[i] = w[i] * (p - y[i]);
      h[i] = w[i] * p * (1 - p);
    }
    const tree = { feature: [], threshold: [], left: [], right: [], value: [] };
    const node = (rows, level) => {
      const id = tree.feature.length;
      tree.feature.push(-1); tree.threshold.push(0); tree.left.push(-1); tree.right.push(-1); tree.value.push(0);
      let G = 0, H = 0;
      for (const i of rows) { G += g[i]; H += h[i]; }
      tree.value[id] = (-G / (H + lambda)) * rate;
      if (level >= depth || rows.length < 2 * minWeight) return id;
      let best = null;
      const parentGain = (G * G) / (H + lambda);
      for (let j = 0; j < d; j++) {
        const nb = thresholds[j].length + 1;
        if (nb < 2) continue;
        const hg = new Float64Array(nb), hh = new Float64Array(nb), hc = new Float64Array(nb);
        for (const i of rows) { const b = binned[i][j]; hg[b] += g[i]; hh[b] += h[i]; hc[b] += w[i]; }
        let gl = 0, hl = 0, cl = 0, ctotal = 0;
        for (let b = 0; b < nb; b++) ctotal += hc[b];
        for (let b = 0; b < nb - 1; b++) {
          gl += hg[b]; hl += hh[b]; cl += hc[b];
          if (cl < minWeight || ctotal - cl < minWeight) continue;
          const gr = G - gl, hr = H - hl;
          const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - parentGain;
          if (!best || gain > best.gain) best = { gain, j, b };
        }
      }
      if (!best || best.gain <= 1e-9) return id;
      const split = thresholds[best.j][best.b];
      const leftRows = rows.filter((i) => binned[i][best.j] <= best.b);
      const rightRows = rows.filter((i) => binned[i][best.j] > best.b);
      tree.feature[id] = best.j;
      tree.threshold[id] = split;
      tree.left[id] = node(leftRows, level + 1);
      tree.right[id] = node(rightRows, level + 1);
      return id;
    };
    node(Array.from({ length: n }, (_, i) => i), 0);
    for (let i = 0; i < n; i++) margin[i] += leafValue(tree, xs[i]);
    out.push(tree);
  }
  return { base, trees: out };
}

export function leafValue(tree, x) {
  let id = 0;
  while (tree.feature[id] >= 0) id = x[tree.feature[id]] <= tree.threshold[id] ? tree.left[id] : tree.right[id];
  return tree.value[id];
}

export function boostedProbability(model, x) {
  let m = model.base;
  for (const tree of model.trees) m += leafValue(tree, x);
  return 1 / (1 + Math.exp(-m));
}
