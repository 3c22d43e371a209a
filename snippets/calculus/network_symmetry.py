"""The network's loss has many minima: swapping two hidden units.

Train the chapter-5 network, then swap hidden units 1 and 3 (their columns
of W1, entries of b1 and rows of W2). The swapped network computes the same
function, so it has the same loss: a second minimum. For a convex loss the
midpoint of two minima would be at least as good; here it is much worse.
"""

import copy
import math

import numpy as np

from mlfound.datasets import line_separated
from mlfound.nn import TwoLayerNetwork

X, y = line_separated()
net = TwoLayerNetwork(2, 4, seed=0)
net.fit(X, y, epochs=500, learning_rate=1.0)

swapped = copy.deepcopy(net)
order = [2, 1, 0, 3]  # units 1 and 3 trade places
swapped.W1, swapped.b1 = net.W1[:, order], net.b1[order]
swapped.W2 = net.W2[order]

midpoint = copy.deepcopy(net)
for name in ("W1", "b1", "W2", "b2"):
    setattr(midpoint, name, (getattr(net, name) + getattr(swapped, name)) / 2)

loss, loss_swapped, loss_mid = (m.loss(X, y) for m in (net, swapped, midpoint))
print(f"trained network:           loss {loss:.4f}")
print(f"hidden units 1, 3 swapped: loss {loss_swapped:.4f}")
print(f"midpoint of the two:       loss {loss_mid:.4f}")
assert not np.allclose(net.W1, swapped.W1)  # a different point ...
assert abs(loss_swapped - loss) < 1e-12  # ... with the same loss
assert loss_mid > 2 * loss  # convexity would demand loss_mid <= loss
n_copies = math.factorial(net.W1.shape[1])  # orderings of 4 hidden units
print(f"equivalent orderings of the hidden units: {n_copies}")
