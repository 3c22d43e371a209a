"""The RBF kernel: a matrix of prior covariances between function values.

Four inputs, 0, 0.5, 1 and 3, length scale 1, signal variance 1. Nearby
inputs get correlated values, distant ones nearly independent values. The
matrix agrees with scikit-learn's RBF kernel and is positive semidefinite.
"""

import numpy as np
from sklearn.gaussian_process.kernels import RBF, ConstantKernel

from mlfound.bayes import rbf_kernel

A = np.array([[0.0], [0.5], [1.0], [3.0]])
K = rbf_kernel(A, A, length_scale=1.0, signal_var=1.0)
print(np.array2string(K, precision=3, suppress_small=True))
reference = (ConstantKernel(1.0) * RBF(1.0))(A)
print(f"sklearn RBF agrees: {np.allclose(K, reference, rtol=1e-12)}")
assert np.allclose(K, reference, rtol=1e-12)
k_one, k_three = K[0, 2], K[0, 3]  # distance 1 and 3: e^(-1/2), e^(-9/2)
assert np.isclose(k_one, np.exp(-0.5)) and np.isclose(k_three, np.exp(-4.5))
eigenvalues = np.linalg.eigvalsh(K)
print(f"eigenvalues {np.array2string(eigenvalues, precision=3)}: all > 0")
assert np.all(eigenvalues > 0)
