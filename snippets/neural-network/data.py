"""The data set of the chapter: 100 points in the plane, labelled by a line.

Each point x = (x0, x1) is drawn from a standard normal distribution, and its
label is 1 when x0 + x1 > 0 and 0 otherwise, so one straight line separates
the classes exactly. Rows of X are points, as in the linear algebra chapter.
"""

import numpy as np

rng = np.random.default_rng(0)
X = rng.normal(size=(100, 2))  # n = 100 points, d = 2 features
y = (X[:, 0] + X[:, 1] > 0).astype(int)

print(f"X has shape {X.shape}, y has shape {y.shape}")
print(f"label 1: {np.sum(y == 1)} points, label 0: {np.sum(y == 0)} points")
print("first five rows:")
print("      x0       x1   x0 + x1   y")
for (x0, x1), label in zip(X[:5], y[:5], strict=True):
    print(f"{x0:8.4f} {x1:8.4f} {x0 + x1:9.4f}   {label}")
