"""The Jacobian of a network layer, and the chain rule through two layers.

The hidden layer of the chapter-5 network maps a point x (2 numbers) to
h = sigma(x W1 + b1) (4 numbers); its Jacobian is diag(h (1 - h)) W1^T,
a 4 x 2 matrix. The output p = sigma(h W2 + b2) has the 1 x 4 Jacobian
p (1 - p) W2^T, and by the chain rule the whole network's Jacobian is
their product. mlfound.calculus.jacobian checks both by central
differences.
"""

import numpy as np

from mlfound.calculus import jacobian
from mlfound.nn import TwoLayerNetwork, sigmoid

net = TwoLayerNetwork(2, 4, seed=0)
x = np.array([0.5, -1.0])


def layer(v):
    return sigmoid(v @ net.W1 + net.b1)


def output(u):
    return sigmoid(u @ net.W2 + net.b2)


h = layer(x)
J_layer = (h * (1 - h))[:, None] * net.W1.T  # diag(h(1 - h)) W1^T
p = output(h)
J_output = p[:, None] * (1 - p)[:, None] * net.W2.T  # 1 x 4
J_network = J_output @ J_layer  # the chain rule: a 1 x 2 matrix

numeric_layer = jacobian(layer, x)
numeric_network = jacobian(lambda v: output(layer(v)), x)
gap_layer = np.max(np.abs(J_layer - numeric_layer))
gap_network = np.max(np.abs(J_network - numeric_network))
print(f"layer Jacobian, shape {J_layer.shape}:")
print(np.array2string(J_layer, precision=4, floatmode="fixed", sign=" "))
assert gap_layer < 1e-9
print("largest gap to central differences < 1e-9")
print(
    f"network Jacobian = J_output {J_output.shape} @ J_layer "
    f"{J_layer.shape}, shape {J_network.shape}:"
)
print(np.array2string(J_network, precision=4, floatmode="fixed", sign=" "))
assert gap_network < 1e-9
print("largest gap to central differences < 1e-9")

# The Jacobian is the best linear model: the error of f(x) + J d is O(|d|^2)
direction = np.array([0.6, 0.8])
print(f"{'|d|':>6}{'|f(x + d) - f(x) - J d|':>26}")
misses = []
for size in [0.1, 0.01, 0.001]:
    d = size * direction
    miss = np.linalg.norm(layer(x + d) - h - J_layer @ d)
    misses.append(miss)
    print(f"{size:>6g}{miss:>26.2e}")
ratios = np.array(misses[1:]) / np.array(misses[:-1])
assert np.all((0.005 < ratios) & (ratios < 0.02))  # about 1 / 100
