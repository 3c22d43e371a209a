"""Reverse mode on the chapter-5 loss: Value against the hand-derived
backward pass of TwoLayerNetwork and against central differences.

The 2-4-1 network's 17 parameters become Values; the mean log-loss over the
100 points is built from +, *, sigmoid and log, one scalar operation at a
time; one call of backward() gives all 17 partial derivatives.
"""

import numpy as np

from mlfound.autodiff import Value
from mlfound.calculus import gradient_check
from mlfound.datasets import line_separated
from mlfound.nn import TwoLayerNetwork

X, y = line_separated()
n_points = len(y)
net = TwoLayerNetwork(2, 4, seed=0)
names = ["W1", "b1", "W2", "b2"]
shapes = {name: getattr(net, name).shape for name in names}
sizes = [int(np.prod(shapes[name])) for name in names]
theta = np.concatenate([getattr(net, name).ravel() for name in names])


def unpack(flat):
    """Split a flat list of 17 numbers (or Values) into W1, b1, W2, b2."""
    parts, start = [], 0
    for size in sizes:
        parts.append(flat[start : start + size])
        start += size
    W1, b1, W2, b2 = parts
    return [W1[0:4], W1[4:8]], b1, W2, b2[0]


def loss_of(params):
    """Mean log-loss of the 2-4-1 network, one scalar operation at a time."""
    W1, b1, W2, b2 = unpack(params)
    total = 0.0
    for (x1, x2), label in zip(X, y, strict=True):
        hidden = [
            (x1 * W1[0][j] + x2 * W1[1][j] + b1[j]).sigmoid() for j in range(4)
        ]
        z = b2
        for h, w in zip(hidden, W2, strict=True):
            z = z + h * w
        p = z.sigmoid()
        total = total - (p.log() if label == 1 else (1 - p).log())
    return total / len(y)


params = [Value(v) for v in theta]
loss = loss_of(params)
loss.backward()  # one backward pass: all 17 derivatives
autodiff = np.array([v.grad for v in params])

hand = net.gradients(X, y)
by_hand = np.concatenate([hand[name].ravel() for name in names])
print(
    f"loss: Value {loss.data:.6f}, TwoLayerNetwork.loss {net.loss(X, y):.6f}"
)
print("dL/dW2 by Value:    ", " ".join(f"{g:+.6f}" for g in autodiff[10:14]))
print("dL/dW2 by net:      ", " ".join(f"{g:+.6f}" for g in by_hand[10:14]))

gap_hand = np.max(np.abs(autodiff - by_hand)) / np.max(np.abs(by_hand))
assert gap_hand < 1e-12
print("Value vs hand-derived backward pass: relative gap < 1e-12")


def numeric_loss(flat):  # the same loss in numpy, for central differences
    trial = TwoLayerNetwork(2, 4, seed=0)
    for name, part in zip(
        names, np.split(flat, np.cumsum(sizes)[:-1]), strict=True
    ):
        setattr(trial, name, part.reshape(shapes[name]))
    return trial.loss(X, y)


gap_numeric = gradient_check(numeric_loss, lambda flat: autodiff, theta)
assert gap_numeric < 1e-8
print("Value vs central differences: relative gap < 1e-8")
n_params = theta.size
print(f"cost of all {n_params} derivatives:")
print("  reverse mode:        1 forward and 1 backward pass")
print(f"  forward mode:        {n_params} forward passes")
print(f"  central differences: {2 * n_params} evaluations of the loss")
