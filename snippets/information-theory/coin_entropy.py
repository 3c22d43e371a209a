"""Entropy of a fair coin, a biased coin and a fair die, in bits.

Each value is computed three ways: by `mlfound.information.entropy`, by
`scipy.stats.entropy` with base=2, and straight from the definition
H(p) = -sum p log2 p.

>>> round(by_definition([0.9, 0.1]), 3)
0.469
"""

import numpy as np
from scipy import stats

from mlfound.information import entropy


def by_definition(p):
    p = np.asarray(p, dtype=float)
    return float(-np.sum(p * np.log2(p)))


cases = {
    "fair coin": [0.5, 0.5],
    "coin with p = 0.9": [0.9, 0.1],
    "fair die": [1 / 6] * 6,
}
print(f"{'distribution':<20}{'mlfound':>9}{'scipy':>9}{'formula':>9}")
for name, p in cases.items():
    ours = entropy(p)
    theirs = stats.entropy(p, base=2)
    formula = by_definition(p)
    assert np.isclose(ours, theirs) and np.isclose(ours, formula)
    print(f"{name:<20}{ours:>9.3f}{theirs:>9.3f}{formula:>9.3f}")
print(f"log2(6) = {np.log2(6):.3f} bits: the die is uniform, so H is maximal")

h_fair, h_biased, h_die = (entropy(p) for p in cases.values())
assert h_fair == 1.0 and h_biased < 0.5 and np.isclose(h_die, np.log2(6))
