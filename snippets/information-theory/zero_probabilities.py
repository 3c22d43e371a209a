"""Zero probabilities: the convention 0 log 0 = 0 and why code needs it.

Adding an outcome of probability 0 must not change the entropy. The naive
formula computes 0 * log2(0) = 0 * (-inf) = nan in floating point, so it
breaks; mlfound and scipy both use the limit x log x -> 0 as x -> 0.
"""

import numpy as np
from scipy import stats

from mlfound.information import entropy

p = np.array([0.5, 0.25, 0.25])
p_padded = np.array([0.5, 0.25, 0.25, 0.0])

with np.errstate(divide="ignore", invalid="ignore"):
    naive = -np.sum(p_padded * np.log2(p_padded))
print(f"naive formula with a zero: {naive}")
h, h_padded = entropy(p), entropy(p_padded)
assert np.isnan(naive) and h == h_padded
assert np.isclose(h_padded, stats.entropy(p_padded, base=2))
print(f"mlfound: H(p) = {h:.4f}, with the zero {h_padded:.4f}")
print(
    f"scipy:   H(p) = {stats.entropy(p, base=2):.4f}, "
    f"with the zero {stats.entropy(p_padded, base=2):.4f}"
)

print("x log2 x as x -> 0:")
xs = np.array([1e-1, 1e-3, 1e-6, 1e-12])
terms = xs * np.log2(xs)
for x, term in zip(xs, terms, strict=True):
    print(f"  x = {x:.0e}: {term:+.2e}")
assert np.all(np.diff(np.abs(terms)) < 0)  # shrinking towards 0
