"""Pitfall: report the mean squared error, descend the cross-entropy gradient.

The update `output - y` at the output logit is the gradient of the
cross-entropy. The gradient of the mean squared error has an extra factor
2 p (1 - p), which is 1/2 when p = 1/2. A gradient check on the loss being
reported catches the mismatch at once. Relative errors of matching pairs are
rounding noise and are printed as a bound.
"""

import copy

import numpy as np

from mlfound.calculus import gradient_check
from mlfound.datasets import line_separated
from mlfound.nn import (
    TwoLayerNetwork,
    binary_cross_entropy,
    mean_squared_error,
    sigmoid,
)

NAMES = ("W1", "b1", "W2", "b2")
RIGHT = (
    1e-6  # a relative error below this: the gradient is almost surely right
)
BOUND = 1e-7  # what is printed for a right gradient: the rest is rounding
X, y = line_separated(n=100, seed=0)  # labelled by the line x1 + x2 = 0


def flat(grads):
    """All gradients as one vector of 17 numbers."""
    return np.concatenate([grads[name].ravel() for name in NAMES])


def as_function(net, loss):
    """A loss as a function of all 17 parameters in one flat vector."""

    def f(theta):
        trial, start = copy.copy(net), 0
        for name in NAMES:
            shape = getattr(net, name).shape
            size = int(np.prod(shape))
            setattr(trial, name, theta[start : start + size].reshape(shape))
            start += size
        return loss(y, trial.forward(X))

    return f


def mse_gradients(net):
    """The chain rule for the MSE: dL/dZ2 = 2 (p - y) p (1 - p) / n."""
    H = sigmoid(X @ net.W1 + net.b1)
    p = sigmoid(H @ net.W2 + net.b2)
    delta2 = 2 * (p - y[:, None]) * p * (1 - p) / len(y)
    delta1 = (delta2 @ net.W2.T) * H * (1 - H)
    return {
        "W1": X.T @ delta1,
        "b1": delta1.sum(axis=0),
        "W2": H.T @ delta2,
        "b2": delta2.sum(axis=0),
    }


def report(net, when):
    theta = flat({name: getattr(net, name) for name in NAMES})
    used = flat(net.gradients(X, y))  # backpropagates output - y
    true = flat(mse_gradients(net))
    mse = as_function(net, mean_squared_error)
    bce = as_function(net, binary_cross_entropy)
    p = net.forward(X)[:, 0]
    ratio = np.linalg.norm(used) / np.linalg.norm(true)
    cosine = used @ true / (np.linalg.norm(used) * np.linalg.norm(true))
    print(f"{when}: p in [{p.min():.4f}, {p.max():.4f}]")
    print(f"  {'|output - y gradient| / |MSE gradient|':42} {ratio:.2f}")
    print(f"  {'cosine of the angle between them':42} {cosine:.4f}")
    errors = []
    for loss_name, loss, grad_name, grad in (
        ("MSE", mse, "output - y", used),
        ("BCE", bce, "output - y", used),
        ("MSE", mse, "MSE", true),
    ):
        error = gradient_check(loss, lambda t, g=grad: g, theta)
        errors.append(error)
        shown = f"{error:.1e}" if error > BOUND else "< 1e-7"
        label = f"check: {loss_name} loss, {grad_name} gradient"
        print(f"  {label:42} {shown}")
    # The mismatched pair fails with an error of order one; both matching
    # pairs pass, far below the level of a right gradient.
    assert errors[0] > 0.1 and max(errors[1:]) < BOUND < RIGHT
    return p, ratio, cosine


net = TwoLayerNetwork(2, 4, seed=0)
p_before, ratio_before, cosine_before = report(net, "untrained")
net.fit(X, y, epochs=2000, learning_rate=1.0)
p_after, ratio_after, cosine_after = report(net, "after 2000 epochs")

# Before training: predictions near one half, the output - y gradient about
# twice as long as the MSE gradient and pointing the same way. After: the
# predictions have moved to 0 and 1, and the two directions differ widely.
assert 0.25 < p_before.min() and p_before.max() < 0.5
assert 2 < ratio_before < 3 and cosine_before > 0.99
assert np.mean((p_after < 0.01) | (p_after > 0.99)) > 0.5
assert cosine_after < 0.5
