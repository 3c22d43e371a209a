"""Pitfall: a tiny singular value becomes a huge weight.

Two features that are almost copies of each other (they differ by about
1e-8 in every sample) give a design matrix with one tiny singular value.
The pseudo-inverse inverts it, and the noise in y along that direction
comes back multiplied by about 1e8: enormous weights of opposite signs that
cancel on the training data and buy a slightly smaller training residual.
Treating that singular value as zero (a larger cut-off: truncated SVD)
gives sane weights. The difference shows when feature 2 shifts a little.
"""

import numpy as np

from mlfound.linalg import condition_number, pseudo_inverse

rng = np.random.default_rng(1)
t = rng.normal(size=30)
design = np.column_stack([t, t + 1e-8 * rng.normal(size=30)])
y = 2.0 * t + rng.normal(scale=0.1, size=30)
s = np.linalg.svd(design, compute_uv=False)
kappa = condition_number(design)
print(f"singular values {s[0]:.2f} and {s[1]:.1e}: kappa = {kappa:.0e}")

w_default = pseudo_inverse(design) @ y  # numpy's cut-off 1e-15 keeps s_2
w_cut = np.linalg.pinv(design, rcond=1e-6) @ y  # s_2 counted as zero
print(
    f"default cut-off:   largest |w| {np.max(np.abs(w_default)):.0e}, "
    f"w1 + w2 = {w_default.sum():.0f}"
)
print(
    f"cut-off 1e-6 s_1:  w = {np.round(w_cut, 3)}, w1 + w2 = {w_cut.sum():.3f}"
)
fit_default = np.linalg.norm(design @ w_default - y)
fit_cut = np.linalg.norm(design @ w_cut - y)
print(
    f"training residual: {fit_default:.4f} with the huge weights, "
    f"{fit_cut:.4f} without"
)
assert np.max(np.abs(w_default)) > 1e4 and np.max(np.abs(w_cut)) < 10
assert np.isclose(w_cut[0], w_cut[1], rtol=1e-6)  # the weight is shared
assert abs(w_default.sum() - w_cut.sum()) < 0.5
assert fit_default <= fit_cut < 1.2 * fit_default

shift = np.array([0.0, 0.01])  # feature 2 read 0.01 higher at prediction
moved_default, moved_cut = abs(shift @ w_default), abs(shift @ w_cut)
print(
    f"feature 2 off by 0.01 moves a prediction by > 100: "
    f"{moved_default > 100}; by < 0.1 with the cut-off: {moved_cut < 0.1}"
)
assert moved_default > 100 and moved_cut < 0.1
