"""Pitfall: the KL divergence of two nearly equal distributions is noise.

q moves 1e-10 of probability from the first outcome of p to the second. The
true divergence is about sum (q_i - p_i)^2 / (2 p_i ln 2) bits, far below the
rounding error of the direct sum sum p_i log2(p_i / q_i), which can come out
with either sign. That is why kl_divergence clips at 0, and why its sign
alone checks nothing.
"""

import numpy as np
from scipy.special import rel_entr

from mlfound.information import kl_divergence

p = np.array([0.1, 0.2, 0.3, 0.4])
q = p + np.array([-1e-10, 1e-10, 0.0, 0.0])

direct = rel_entr(p, q).sum() / np.log(2)  # the formula, unclipped
second_order = np.sum((q - p) ** 2 / p) / (2 * np.log(2))  # no cancellation
print(f"second-order value of D_KL(p || q): {second_order:.2e} bits")
print("direct sum: |value| < 1e-15 bits, sign set by rounding")
print("kl_divergence(p, q): 0 <= value < 1e-15 bits")

assert 1e-20 < second_order < 1e-18
assert abs(direct) < 1e-15
assert 0.0 <= kl_divergence(p, q) < 1e-15
