"""Loss of orthogonality: classical and modified Gram-Schmidt, Householder.

On Hilbert matrices H_n (entries 1 / (i + j - 1)), whose condition number
kappa grows geometrically with the size, measure ||Q^T Q - I|| (2-norm)
for classical Gram-Schmidt (written out below), modified Gram-Schmidt
(mlfound.linalg.gram_schmidt) and Householder QR (np.linalg.qr). The
losses are rounding errors, so only bounds are printed, each asserted.
"""

import numpy as np
import scipy.linalg

from mlfound.linalg import gram_schmidt

EPS = np.finfo(float).eps


def classical_gram_schmidt(A):
    """Project each ORIGINAL column on the q's found so far."""
    Q = np.zeros_like(A)
    for j in range(A.shape[1]):
        v = A[:, j] - Q[:, :j] @ (Q[:, :j].T @ A[:, j])
        Q[:, j] = v / np.linalg.norm(v)
    return Q


def loss(Q):
    return np.linalg.norm(Q.T @ Q - np.eye(Q.shape[1]), 2)


sizes = np.arange(2, 11)
kappa, classical, modified, householder = [], [], [], []
for n in sizes:
    H = scipy.linalg.hilbert(n)
    H_inv = scipy.linalg.invhilbert(n, exact=True).astype(float)  # exact
    kappa.append(np.linalg.norm(H, 2) * np.linalg.norm(H_inv, 2))
    classical.append(loss(classical_gram_schmidt(H)))
    modified.append(loss(gram_schmidt(H)))
    householder.append(loss(np.linalg.qr(H)[0]))
kappa, classical, modified, householder = map(
    np.array, (kappa, classical, modified, householder)
)
print("n:    ", " ".join(f"{n:7d}" for n in sizes))
print("kappa:", " ".join(f"{k:7.1e}" for k in kappa))

kappa_10 = kappa[-1]
growth = (kappa[-1] / kappa[0]) ** (1 / (len(sizes) - 1))  # per size step
print(f"kappa grows about {growth:.0f}-fold per size")
assert np.all(householder < 1e-14)
print("Householder (np.linalg.qr): ||Q^T Q - I|| < 1e-14 at every size")
assert np.all(modified < 10 * kappa * EPS)
print("modified Gram-Schmidt:      ||Q^T Q - I|| < 10 kappa eps at every size")
assert classical[-1] > 1.0 and np.all(classical[2:] > modified[2:])
print("classical Gram-Schmidt:     ||Q^T Q - I|| > 1 at n = 10")

# How fast each loss grows with kappa: the slope of log loss on log kappa,
# before the classical loss saturates (n <= 6) and over all n for modified.
slope_classical = np.polyfit(np.log(kappa[1:5]), np.log(classical[1:5]), 1)[0]
slope_modified = np.polyfit(np.log(kappa), np.log(modified), 1)[0]
assert 1.5 < slope_classical < 2.5 and 0.6 < slope_modified < 1.4
print("growth with kappa: classical like kappa^2 (fitted slope in 1.5..2.5),")
print("                   modified like kappa (fitted slope in 0.6..1.4)")
