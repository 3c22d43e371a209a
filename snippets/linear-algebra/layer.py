"""A dense layer is one matrix product: H = sigma(X @ W + b).

Each of the 2 units computes a weighted sum of the 3 inputs of each sample;
stacking the units' weights as the columns of W does all 3 x 2 sums at once.
Two layers without an activation collapse into one matrix, W1 @ W2.
"""

import numpy as np

from mlfound.nn import TwoLayerNetwork, sigmoid

X = np.array([[1.5, 2.3, 0.8], [2.1, 1.9, 1.2], [0.9, 3.1, 0.5]])
W = np.array([[0.5, 0.3], [0.2, 0.8], [0.1, 0.4]])
b = np.array([-1.0, -2.5])


def show(a):
    return np.array2string(a, precision=4, floatmode="fixed")


H = sigmoid(X @ W + b)
print(f"H = sigmoid(X @ W + b), shape {H.shape}:")
print(show(H))

# The same layer, one sample and one unit at a time.
loop = np.empty((3, 2))
for i in range(3):
    for j in range(2):
        loop[i, j] = sigmoid(sum(X[i, k] * W[k, j] for k in range(3)) + b[j])
assert np.allclose(loop, H)
print(f"loop over samples and units agrees: {np.allclose(loop, H)}")

# The book's two-layer network is two such products.
net = TwoLayerNetwork(3, 2, 1, seed=0)
ours = sigmoid(sigmoid(X @ net.W1 + net.b1) @ net.W2 + net.b2)
assert np.allclose(ours, net.forward(X))
print(
    f"by hand vs TwoLayerNetwork.forward: {np.allclose(ours, net.forward(X))}"
)

# Without the sigmoid, two layers are one linear map.
W1, W2 = net.W1, net.W2
same = np.allclose((X @ W1) @ W2, X @ (W1 @ W2))
assert same and (W1 @ W2).shape == (3, 1)
print(f"(X @ W1) @ W2 == X @ (W1 @ W2): {same}")
print(f"W1 @ W2 has shape {(W1 @ W2).shape}: one layer with 1 output")
