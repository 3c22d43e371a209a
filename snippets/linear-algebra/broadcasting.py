"""Broadcasting: how numpy combines arrays of different shapes.

Shapes are compared from the right; a size of 1 (or a missing axis) is
stretched to match. Centring subtracts a (3,) mean from every row of a
(3, 3) matrix; a bias (2,) is added to every row of X @ W. The same rule
turns a (3, 1) column minus a (3,) vector into a (3, 3) matrix.
"""

import numpy as np

X = np.array([[1.5, 2.3, 0.8], [2.1, 1.9, 1.2], [0.9, 3.1, 0.5]])
W = np.array([[0.5, 0.3], [0.2, 0.8], [0.1, 0.4]])
b = np.array([0.1, -0.2])


def show(a):
    return np.array2string(a, precision=4, floatmode="fixed")


x_bar = X.mean(axis=0)
centred = X - x_bar  # (3, 3) - (3,) -> (3, 3): x_bar is taken from each row
print(f"x_bar = {show(x_bar)}, shape {x_bar.shape}")
largest = np.abs(centred.mean(axis=0)).max()
assert largest < 1e-14  # zero up to rounding; its digits vary by processor
print("largest |column mean| of X - x_bar < 1e-14: zero up to rounding")

Z = X @ W + b  # (3, 2) + (2,) -> (3, 2): one bias per output column
assert np.allclose(Z[0], X[0] @ W + b)
print(f"X @ W + b: shape {Z.shape}, row 0 = {show(Z[0])}")

# The trap: predictions as a (3, 1) column, targets as a (3,) vector.
y = np.array([1.0, 2.0, 3.0])
w = np.array([[0.5], [0.2], [0.1]])  # one output: shape (3, 1)
y_hat = X @ w
wrong = np.mean((y - y_hat) ** 2)  # (3,) - (3, 1) -> (3, 3)
right = np.mean((y - y_hat[:, 0]) ** 2)
assert (y - y_hat).shape == (3, 3) and not np.isclose(wrong, right)
print(f"y {y.shape} - y_hat {y_hat.shape} -> {(y - y_hat).shape}")
print(f"mean squared error: broadcast {wrong:.4f}, intended {right:.4f}")
