"""Which learning rates work on f(x) = (x + 1)^2, predicted and observed.

Each step multiplies the distance to the minimum by 1 - eta L, where L is the
curvature f''(x) = 2, so the run converges exactly when |1 - eta L| < 1, that
is 0 < eta < 2 / L. The prediction is set beside what 20 steps from x = 5
actually do.
"""

import numpy as np

from mlfound.calculus import gradient_descent, hessian


def f(x):
    return x**2 + 2 * x + 1


def df(x):
    return 2 * x + 2


def predicted(factor):
    """What the iterates do when each step multiplies the error by factor."""
    if abs(factor) > 1:
        return "diverges"
    if factor == -1:
        return "bounces between two points for ever"
    if factor == 0:
        return "lands on the minimum in one step"
    if factor > 0:
        return "converges from one side"
    return "converges, overshooting at every step"


# f' is linear, so its slope is the curvature, exactly; the central-difference
# Hessian agrees up to rounding.
L = df(1.0) - df(0.0)
L_numerical = hessian(f, 5.0)
assert abs(L_numerical - L) < 1e-6
print(f"curvature from the slope of f': L = {L:.4f}")
print(f"curvature from mlfound hessian: {L_numerical:.4f}")
print(f"bound: eta < 2 / L = {2 / L:.4f}")
print()
print(f"{'eta':>5}{'1 - eta L':>11}{'|x_20 + 1|':>13}  observed")
distance = {}
for eta in [0.1, 0.5, 0.9, 1.0, 1.1]:
    path = gradient_descent(df, 5.0, learning_rate=eta, n_steps=20)
    start, end = abs(path[0] + 1), abs(path[-1] + 1)
    if end > start:
        observed = "diverges"
    elif end == start:
        observed = "bounces between two points for ever"
    elif path[1] == -1:
        observed = "lands on the minimum in one step"
    elif all(path > -1):
        observed = "converges from one side"
    else:
        observed = "converges, overshooting at every step"
    factor = 1 - eta * L
    assert observed == predicted(factor)
    distance[eta] = end
    print(f"{eta:>5.1f}{factor:>11.2f}{end:>13.3e}  {observed}")

# Rates with the same |1 - eta L| end at the same distance; the rate at the
# bound keeps the starting distance 6 exactly; the rate above it grows it.
assert np.isclose(distance[0.1], distance[0.9]) and distance[1.0] == 6.0
distance_above = distance[1.1]
assert distance_above > 6.0
