"""Backpropagation as a chain of vector-Jacobian products.

A 2-3-2 ReLU network with a softmax output on the chapter's 100 points.
The gradient is computed twice: by multiplying the full Jacobian of every
step (built with np.kron and np.diag), and by one vector-Jacobian product
(VJP) per step, which never builds a Jacobian. Both are compared with
Network.gradients.
"""

import numpy as np

from mlfound.datasets import line_separated
from mlfound.nn import Network, softmax

X, y = line_separated()
net = Network([2, 3, 2], seed=0)
W1, W2 = net.weights
b1, b2 = net.biases
n = len(y)

Z1 = X @ W1 + b1  # forward pass, keeping what the backward pass needs
H = np.maximum(Z1, 0.0)
Z2 = H @ W2 + b2

G2 = (softmax(Z2) - np.eye(2)[y]) / n  # dL/dZ2: where every chain starts
# One VJP per step: (upstream gradient) times (that step's Jacobian)
grad_W2, grad_b2 = H.T @ G2, G2.sum(axis=0)  # through Z2 = H W2 + b2
G_H = G2 @ W2.T  # through Z2 = H W2 + b2, with respect to H
G1 = G_H * (Z1 > 0)  # through H = relu(Z1)
grad_W1, grad_b1 = X.T @ G1, G1.sum(axis=0)  # through Z1 = X W1 + b1

# The same with explicit Jacobians of the flattened (row by row) arrays
jacobians = {
    "Z2 by W2": np.kron(H, np.eye(2)),
    "Z2 by H": np.kron(np.eye(n), W2.T),
    "H by Z1": np.diag((Z1 > 0).ravel().astype(float)),
    "Z1 by W1": np.kron(X, np.eye(3)),
}
g = G2.ravel()  # the upstream gradient as one row vector
J = jacobians
full_W2 = (g @ J["Z2 by W2"]).reshape(W2.shape)
full_W1 = (g @ J["Z2 by H"] @ J["H by Z1"] @ J["Z1 by W1"]).reshape(W1.shape)

print("Jacobian          shape    entries   its VJP has shape")
shapes = {"Z2 by W2": W2, "Z2 by H": H, "H by Z1": Z1, "Z1 by W1": W1}
for name, jac in jacobians.items():
    shape = f"{jac.shape}"
    print(f"{name:10} {shape:>10} {jac.size:10,}   {shapes[name].shape}")

relu_entries, relu_diagonal = jacobians["H by Z1"].size, Z1.size

library = net.gradients(X, y)
differences = [
    np.abs(full_W2 - grad_W2).max(),
    np.abs(full_W1 - grad_W1).max(),
    np.abs(library["weights"][0] - grad_W1).max(),
    np.abs(library["weights"][1] - grad_W2).max(),
    np.abs(library["biases"][0] - grad_b1).max(),
    np.abs(library["biases"][1] - grad_b2).max(),
]
assert max(differences) < 1e-12
print("VJPs = Jacobian products = Network.gradients (differences < 1e-12)")

# The first layer of the digits network, for a batch of 32 images
batch, d, h = 32, 64, 64
entries = (batch * h) * (d * h)  # Jacobian of Z1 (32 x 64) by W1 (64 x 64)
megabytes, gradient_size = 8 * entries / 1e6, d * h
print(f"digits, batch {batch}: Jacobian of Z1 by W1 has {entries:,} entries,")
print(f"  {megabytes:.0f} MB as float64; its VJP X^T G1 has {gradient_size:,}")
