"""The derivative of the sigmoid three ways: by hand, by differences, by scipy.

The sigmoid sigma(z) = 1 / (1 + e^-z) has the derivative
sigma(z)(1 - sigma(z)).
At z = 1 we compare that formula with a forward difference, a central
difference (mlfound.calculus.numerical_gradient) and scipy's adaptive
differentiator.

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

print(f"sigma(1) = {sigmoid(z):.10f}")
print(f"{'method':<22}{'derivative':>14}{'error':>11}")
for name, value in [
    ("analytic s(1 - s)", exact),
    ("forward difference", forward),
    ("central difference", central),
    ("scipy derivative", scipy_value),
]:
    print(f"{name:<22}{value:>14.10f}{abs(value - exact):>11.1e}")
