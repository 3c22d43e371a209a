"""The derivative of the sigmoid three ways: by hand, by differences, by scipy.

The sigmoid sigma(z) = 1 / (1 + e^-z) has the derivative
sigma(z)(1 - sigma(z)).
At z = 1 we compare that formula with a forward difference, a central
difference (mlfound.calculus.numerical_gradient) and scipy's adaptive
differentiator. Errors that are rounding noise are printed as bounds.

>>> round(dsigmoid(0.0), 4)
0.25
"""

from scipy.differentiate import derivative

from mlfound.calculus import numerical_gradient
from mlfound.nn import sigmoid


def dsigmoid(z):
    s = sigmoid(z)
    return s * (1 - s)


z, eps = 1.0, 1e-6
exact = dsigmoid(z)
forward = (sigmoid(z + eps) - sigmoid(z)) / eps
central = numerical_gradient(sigmoid, z, eps=eps)
scipy_value = float(derivative(sigmoid, z).df)
forward_error = abs(forward - exact)
central_error = abs(central - exact)
scipy_error = abs(scipy_value - exact)
# The forward error is the eps/2 |f''(1)| = 4.5e-8 of Taylor's theorem; the
# other two errors are rounding noise, so only bounds on them are printed.
assert 4e-8 < forward_error < 5e-8
assert central_error < 1e-9 and scipy_error < 1e-12

print(f"sigma(1) = {sigmoid(z):.10f}")
print(f"{'method':<22}{'derivative':>12}{'error':>11}")
for name, value, error in [
    ("analytic s(1 - s)", exact, "reference"),
    ("forward difference", forward, f"{forward_error:.1e}"),
    ("central difference", central, "< 1e-9"),
    ("scipy derivative", scipy_value, "< 1e-12"),
]:
    print(f"{name:<22}{value:>12.8f}{error:>11}")
assert f"{central:.8f}" == f"{scipy_value:.8f}" == f"{exact:.8f}"
