"""A nearly singular 2 x 2 system: a tiny change of b moves x a lot.

A = [[1, 1], [1, 1 + h]] with h = 2^-20, so every number below is exact
in binary and the arithmetic is exact too. Changing b by h in one entry
moves the solution from (1, 1) to (0, 2). The relative change of x over
the relative change of b is the amplification, at most kappa(A).
"""

import numpy as np

from mlfound.linalg import condition_number, solve

h = 2.0**-20
A = np.array([[1.0, 1.0], [1.0, 1.0 + h]])
b = np.array([2.0, 2.0 + h])
b_moved = b + np.array([0.0, h])
x, x_moved = solve(A, b), solve(A, b_moved)
print(f"x = {x}, after moving b by {h:.2e}: x = {x_moved}")
assert np.array_equal(x, [1.0, 1.0]) and np.array_equal(x_moved, [0.0, 2.0])

change_b = np.linalg.norm(b_moved - b) / np.linalg.norm(b)
change_x = np.linalg.norm(x_moved - x) / np.linalg.norm(x)
amplification = change_x / change_b
kappa = condition_number(A)
print(f"relative change: of b {change_b:.2e}, of x {change_x:.2f}")
print(f"amplification {amplification:.3e} <= kappa(A) = {kappa:.3e}")
print(f"np.linalg.cond agrees: {np.isclose(kappa, np.linalg.cond(A))}")
assert amplification <= kappa
assert amplification > 0.5 * kappa  # this b and change are near the worst
assert np.isclose(kappa, np.linalg.cond(A))
digits_lost = np.log10(kappa)
print(f"log10 kappa = {digits_lost:.1f}: digits of b that x cannot keep")
