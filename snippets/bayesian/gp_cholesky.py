"""Pitfall: the Cholesky factorisation of a kernel matrix without jitter.

Fifty inputs evenly spaced on [0, 5] with length scale 1: the RBF kernel
matrix is positive semidefinite in exact arithmetic, but its smallest
eigenvalues are far below rounding error, so some come out negative and
np.linalg.cholesky fails. A small jitter on the diagonal repairs it; in
gaussian_process_regression the noise variance plays that role.
"""

import textwrap

import numpy as np

from mlfound.bayes import gaussian_process_regression, rbf_kernel

X = np.linspace(0, 5, 50)[:, None]
K = rbf_kernel(X, X, length_scale=1.0, signal_var=1.0)
eigenvalues = np.linalg.eigvalsh(K)
print(
    f"largest eigenvalue {eigenvalues[-1]:.1f};",
    f"smallest |eigenvalue| < 1e-13: {abs(eigenvalues[0]) < 1e-13}",
)
assert abs(eigenvalues[0]) < 1e-13
try:
    np.linalg.cholesky(K)
    failed = False
except np.linalg.LinAlgError as error:
    failed = True
    print(f"np.linalg.cholesky(K) fails: LinAlgError: {error}")
assert failed

jitter = 1e-8
L = np.linalg.cholesky(K + jitter * np.eye(len(X)))
error = np.max(np.abs(L @ L.T - K))
print(f"with jitter {jitter:g} on the diagonal: it works, |L L^T - K| < 1e-7")
assert error < 1e-7

try:
    gaussian_process_regression(
        X,
        np.sin(X[:, 0]),
        X,
        length_scale=1.0,
        signal_var=1.0,
        noise_var=1e-20,
    )
    refused = False
except ValueError as error:
    refused = True
    print(textwrap.fill(f"ValueError: {error}", 72))
assert refused
