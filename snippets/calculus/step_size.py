"""How the error of a finite difference depends on the step size eps.

For the sigmoid at z = 1 we print the error of the forward difference
(f(z + eps) - f(z)) / eps and of the central difference
(f(z + eps) - f(z - eps)) / (2 eps) for steps from 1e-1 down to 1e-13.
Shrinking eps first helps (less truncation error), then hurts (more
rounding error), and the best step differs between the two formulas.

So that the rounding errors are the same on every computer, f is the
sigmoid correctly rounded: computed to 40 digits with Python's decimal
module, then rounded to the nearest double. A fast sigmoid may differ from
it in the last bit, which moves the lower rows a little, not their size.
"""

from decimal import Decimal, localcontext

import numpy as np

from mlfound.calculus import numerical_gradient


def sigmoid_rounded(z):
    """sigma(z) rounded once, to the double nearest the exact value."""
    with localcontext() as ctx:
        ctx.prec = 40
        return float(1 / (1 + (-Decimal(float(z))).exp()))


def dsigmoid_exact(z):
    """sigma'(z) = sigma(z) (1 - sigma(z)), also to 40 digits."""
    with localcontext() as ctx:
        ctx.prec = 40
        s = 1 / (1 + (-Decimal(z)).exp())
        return float(s * (1 - s))


def forward_difference(f, z, h):
    return (f(z + h) - f(z)) / h


z = 1.0
exact = dsigmoid_exact(z)
steps = np.array([float(f"1e-{k}") for k in range(1, 14)])  # 1e-1 ... 1e-13
forward = np.array(
    [abs(forward_difference(sigmoid_rounded, z, h) - exact) for h in steps]
)
central = np.array(
    [abs(numerical_gradient(sigmoid_rounded, z, eps=h) - exact) for h in steps]
)

print(f"{'eps':>7}{'forward error':>15}{'central error':>15}")
for h, e_fwd, e_cen in zip(steps, forward, central, strict=True):
    print(f"{h:>7.0e}{e_fwd:>15.1e}{e_cen:>15.1e}")
best_forward = steps[np.argmin(forward)]
best_central = steps[np.argmin(central)]
print(f"best eps, forward: {best_forward:.0e}")
print(f"best eps, central: {best_central:.0e}")

# What the page reads off the table. Truncation rows: the forward error falls
# tenfold per row (order eps), the central error a hundredfold (order eps^2).
assert np.allclose(forward[:4] / forward[1:5], 10, rtol=0.1)
assert np.allclose(central[:3] / central[1:4], 100, rtol=0.1)
# The best steps sit within a factor of ten of the balance points
# 1e-16^(1/2) and 1e-16^(1/3); below them, rounding makes the error grow
# roughly like 1 / eps.
assert abs(np.log10(best_forward) - np.log10(1e-16) / 2) <= 1
assert abs(np.log10(best_central) - np.log10(1e-16) / 3) <= 1
for errors, best in ((forward, best_forward), (central, best_central)):
    below = steps < best
    slope = np.polyfit(np.log10(steps[below]), np.log10(errors[below]), 1)[0]
    assert -1.5 < slope < -0.5
# numerical_gradient's default, eps = 1e-6, is among the rows near the best.
near_best = central[(steps >= 1e-6) & (steps <= 1e-4)]
assert np.all(near_best < 100 * central.min())
