"""The forward pass of a 2-4-1 network, one matrix product at a time.

Each layer is a matrix product plus a bias, followed by the sigmoid applied
to every entry. The shapes are the whole story: (n, d) @ (d, h) -> (n, h).
"""

import numpy as np

from mlfound.datasets import line_separated
from mlfound.nn import TwoLayerNetwork, sigmoid

X, y = line_separated(n=100, seed=0)  # labelled by the line x1 + x2 = 0

net = TwoLayerNetwork(2, 4, 1, seed=0)
print(net)
for name in ("W1", "b1", "W2", "b2"):
    print(f"{name} shape {getattr(net, name).shape}")
n_params = sum(getattr(net, name).size for name in ("W1", "b1", "W2", "b2"))
assert n_params == (2 + 1) * 4 + (4 + 1) * 1  # weights and a bias per unit
print(f"{n_params} parameters in all")

Z1 = X @ net.W1 + net.b1  # (100, 2) @ (2, 4) + (4,) -> (100, 4)
H = sigmoid(Z1)  # hidden activations, entry by entry
Z2 = H @ net.W2 + net.b2  # (100, 4) @ (4, 1) + (1,) -> (100, 1)
p = sigmoid(Z2)  # probability that the label is 1

print(f"X {X.shape} @ W1 {net.W1.shape} + b1 -> Z1 {Z1.shape}")
print(f"H = sigmoid(Z1) {H.shape}")
print(f"H {H.shape} @ W2 {net.W2.shape} + b2 -> Z2 {Z2.shape}")
print(f"p = sigmoid(Z2) {p.shape}")
p_low, p_high = p.min(), p.max()
assert p_high < 0.5 and p_high - p_low < 0.1  # narrow, all below one half
print("p of the first three points:", " ".join(f"{v:.4f}" for v in p[:3, 0]))
print(f"p ranges over [{p_low:.4f}, {p_high:.4f}]")
gap = np.max(np.abs(p - net.forward(X)))
assert gap == 0.0  # the same arithmetic in the same order
print(f"largest difference from net.forward(X): {gap:.1e}")
