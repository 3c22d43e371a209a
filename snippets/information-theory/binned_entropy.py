"""Pitfall: the entropy of a binned variable depends on the bin width.

Cut the standard normal into bins of width delta and take the discrete
entropy H of the bin probabilities (exact, from the normal's cdf). H grows
without bound as the bins shrink, like h - log2(delta); only after adding
log2(delta) does it settle on the differential entropy h.
"""

from itertools import pairwise

import numpy as np
from scipy import stats

from mlfound.information import entropy, gaussian_entropy

h = gaussian_entropy([[1.0]])
print(f"differential entropy h = {h:.5f} bits")
print(" delta   H(bins)   H + log2(delta)   error")
errors = []
for delta in (1.0, 0.1, 0.01, 0.001):
    edges = np.arange(-12.0, 12.0 + delta / 2, delta)  # tails beyond: < 1e-32
    probs = np.diff(stats.norm.cdf(edges))
    h_bins = entropy(probs / probs.sum())
    errors.append(h_bins + np.log2(delta) - h)
    print(
        f"{delta:6}  {h_bins:8.5f}  {h_bins + np.log2(delta):16.5f}  "
        f"{errors[-1]:+.1e}"
    )
h_mm_bins = h_bins  # the last loop ran delta = 0.001 m: 1 mm bins
h_millimetres = gaussian_entropy([[1000.0**2]])  # the same spread, in mm
print(
    f"the same normal in millimetres instead of metres: h = "
    f"{h_millimetres:.5f} bits"
)

assert all(abs(b) < abs(a) for a, b in pairwise(errors))  # converges
assert abs(errors[-1]) < 1e-6
assert np.isclose(h_millimetres - h, np.log2(1000.0))
