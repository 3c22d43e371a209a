"""dL/dw by the chain rule, checked against a central difference.

The model is z = w x, a = sigma(z), L = (a - 1)^2 with x = 2 and w = 0.5.
The chain rule multiplies the local derivatives along the path from w to L:
dL/dw = dL/da * da/dz * dz/dw = 2(a - 1) * a(1 - a) * x.
"""

from mlfound.calculus import gradient_check, numerical_gradient
from mlfound.nn import sigmoid

x, w = 2.0, 0.5


def loss(w):
    return (sigmoid(w * x) - 1) ** 2


# Forward pass: keep every intermediate value.
z = w * x
a = sigmoid(z)
L = (a - 1) ** 2
print(f"forward:  z = {z:.5f}   a = {a:.5f}   L = {L:.5f}")

# The three local derivatives, and their product.
dL_da = 2 * (a - 1)
da_dz = a * (1 - a)
dz_dw = x
print(f"local:    dL/da = {dL_da:.5f}   da/dz = {da_dz:.5f}   dz/dw = {dz_dw}")
dL_dw = dL_da * da_dz * dz_dw
numeric = numerical_gradient(loss, w)
assert f"{dL_dw:.5f}" == f"{numeric:.5f}" and dL_dw < 0
print(f"chain rule:          dL/dw = {dL_dw:.5f}")
print(f"central difference:  dL/dw = {numeric:.5f}")


def dloss(w):
    a = sigmoid(w * x)
    return 2 * (a - 1) * a * (1 - a) * x


error = gradient_check(loss, dloss, w)
assert error < 1e-8  # rounding noise: printed as a bound, not as digits
print("gradient check: relative error < 1e-8")
