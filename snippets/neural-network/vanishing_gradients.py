"""How large is the gradient of each layer of a ten-hidden-layer network?

The same 2-32-...-32-1 network (ten hidden layers of 32 units, sigmoid
output) on the chapter's 100 points, with each activation and the library's
initialisation for it (Xavier for sigmoid and tanh, He for ReLU). Printed:
the size (Frobenius norm) of the gradient of each weight matrix, before any
training.
"""

import numpy as np

from mlfound.datasets import line_separated
from mlfound.nn import Network

X, y = line_separated()
sizes = [2] + [32] * 10 + [1]
norms = {}
for activation in ("sigmoid", "tanh", "relu"):
    net = Network(sizes, activation=activation, output="sigmoid", seed=0)
    grads = net.gradients(X, y)["weights"]
    norms[activation] = np.array([np.linalg.norm(g) for g in grads])

print("layer     sigmoid       tanh       relu")
for j in range(len(sizes) - 1):
    row = " ".join(f"{norms[a][j]:10.1e}" for a in norms)
    print(f"{j + 1:5d} {row}")
ratio = {a: norms[a][0] / norms[a][-1] for a in norms}
print("first / last " + " ".join(f"{ratio[a]:10.1e}" for a in norms))
sigmoid_ratio, tanh_ratio, relu_ratio = ratio.values()
assert sigmoid_ratio < 1e-4  # vanished, by a similar factor at every layer
assert np.all(norms["sigmoid"][1:] / norms["sigmoid"][:-1] > 2)
for activation in ("tanh", "relu"):  # every layer's gradient of one order
    assert norms[activation].max() < 10 * norms[activation].min()
