"""Gaussian elimination with partial pivoting, step by step: P A = L U.

The 3 x 3 matrix A has a zero in the top-left corner, so elimination must
start with a row exchange. Each step brings the largest remaining entry of
the column up (the pivot), stores the multipliers in L and subtracts.
Then L y = P b forwards, U x = y backwards. scipy.linalg.lu, numpy and
mlfound.linalg.solve (the same algorithm, vectorised) agree.
"""

import numpy as np
import scipy.linalg

from mlfound.linalg import solve


def show(M):
    return np.array2string(M + 0.0, precision=4, floatmode="maxprec", sign=" ")


A = np.array([[0.0, 2.0, 1.0], [1.0, 1.0, 0.0], [2.0, 1.0, 3.0]])
b = np.array([5.0, 3.0, 7.0])
n = len(A)
U, L, perm = A.copy(), np.eye(n), np.arange(n)
for k in range(n - 1):
    p = k + np.argmax(np.abs(U[k:, k]))  # the row of the largest |entry|
    if p != k:  # exchange rows k and p of U, of the multipliers, of perm
        U[[k, p]], L[[k, p], :k], perm[[k, p]] = (
            U[[p, k]],
            L[[p, k], :k],
            perm[[p, k]],
        )
    L[k + 1 :, k] = U[k + 1 :, k] / U[k, k]  # the multipliers, |l| <= 1
    U[k + 1 :] -= np.outer(L[k + 1 :, k], U[k])  # zero column k below
    print(
        f"step {k + 1}: pivot row {p + 1} -> row {k + 1}, "
        f"multipliers {L[k + 1 :, k]}"
    )
P = np.eye(n)[perm]
print("P =", show(P), sep="\n")
print("L =", show(L), sep="\n")
print("U =", show(U), sep="\n")
print("P A == L U exactly:", np.array_equal(P @ A, L @ U))
assert np.array_equal(P @ A, L @ U)

p_sp, l_sp, u_sp = scipy.linalg.lu(A)  # scipy's convention: A = p l u
print(
    "scipy.linalg.lu gives the same P, L, U:",
    np.allclose(p_sp.T, P) and np.allclose(l_sp, L) and np.allclose(u_sp, U),
)
assert np.allclose(p_sp.T, P) and np.allclose(l_sp, L)
assert np.allclose(u_sp, U)

# Forward substitution L y = P b, then back substitution U x = y.
y = (P @ b).copy()
for i in range(n):
    y[i] -= L[i, :i] @ y[:i]
x = y.copy()
for i in reversed(range(n)):
    x[i] = (y[i] - U[i, i + 1 :] @ x[i + 1 :]) / U[i, i]
print("x =", x, " A x =", A @ x)
print("mlfound solve:", solve(A, b), " numpy:", np.linalg.solve(A, b))
assert np.array_equal(A @ x, b)
assert np.allclose(solve(A, b), x) and np.allclose(np.linalg.solve(A, b), x)

# The same on a random 200 x 200 system with three right-hand sides.
rng = np.random.default_rng(0)
A_big, B_big = rng.normal(size=(200, 200)), rng.normal(size=(200, 3))
X_ours, X_numpy = solve(A_big, B_big), np.linalg.solve(A_big, B_big)
gap = np.max(np.abs(X_ours - X_numpy)) / np.max(np.abs(X_numpy))
print(
    f"200 x 200, 3 right-hand sides: relative gap to numpy < 1e-10: "
    f"{gap < 1e-10}"
)
assert gap < 1e-10
