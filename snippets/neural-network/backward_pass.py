"""The backward pass of the 2-4-1 network, written out with the chain rule.

Each line multiplies the gradient arriving from the layer above by one local
derivative. The result is compared with TwoLayerNetwork.gradients.
"""

import numpy as np

from mlfound.datasets import line_separated
from mlfound.nn import TwoLayerNetwork, sigmoid

X, y = line_separated(n=100, seed=0)  # labelled by the line x1 + x2 = 0
n = X.shape[0]
Y = y[:, None]  # labels as a column, shape (n, 1), like the output

net = TwoLayerNetwork(2, 4, seed=0)
H = sigmoid(X @ net.W1 + net.b1)  # forward pass, keeping what we need
p = sigmoid(H @ net.W2 + net.b2)

delta2 = (p - Y) / n  # dL/dZ2: sigmoid' p(1 - p) cancels the log-loss
grads = {
    "W2": H.T @ delta2,  # dZ2/dW2 brings in H
    "b2": delta2.sum(axis=0),  # every point adds its delta to b2
}
delta1 = (delta2 @ net.W2.T) * H * (1 - H)  # back through W2, then sigmoid
grads["W1"] = X.T @ delta1
grads["b1"] = delta1.sum(axis=0)

print(f"delta2 {delta2.shape}   delta1 {delta1.shape}")
library = net.gradients(X, y)
for name in ("W1", "b1", "W2", "b2"):
    ours = grads[name]
    gap = np.max(np.abs(ours - library[name]))
    assert ours.shape == getattr(net, name).shape and gap == 0.0
    print(
        f"dL/d{name} shape {ours.shape!s:7} "
        f"largest |entry| {np.max(np.abs(ours)):.4f}   "
        f"difference from net.gradients {gap:.1e}"
    )
