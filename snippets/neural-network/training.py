"""Train the 2-4-1 network by full-batch gradient descent.

TwoLayerNetwork.fit repeats one update for every parameter,
theta <- theta - eta * dL/dtheta. The same loop written by hand ends at
exactly the same parameters, and shows the weights growing: on separable
data the loss keeps falling as the weights grow, without a finite minimum.
"""

import numpy as np

from mlfound.datasets import line_separated
from mlfound.nn import TwoLayerNetwork

X, y = line_separated(n=100, seed=0)  # labelled by the line x1 + x2 = 0
eta, epochs = 1.0, 2000

net = TwoLayerNetwork(2, 4, seed=0)
losses = net.fit(X, y, epochs=epochs, learning_rate=eta)
for epoch in (0, 10, 100, 1000, epochs - 1):
    print(f"epoch {epoch:4d}   loss {losses[epoch]:.4f}")
final_loss = net.loss(X, y)
accuracy = np.mean(net.predict(X) == y)
print(
    f"after training: loss {final_loss:.4f}, training accuracy {accuracy:.2f}"
)
# The loss falls at every epoch, fast at first and then slowly, and every
# training point ends on the correct side.
assert np.all(np.diff(losses) < 0) and accuracy == 1.0
assert losses[0] - losses[100] > 10 * (losses[1000] - losses[-1])

# The same loop by hand, watching the size of the weights as it runs.
by_hand = TwoLayerNetwork(2, 4, seed=0)
size = {}  # epoch -> length of all the weights, sqrt(|W1|^2 + |W2|^2)
for epoch in range(1, epochs + 1):
    grads = by_hand.gradients(X, y)
    for name, g in grads.items():
        setattr(by_hand, name, getattr(by_hand, name) - eta * g)
    if epoch in (10, 100, 1000, epochs):
        size[epoch] = np.sqrt(np.sum(by_hand.W1**2) + np.sum(by_hand.W2**2))
gap = max(np.max(np.abs(getattr(net, k) - getattr(by_hand, k))) for k in grads)
assert gap == 0.0
print(f"hand-written loop vs fit: largest parameter difference {gap:.1e}")
print("size of the weights, sqrt(|W1|^2 + |W2|^2), during training:")
print("  " + ", ".join(f"epoch {t}: {s:.1f}" for t, s in size.items()))
assert np.all(np.diff(list(size.values())) > 0)  # they keep growing
size_start, size_end = size[10], size[epochs]
