"""Relative error of solved systems against kappa * eps, over 400 matrices.

Each 20 x 20 matrix has random singular vectors and singular values spread
evenly on a log scale from 1 down to 1/kappa, with kappa drawn between 1
and 1e12. The right-hand side is b = A x for a known x; mlfound.linalg.solve
(LU with partial pivoting) solves it. The errors are rounding errors, so
only asserted bounds and a fitted trend are printed.
"""

import numpy as np

from mlfound.linalg import condition_number, solve

rng = np.random.default_rng(0)
n, trials, eps = 20, 400, np.finfo(float).eps
kappas, errors = np.empty(trials), np.empty(trials)
for t in range(trials):
    U, _ = np.linalg.qr(rng.normal(size=(n, n)))
    V, _ = np.linalg.qr(rng.normal(size=(n, n)))
    target = 10.0 ** rng.uniform(0.0, 12.0)
    A = (U * np.geomspace(1.0, 1.0 / target, n)) @ V.T
    x = rng.normal(size=n)
    x_hat = solve(A, A @ x)
    kappas[t] = condition_number(A)
    errors[t] = np.linalg.norm(x_hat - x) / np.linalg.norm(x)
    assert abs(kappas[t] / target - 1.0) < 1e-3  # we built the kappa we meant

ratio = errors / (kappas * eps)
slope = np.polyfit(np.log10(kappas), np.log10(errors), 1)[0]
print(f"{trials} systems, kappa from {kappas.min():.0f} to {kappas.max():.0e}")
print("every relative error < 10 kappa eps:", bool(np.all(ratio < 10)))
print("median error < kappa eps / 5:", bool(np.median(ratio) < 0.2))
below = np.mean(ratio < 1.0)
print("more than 90% of the errors < kappa eps:", bool(below > 0.9))
print(
    "log10 error against log10 kappa: fitted slope in 0.7..1.1:",
    0.7 < slope < 1.1,
)
assert np.all(ratio < 10) and np.median(ratio) < 0.2 and below > 0.9
assert 0.7 < slope < 1.1
