"""KL divergence is never negative, and it is not symmetric.

Two distributions on eight outcomes: p has two peaks at the ends, q one
broad peak in the middle. D_KL(p || q) and D_KL(q || p) differ. Then 1,000
random pairs of distributions check the sign of KL and how often the two
directions agree. The sign is checked on the raw sum, not on kl_divergence,
which rounds a value of -1e-17 up to 0 and so could not show a negative one.
"""

import numpy as np
from scipy import stats

from mlfound.information import kl_divergence

p = np.array([0.30, 0.15, 0.03, 0.02, 0.02, 0.03, 0.15, 0.30])
q = np.array([0.05, 0.10, 0.15, 0.20, 0.20, 0.15, 0.10, 0.05])

for name, a, b in (("D_KL(p || q)", p, q), ("D_KL(q || p)", q, p)):
    ours = kl_divergence(a, b)
    theirs = stats.entropy(a, b, base=2)
    assert np.isclose(ours, theirs)
    print(f"{name} = {ours:.4f} bits   (scipy {theirs:.4f})")
assert not np.isclose(kl_divergence(p, q), kl_divergence(q, p))
assert kl_divergence(p, p) == 0.0
print(f"D_KL(p || p) = {kl_divergence(p, p):.4f} bits")


def raw_kl(a, b):
    """The sum of a_i log2(a_i / b_i) itself, with no rounding up to 0."""
    return float(np.sum(a * np.log2(a / b)))


rng = np.random.default_rng(4)
pairs = rng.dirichlet(np.ones(5), size=(1_000, 2))
forward = np.array([raw_kl(a, b) for a, b in pairs])
backward = np.array([raw_kl(b, a) for a, b in pairs])
assert np.allclose(forward, [kl_divergence(a, b) for a, b in pairs])
smallest = min(forward.min(), backward.min())
assert smallest > 0  # Gibbs' inequality, on pairs that are never equal
print(f"1,000 random pairs: smallest KL {smallest:.2e} bits")
gap = np.abs(forward - backward)
n_differ = int(np.sum(gap > 0.01))
assert n_differ > 900  # almost every pair
print(f"pairs whose directions differ by > 0.01 bits: {n_differ:,}")
