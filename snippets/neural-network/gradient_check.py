"""Check every gradient of the network against central differences.

For each parameter, the loss is seen as a function of that parameter alone
(flattened to a vector), and numerical_gradient nudges one entry at a time.
gradient_check reports the largest difference relative to the largest entry.
"""

import copy

import numpy as np

from mlfound.calculus import gradient_check, numerical_gradient
from mlfound.nn import TwoLayerNetwork, binary_cross_entropy

rng = np.random.default_rng(0)
X = rng.normal(size=(100, 2))
y = (X[:, 0] + X[:, 1] > 0).astype(int)

net = TwoLayerNetwork(2, 4, seed=0)
analytic = net.gradients(X, y)


def loss_of(name):
    """The loss as a function of one flattened parameter, others fixed."""
    shape = getattr(net, name).shape

    def f(values):
        trial = copy.copy(net)  # a shallow copy: setattr leaves net alone
        setattr(trial, name, values.reshape(shape))
        return binary_cross_entropy(y, trial.forward(X))

    return f


w2 = net.W2.ravel()
chain = analytic["W2"].ravel()
numeric = numerical_gradient(loss_of("W2"), w2)
print("dL/dW2 chain rule:", " ".join(f"{v:+.6f}" for v in chain))
print("dL/dW2 numerical: ", " ".join(f"{v:+.6f}" for v in numeric))
print("max relative error per parameter:")
for name in ("W1", "b1", "W2", "b2"):
    error = gradient_check(
        loss_of(name),
        lambda values, name=name: analytic[name].ravel(),
        getattr(net, name).ravel(),
    )
    print(f"  {name:2} shape {analytic[name].shape!s:7} {error:.1e}")
