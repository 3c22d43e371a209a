"""Pitfall: elimination without row exchanges, and a tiny pivot.

Solve [[d, 1], [1, 1]] x = [1, 2], whose solution is close to [1, 1] for
every small d, by elimination in plain Python floats (IEEE arithmetic, the
same on every machine): once without exchanging rows, so d is the pivot
and the multiplier is 1/d, and once with the larger entry 1 as the pivot.
"""

import math

import numpy as np


def eliminate(a11, a12, a21, a22, b1, b2):
    """Elimination on the rows as given: pivot a11, multiplier a21 / a11."""
    m = a21 / a11
    u22, y2 = a22 - m * a12, b2 - m * b1
    x2 = y2 / u22
    return (b1 - a12 * x2) / a11, x2


def correct_digits(value, exact):
    error = abs(value - exact) / abs(exact)
    return 16 if error == 0 else max(0, math.floor(-math.log10(error)))


print(
    f"{'d':>6} {'x1, no exchange':>18} {'digits':>6} {'digits, pivoted':>16}"
)
digits = {}
for k in (4, 8, 12, 16, 20):
    d = 10.0**-k
    x1_exact = 1.0 / (1.0 - d)  # x1 = 1 / (1 - d), x2 = (1 - 2d) / (1 - d)
    naive, _ = eliminate(d, 1.0, 1.0, 1.0, 1.0, 2.0)
    pivoted, _ = eliminate(1.0, 1.0, d, 1.0, 2.0, 1.0)  # rows exchanged
    digits[k] = correct_digits(naive, x1_exact)
    print(
        f"{d:6.0e} {naive:18.12f} {digits[k]:6d} "
        f"{correct_digits(pivoted, x1_exact):16d}"
    )
    assert correct_digits(pivoted, x1_exact) >= 15
    assert np.linalg.cond([[d, 1.0], [1.0, 1.0]]) < 3  # an easy system
    assert digits[k] <= max(0, 17 - k)  # about k of the 16 digits are lost

naive_20 = eliminate(1e-20, 1.0, 1.0, 1.0, 1.0, 2.0)
print(f"d = 1e-20 without an exchange: x = {naive_20}, the answer is ~(1, 1)")
assert naive_20 == (0.0, 1.0)
