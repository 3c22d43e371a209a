"""The data set of the chapter: 100 points in the plane, labelled by a line.

Each point x = (x1, x2) is drawn from a standard normal distribution, and its
label is 1 when x1 + x2 > 0 and 0 otherwise, so one straight line separates
the classes exactly. Rows of X are points, as in the linear algebra chapter;
in code the two features are the columns X[:, 0] and X[:, 1].
"""

import numpy as np

from mlfound.datasets import line_separated

rng = np.random.default_rng(0)
X = rng.normal(size=(100, 2))  # n = 100 points, d = 2 features
y = (X[:, 0] + X[:, 1] > 0).astype(int)
# The other examples of the chapter take these arrays from the library:
X_lib, y_lib = line_separated(n=100, seed=0)
assert np.array_equal(X, X_lib) and np.array_equal(y, y_lib)

n_ones, n_zeros = int(np.sum(y == 1)), int(np.sum(y == 0))
assert n_ones == n_zeros  # balanced classes
print(f"X has shape {X.shape}, y has shape {y.shape}")
print(f"label 1: {n_ones} points, label 0: {n_zeros} points")
print("first five rows:")
print("      x1       x2   x1 + x2   y")
for (x1, x2), label in zip(X[:5], y[:5], strict=True):
    assert label == (x1 + x2 > 0)
    print(f"{x1:8.4f} {x2:8.4f} {x1 + x2:9.4f}   {label}")
