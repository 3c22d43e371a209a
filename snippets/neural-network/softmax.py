"""The softmax turns k scores into k probabilities.

It is checked against scipy.special.softmax, for a shift of every score by
the same amount, and, with two classes, against the sigmoid of chapter 5.
"""

import numpy as np
from scipy.special import softmax as scipy_softmax

from mlfound.nn import sigmoid, softmax

z = np.array([2.0, 1.0, -1.0])
p = softmax(z)
print(f"z = {z}")
print(f"softmax(z) = {np.round(p, 4)}, sum {p.sum():.4f}")
print(f"largest score, largest probability: {np.argmax(z)} and {np.argmax(p)}")
assert np.argmax(p) == np.argmax(z) and np.isclose(p.sum(), 1.0)
assert np.allclose(p, scipy_softmax(z), rtol=1e-14)

shifted = softmax(z + 100.0)
print(f"softmax(z + 100) = {np.round(shifted, 4)}")
assert np.allclose(shifted, p, rtol=1e-14)

Z = np.array([[2.0, 0.0], [-1.5, 0.0], [0.0, 0.0]])  # rows (t, 0): two classes
two = softmax(Z)  # one row of probabilities per sample, axis=-1
print(f"two classes, first column: {np.round(two[:, 0], 4)}")
print(f"sigmoid of the score gap:  {np.round(sigmoid(Z[:, 0] - Z[:, 1]), 4)}")
assert np.allclose(two[:, 0], sigmoid(Z[:, 0] - Z[:, 1]), rtol=1e-14)
assert np.allclose(two, scipy_softmax(Z, axis=1), rtol=1e-14)
