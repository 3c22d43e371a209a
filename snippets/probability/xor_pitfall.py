"""Pairwise independent is not independent: y = x1 XOR x2.

x1 and x2 are fair coin flips and y is 1 when exactly one of them is 1. Any
two of the three variables are independent, yet together x1 and x2 fix y.
On data, each feature alone carries no information about the label, while
the pair carries all of it: a feature-by-feature screen would discard both.
"""

from fractions import Fraction
from itertools import product

import numpy as np

from mlfound.information import mutual_information

outcomes = [(x1, x2, x1 ^ x2) for x1, x2 in product((0, 1), repeat=2)]
p = Fraction(1, 4)  # four equally likely outcomes


def prob(**fixed):
    """P(the named variables take the given values), exactly."""
    names = ("x1", "x2", "y")
    return sum(
        (
            p
            for o in outcomes
            if all(o[names.index(k)] == v for k, v in fixed.items())
        ),
        Fraction(0),
    )


for u, v in [("x1", "y"), ("x2", "y"), ("x1", "x2")]:
    ok = all(
        prob(**{u: a, v: b}) == prob(**{u: a}) * prob(**{v: b})
        for a, b in product((0, 1), repeat=2)
    )
    print(f"{u} and {v} independent: {ok}")
    assert ok
triple = prob(x1=1, x2=1, y=1)
print(
    f"P(x1=1, x2=1, y=1) = {triple}, "
    f"P(x1=1) P(x2=1) P(y=1) = {prob(x1=1) * prob(x2=1) * prob(y=1)}"
)

# The same on 1,000 samples: mutual information in bits
rng = np.random.default_rng(seed=0)
x1, x2 = rng.integers(0, 2, size=(2, 1_000))
y = x1 ^ x2
mi_x1 = mutual_information(x1, y)
mi_x2 = mutual_information(x2, y)
mi_pair = mutual_information(2 * x1 + x2, y)  # the pair as one label
print(f"I(x1; y) = {mi_x1:.3f} bits, I(x2; y) = {mi_x2:.3f} bits")
print(f"I((x1, x2); y) = {mi_pair:.3f} bits")

assert triple == 0  # the three together are not independent
assert mi_x1 < 0.01 and mi_x2 < 0.01  # plug-in noise only
assert abs(mi_pair - 1.0) < 0.01  # y is a function of the pair: one bit
