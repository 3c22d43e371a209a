"""How the error of a finite difference depends on the step size eps.

For the sigmoid at z = 1 we print the error of the forward difference
(f(z + eps) - f(z)) / eps and of the central difference
(f(z + eps) - f(z - eps)) / (2 eps) for steps from 1e-1 down to 1e-13.
Shrinking eps first helps (less truncation error), then hurts (more
rounding error), and the best step differs between the two formulas.
"""

import numpy as np

from mlfound.calculus import numerical_gradient
from mlfound.nn import sigmoid

z = 1.0
exact = sigmoid(z) * (1 - sigmoid(z))
steps = 10.0 ** -np.arange(1, 14)
forward = [abs((sigmoid(z + h) - sigmoid(z)) / h - exact) for h in steps]
central = [abs(numerical_gradient(sigmoid, z, eps=h) - exact) for h in steps]

print(f"{'eps':>7}{'forward error':>15}{'central error':>15}")
for h, e_fwd, e_cen in zip(steps, forward, central, strict=True):
    print(f"{h:>7.0e}{e_fwd:>15.1e}{e_cen:>15.1e}")
print(f"best eps, forward: {steps[np.argmin(forward)]:.0e}")
print(f"best eps, central: {steps[np.argmin(central)]:.0e}")
