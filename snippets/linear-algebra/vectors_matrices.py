"""The book's reference data: a point x, a data matrix X and weights W.

Each row of X is one sample with d = 3 features; W maps 3 features to 2
outputs, so X @ W turns three samples into three rows of two numbers.
Entry (i, j) of X @ W is the dot product of row i of X with column j of W.
"""

import numpy as np

x = np.array([1.5, 2.3, 0.8])
X = np.array([[1.5, 2.3, 0.8], [2.1, 1.9, 1.2], [0.9, 3.1, 0.5]])
W = np.array([[0.5, 0.3], [0.2, 0.8], [0.1, 0.4]])


def show(a):
    return np.array2string(a, precision=4, floatmode="fixed")


print(f"x: shape {x.shape}, X: shape {X.shape}, W: shape {W.shape}")
XW = X @ W
print(f"X @ W has shape {XW.shape}:")
print(show(XW))
assert XW.shape == (X.shape[0], W.shape[1])

# The same product, one dot product at a time.
by_hand = np.array(
    [[X[i] @ W[:, j] for j in range(W.shape[1])] for i in range(X.shape[0])]
)
assert np.allclose(by_hand, XW)
print(f"entry-by-entry dot products agree: {np.allclose(by_hand, XW)}")
assert np.allclose(x @ W, XW[0])  # one sample is mapped like the first row
print(f"x @ W = {show(x @ W)}, row 0 of X @ W: {np.allclose(x @ W, XW[0])}")

try:
    W @ X
    shapes_clash = False
except ValueError:
    shapes_clash = True
    print("W @ X fails: (3, 2) @ (3, 3) has inner sizes 2 and 3")
assert shapes_clash
