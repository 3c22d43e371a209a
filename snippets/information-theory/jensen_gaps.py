"""Jensen's inequality, E[phi(X)] >= phi(E[X]) for convex phi, measured.

X takes five values with the probabilities below. For phi(t) = t^2 the gap is
the variance of X (checked against numpy's weighted np.cov); for
phi(t) = -ln t it is ln(arithmetic mean / geometric mean) (checked against
scipy.stats.gmean). A constant X closes every gap.
"""

import numpy as np
from scipy import stats

values = np.array([0.5, 1.0, 1.5, 3.0, 4.0])
probs = np.array([0.3, 0.2, 0.1, 0.1, 0.3])
mean = probs @ values

convex = {"t^2": np.square, "exp(t)": np.exp, "-ln(t)": lambda t: -np.log(t)}
print(f"E[X] = {mean:.3f}")
print("phi        E[phi(X)]  phi(E[X])      gap")
gaps = {}
for name, phi in convex.items():
    average, at_mean = probs @ phi(values), phi(mean)
    gaps[name] = average - at_mean
    print(f"{name:8} {average:10.4f} {at_mean:10.4f} {gaps[name]:8.4f}")
    assert gaps[name] > 0  # X is not constant, and each phi is strictly convex

variance = np.cov(values, aweights=probs, bias=True)  # weighted, divides by 1
geometric = stats.gmean(values, weights=probs)
print(f"Var(X) from np.cov             = {variance:.4f}")
print(f"ln(mean / scipy geometric mean) = {np.log(mean / geometric):.4f}")
assert np.isclose(gaps["t^2"], variance)
assert np.isclose(gaps["-ln(t)"], np.log(mean / geometric))

constant = np.full(5, 1.5)
closed = [
    probs @ phi(constant) - phi(probs @ constant) for phi in convex.values()
]
print("X constant: every |gap| < 1e-12 (rounding error)")
assert max(map(abs, closed)) < 1e-12
