"""PCA as a constrained maximisation, solved with a Lagrange multiplier.

Maximise the variance u^T S u of the iris data along a direction u subject
to u^T u = 1. The Lagrange condition S u = lambda u says the stationary
points are the eigenvectors, with multiplier lambda = u^T S u: the variance
itself. scipy's SLSQP, a general constrained solver started from random
directions, finds the top eigenvector every time.
"""

import numpy as np
from scipy.optimize import minimize
from sklearn.datasets import load_iris

from mlfound.linalg import covariance, sorted_eigh

S = covariance(load_iris().data)
values, vectors = sorted_eigh(S)
print("eigenvalues of S: " + ", ".join(f"{v:.4f}" for v in values))

rng = np.random.default_rng(0)
found = []
for _ in range(10):
    result = minimize(
        lambda u: -(u @ S @ u),
        rng.normal(size=4),
        jac=lambda u: -2 * S @ u,
        constraints=[
            {"type": "eq", "fun": lambda u: u @ u - 1, "jac": lambda u: 2 * u}
        ],
        method="SLSQP",
        options={"ftol": 1e-14},
    )
    u = result.x
    multiplier = u @ S @ u  # from S u = lambda u
    found.append(multiplier)
    assert np.linalg.norm(S @ u - multiplier * u) < 1e-6  # Lagrange condition
    assert abs(abs(u @ vectors[:, 0]) - 1) < 1e-8  # u = +-v1
print("SLSQP from 10 random starts: u = +-v1 every time,")
print(f"  u^T S u = multiplier = {np.mean(found):.4f} (spread < 1e-8)")
assert np.ptp(found) < 1e-8 and abs(found[0] - values[0]) < 1e-8

# Every eigenvector is a stationary point; which kind, on the sphere?
print("stationary point   value  directions up / down on the sphere")
for k in range(4):
    up = down = 0
    for j in range(4):
        if j != k:  # a short walk on the sphere from v_k towards v_j
            u = np.cos(0.1) * vectors[:, k] + np.sin(0.1) * vectors[:, j]
            change = u @ S @ u - values[k]
            up, down = up + (change > 0), down + (change < 0)
    kind = "maximum" if up == 0 else "minimum" if down == 0 else "saddle"
    print(f"v{k + 1:<17}{values[k]:7.4f}  {up} / {down}: {kind}")
    assert kind == ("maximum" if k == 0 else "minimum" if k == 3 else "saddle")
