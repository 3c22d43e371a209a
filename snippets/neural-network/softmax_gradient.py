"""The gradient of the softmax cross-entropy is (softmax - one-hot) / n.

Three checks with central differences: the formula for the logits, the
softmax Jacobian diag(p) - p p^T it comes from, and the gradients of a
whole Network with a softmax output, every weight and bias at once.
"""

import numpy as np

from mlfound.calculus import gradient_check, numerical_gradient
from mlfound.datasets import line_separated
from mlfound.nn import Network, softmax, softmax_cross_entropy

rng = np.random.default_rng(0)
n, k = 5, 4
logits = rng.normal(size=(n, k))
y = rng.integers(0, k, size=n)


def loss_of(flat):
    return softmax_cross_entropy(y, flat.reshape(n, k))


def formula(flat):
    return ((softmax(flat.reshape(n, k)) - np.eye(k)[y]) / n).ravel()


error_logits = gradient_check(loss_of, formula, logits.ravel())
assert error_logits < 1e-7
print("(softmax - one-hot)/n vs central differences: relative error < 1e-7")

z = logits[0]
p = softmax(z)
jacobian = np.diag(p) - np.outer(p, p)  # d p_i / d z_j
numeric = np.column_stack(
    [numerical_gradient(lambda v, j=j: softmax(v)[j], z) for j in range(k)]
).T
error_jacobian = np.max(np.abs(jacobian - numeric))
assert error_jacobian < 1e-9 and np.abs(jacobian.sum(axis=1)).max() < 1e-15
print("diag(p) - p p^T vs central differences: largest difference < 1e-9")
print("each row of the Jacobian sums to 0 (|sum| < 1e-15)")

# A Network on the chapter's points, labels as classes 0 and 1, softmax output
X, labels = line_separated()
net = Network([2, 8, 8, 2], activation="tanh", seed=0)
params = net.weights + net.biases
theta = np.concatenate([q.ravel() for q in params])
n_params = theta.size


def with_params(flat, compute):
    """Evaluate compute() with the parameters set to flat, then restore."""
    start, saved = 0, [q.copy() for q in params]
    for q in params:
        q[...] = flat[start : start + q.size].reshape(q.shape)
        start += q.size
    try:
        return compute()
    finally:
        for q, old in zip(params, saved, strict=True):
            q[...] = old


def network_gradient():
    grads = net.gradients(X, labels)
    flat = [g.ravel() for g in grads["weights"] + grads["biases"]]
    return np.concatenate(flat)


error_network = gradient_check(
    lambda t: with_params(t, lambda: net.loss(X, labels)),
    lambda t: with_params(t, network_gradient),
    theta,
)
assert error_network < 1e-7
print(f"Network.gradients, all {n_params} parameters: relative error < 1e-7")
