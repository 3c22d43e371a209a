"""The derivatives of sigmoid, tanh and ReLU, checked by central differences.

Each derivative is written in terms of the activation's own value, which is
how backpropagation uses it: it has h = phi(z) from the forward pass.
"""

import numpy as np

from mlfound.calculus import numerical_gradient
from mlfound.nn import sigmoid

activations = {
    "sigmoid": (sigmoid, lambda h: h * (1 - h)),
    "tanh": (np.tanh, lambda h: 1 - h**2),
    "relu": (lambda z: np.maximum(z, 0.0), lambda h: (h > 0).astype(float)),
}
z = np.array([-3.0, -0.5, 0.25, 2.0])  # no kink: ReLU is not smooth at 0
grid = np.linspace(-10, 10, 20001)  # steps of 0.001, through 0
print("         largest slope   slopes at z = -3, -0.5, 0.25, 2")
for name, (phi, slope) in activations.items():
    formula = slope(phi(z))
    numeric = np.array(
        [numerical_gradient(lambda v, f=phi: float(f(v)), t) for t in z]
    )
    assert np.allclose(formula, numeric, atol=1e-9)
    slopes = slope(phi(grid))
    if name != "relu":  # saturated: small slope three units from the origin
        assert formula[0] < 0.05
    print(f"{name:8} {slopes.max():14.4f}   {np.round(formula, 4)}")
print("every formula agrees with central differences (to 1e-9)")
