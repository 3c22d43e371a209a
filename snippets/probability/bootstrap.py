"""A bootstrap interval for a correlation, against scipy.stats.bootstrap.

The 50 setosa flowers of the iris data: how strongly are sepal length and
sepal width correlated, and how sure can we be? There is no simple formula
for the standard error of a correlation, so resample the flowers with
replacement, recompute r each time, and read the 2.5% and 97.5% points of
the 9,999 resampled values (the percentile method). scipy does the same
with other random resamples, so the two intervals differ by Monte Carlo
error, which repeating each with several seeds measures.
"""

import numpy as np
from scipy import stats
from sklearn.datasets import load_iris

iris = load_iris()
setosa = iris.data[iris.target == 0]
length, width = setosa[:, 0], setosa[:, 1]
n, resamples = length.size, 9_999


def corr(x, y, axis=-1):
    """Pearson correlation along an axis (vectorised over resamples)."""
    xc = x - x.mean(axis=axis, keepdims=True)
    yc = y - y.mean(axis=axis, keepdims=True)
    return (xc * yc).sum(axis) / np.sqrt((xc**2).sum(axis) * (yc**2).sum(axis))


def our_bootstrap(seed):
    """Percentile interval from resampled row indices."""
    rows = np.random.default_rng(seed).integers(0, n, size=(resamples, n))
    r = corr(length[rows], width[rows])
    return np.percentile(r, [2.5, 97.5]), r.std(ddof=1)


def scipy_bootstrap(seed):
    result = stats.bootstrap(
        (length, width),
        corr,
        paired=True,
        vectorized=True,
        n_resamples=resamples,
        method="percentile",
        rng=np.random.default_rng(seed),
    )
    ci = result.confidence_interval
    return np.array([ci.low, ci.high])


r_hat = corr(length, width)
ours, boot_se = our_bootstrap(seed=0)
theirs = scipy_bootstrap(seed=1)  # other resamples: Monte Carlo error
print(f"correlation of sepal length and width (setosa, n = {n}): {r_hat:.3f}")
print(f"bootstrap standard error of r: {boot_se:.3f}")
print(f"95% percentile interval, ours:  [{ours[0]:.3f}, {ours[1]:.3f}]")
print(f"95% percentile interval, scipy: [{theirs[0]:.3f}, {theirs[1]:.3f}]")

# Monte Carlo error of the gap: the spread of each endpoint over 8 seeds
ours_runs = np.array([our_bootstrap(seed)[0] for seed in range(2, 10)])
scipy_runs = np.array([scipy_bootstrap(seed) for seed in range(2, 10)])
mc_error = np.sqrt(
    ours_runs.var(axis=0, ddof=1) + scipy_runs.var(axis=0, ddof=1)
)
gap = np.abs(ours - theirs)
print(f"gap between the endpoints: {gap[0]:.4f}, {gap[1]:.4f}")
print(f"Monte Carlo error of a gap: {mc_error[0]:.4f}, {mc_error[1]:.4f}")
assert np.all(gap < 4 * mc_error)
assert np.all(
    np.abs(ours_runs.mean(0) - scipy_runs.mean(0)) < 4 * mc_error / np.sqrt(8)
)
# Given the same seed, scipy draws the very same resamples
same_seed = np.max(np.abs(our_bootstrap(seed=1)[0] - theirs))
print(
    f"same seed, same resamples: endpoints differ by < 1e-12: "
    f"{same_seed < 1e-12}"
)
assert same_seed < 1e-12

# For comparison: the normal-theory interval through Fisher's z = atanh(r)
fisher = np.tanh(np.arctanh(r_hat) + np.array([-1.96, 1.96]) / np.sqrt(n - 3))
print(
    f"Fisher z interval (assumes normal data): "
    f"[{fisher[0]:.3f}, {fisher[1]:.3f}]"
)
low, high = ours
assert low < r_hat < high
assert r_hat - low > high - r_hat  # longer towards 0, away from the wall at 1
assert fisher[1] - fisher[0] > high - low
