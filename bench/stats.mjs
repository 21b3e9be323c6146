// Medians and bootstrap confidence intervals, with a seeded generator so that a run's figures are reproducible.

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** mulberry32: a small, seeded pseudo-random generator. */
const generator = (seed) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const resample = (values, random) => values.map(() => values[Math.floor(random() * values.length)]);

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))];

/**
 * 95% percentile-bootstrap interval of `statistic` over one or two samples (two: resampled independently,
 * for a ratio of medians). 5,000 resamples.
 */
export function bootstrap(samples, statistic, {resamples = 5000, seed = 1} = {}) {
  const random = generator(seed);
  const estimates = [];
  for (let i = 0; i < resamples; i++) estimates.push(statistic(...samples.map((s) => resample(s, random))));
  estimates.sort((a, b) => a - b);
  return [percentile(estimates, 0.025), percentile(estimates, 0.975)];
}

/** Median with its 95% CI; with a baseline, also the ratio of medians with its 95% CI. */
export function summarise(values, baseline) {
  const result = {n: values.length, median: median(values), ci: bootstrap([values], median)};
  if (baseline?.length) {
    result.baseline = {n: baseline.length, median: median(baseline), ci: bootstrap([baseline], median)};
    result.ratio = result.median / result.baseline.median;
    result.ratioCi = bootstrap([values, baseline], (a, b) => median(a) / median(b), {seed: 2});
  }
  return result;
}
