// Weighted, L2-regularised logistic regression by Newton's method (IRLS): a handful of exact
// steps on a few dozen features, no dependency, deterministic. Features are standardised first.

export function standardise(xs) {
  const d = xs[0]?.length ?? 0;
  const mean = new Array(d).fill(0), scale = new Array(d).fill(0);
  for (const x of xs) for (let j = 0; j < d; j++) mean[j] += x[j] / xs.length;
  for (const x of xs) for (let j = 0; j < d; j++) scale[j] += (x[j] - mean[j]) ** 2 / xs.length;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]) || 1;
  return { mean, scale, z: xs.map((x) => x.map((v, j) => (v - mean[j]) / scale[j])) };
}

/** Solves A·x = b (A symmetric positive definite) by Gaussian elimination with partial pivoting. */
function solve(A, b) {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[pivot][c])) pivot = r;
    [M[c], M[pivot]] = [M[pivot], M[c]];
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}

/** z: standardised rows, y: 0/1, w: sample weights. Returns { weights, bias } (bias unpenalised). */
export function fitLogistic(z, y, w, lambda = 1, steps = 12) {
  const d = z[0].length;
  let beta = new Array(d + 1).fill(0); // [bias, ...weights]
  for (let step = 0; step < steps; step++) {
    const H = Array.from({ length: d + 1 }, () => new Array(d + 1).fill(0));
    const g = new Array(d + 1).fill(0);
    for (let i = 0; i < z.length; i++) {
      const xi = [1, ...z[i]];
      let logit = 0;
      for (let j = 0; j <= d; j++) logit += beta[j] * xi[j];
      const p = 1 / (1 + Math.exp(-logit));
      const r = w[i] * (y[i] - p), s = w[i] * p * (1 - p);
      for (let j = 0; j <= d; j++) {
        g[j] += r * xi[j];
        if (xi[j] === 0) continue;
        for (let k = j; k <= d; k++) H[j][k] += s * xi[j] * xi[k];
      }
    }
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) H[j][k] = H[k][j];
    for (let j = 1; j <= d; j++) {
      H[j][j] += lambda;
      g[j] -= lambda * beta[j];
    }
    const delta = solve(H, g);
    beta = beta.map((b, j) => b + delta[j]);
    if (Math.max(...delta.map(Math.abs)) < 1e-6) break;
  }
  return { bias: beta[0], weights: beta.slice(1) };
}
