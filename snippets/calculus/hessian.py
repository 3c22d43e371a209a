"""The Hessian of x^2 + 2y^2 + xy, its eigenvalues, and the step-size bound.

The Hessian of a quadratic is constant: [[2, 1], [1, 4]]. Its eigenvalues,
3 - sqrt(2) and 3 + sqrt(2), are the curvatures along its eigenvectors.
Gradient descent converges when eta < 2 / lambda_max; how fast it converges
along each eigenvector is |1 - eta lambda| per step.
"""

import numpy as np

from mlfound.calculus import hessian


def f(w):
    x, y = w
    return x**2 + 2 * y**2 + x * y


H = hessian(f, [3.0, 2.0])
print("numerical Hessian at (3, 2):")
print(np.array2string(H, precision=4, floatmode="fixed"))
# Second differences divide rounding noise by eps^2 = 1e-8: print a bound.
assert np.max(abs(H - [[2, 1], [1, 4]])) < 1e-5
print("largest gap to [[2, 1], [1, 4]]: < 1e-5")

lam = np.linalg.eigvalsh(H)  # symmetric matrix: eigvalsh, ascending
assert np.allclose(lam, [3 - np.sqrt(2), 3 + np.sqrt(2)], rtol=1e-5)
print(f"eigenvalues (eigvalsh): {lam[0]:.5f}  {lam[1]:.5f}")
print(f"3 -/+ sqrt(2):          {3 - np.sqrt(2):.5f}  {3 + np.sqrt(2):.5f}")
print(f"condition number lambda_max / lambda_min: {lam[1] / lam[0]:.4f}")
print()
print(f"bound 2 / lambda_max:   {2 / lam[1]:.5f}")
print(f"2 / (3 + sqrt(2)):      {2 / (3 + np.sqrt(2)):.5f}")
print()
# Along each eigenvector the error is multiplied by |1 - eta lambda| per step.
print(f"{'eta':>6}{'along v_min':>13}{'along v_max':>13}")
factors = {}
for eta in [0.1, 2 / (lam[0] + lam[1]), 0.44]:
    along_min, along_max = np.abs(1 - eta * lam)
    factors[eta] = along_min, along_max
    print(f"{eta:>6.4f}{along_min:>13.4f}{along_max:>13.4f}")
# At 0.1 the steep direction is damped faster than the gentle one; the best
# step makes the two factors equal; near the bound the steep factor nears 1.
assert factors[0.1][1] < factors[0.1][0]
assert np.isclose(*factors[2 / (lam[0] + lam[1])])
assert factors[0.44][1] > 0.9
