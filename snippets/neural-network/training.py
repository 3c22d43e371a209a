"""Train the 2-4-1 network by full-batch gradient descent.

TwoLayerNetwork.fit repeats one update for every parameter,
theta <- theta - eta * dL/dtheta. The same loop written by hand ends at
exactly the same parameters.
"""

import numpy as np

from mlfound.nn import TwoLayerNetwork

rng = np.random.default_rng(0)
X = rng.normal(size=(100, 2))
y = (X[:, 0] + X[:, 1] > 0).astype(int)
eta, epochs = 1.0, 2000

net = TwoLayerNetwork(2, 4, seed=0)
losses = net.fit(X, y, epochs=epochs, learning_rate=eta)
for epoch in (0, 10, 100, 1000, epochs - 1):
    print(f"epoch {epoch:4d}   loss {losses[epoch]:.4f}")
print(
    f"after training: loss {net.loss(X, y):.4f}, "
    f"training accuracy {np.mean(net.predict(X) == y):.2f}"
)

by_hand = TwoLayerNetwork(2, 4, seed=0)
for _ in range(epochs):
    grads = by_hand.gradients(X, y)
    for name, g in grads.items():
        setattr(by_hand, name, getattr(by_hand, name) - eta * g)
gap = max(np.max(np.abs(getattr(net, k) - getattr(by_hand, k))) for k in grads)
print(f"hand-written loop vs fit: largest parameter difference {gap:.1e}")
