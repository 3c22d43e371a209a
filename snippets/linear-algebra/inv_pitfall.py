"""Pitfall: x = inv(A) @ b instead of solve(A, b). Accuracy, then time.

Accuracy: a 200 x 200 system with condition number 1e10 and a known x.
solve is backward stable: its residual ||A x - b|| is at the level of
rounding, whatever kappa. inv(A) @ b is not: its residual is about kappa
times larger, and its error is larger too. Only bounds are printed, each
asserted. Time: the best of nine interleaved runs of each on a random
600 x 600 system, on one thread so that the clock measures work rather than
how threads were scheduled; inverting costs about three times the work of
solving.
"""

import time

import numpy as np
from threadpoolctl import threadpool_limits

rng = np.random.default_rng(0)
n, kappa = 200, 1e10
U, _ = np.linalg.qr(rng.normal(size=(n, n)))
V, _ = np.linalg.qr(rng.normal(size=(n, n)))
A = (U * np.geomspace(1.0, 1.0 / kappa, n)) @ V.T  # singular values 1..1e-10
x_true = rng.normal(size=n)
b = A @ x_true
eps = np.finfo(float).eps


def residual(x):  # backward error: how far b is from being A x
    return np.linalg.norm(A @ x - b) / (
        np.linalg.norm(A, 2) * np.linalg.norm(x)
    )


def error(x):
    return np.linalg.norm(x - x_true) / np.linalg.norm(x_true)


x_solve = np.linalg.solve(A, b)
x_inv = np.linalg.inv(A) @ b
print(f"kappa(A) = {np.linalg.cond(A):.1e}, kappa * eps = {kappa * eps:.1e}")
print(
    "relative residual: solve < 1e-15, inv(A) @ b > 1e-11:",
    residual(x_solve) < 1e-15 and residual(x_inv) > 1e-11,
)
print(
    "relative error:    solve < kappa * eps, inv(A) @ b more than twice it:",
    error(x_solve) < kappa * eps and error(x_inv) > 2 * error(x_solve),
)
assert residual(x_solve) < 1e-15 < 1e-11 < residual(x_inv)
assert error(x_solve) < kappa * eps and error(x_inv) > 2 * error(x_solve)

A_t, b_t = rng.normal(size=(600, 600)), rng.normal(size=600)
times = {"solve": [], "inv": []}
with threadpool_limits(limits=1):  # one BLAS thread
    for _ in range(9):  # interleaved, so both see the same machine load
        start = time.perf_counter()
        np.linalg.solve(A_t, b_t)
        times["solve"].append(time.perf_counter() - start)
        start = time.perf_counter()
        np.linalg.inv(A_t) @ b_t
        times["inv"].append(time.perf_counter() - start)
inv_slower = min(times["inv"]) > 1.3 * min(times["solve"])
print(
    "600 x 600: inv(A) @ b takes over 1.3 times as long as solve:", inv_slower
)
assert inv_slower
