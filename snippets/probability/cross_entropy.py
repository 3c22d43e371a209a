"""The Bernoulli negative log-likelihood is the binary cross-entropy.

A classifier predicts a probability p_i that label y_i is 1. The mean
negative log-likelihood of the labels under those predictions is the loss
that chapter 5 trains with; three implementations agree on it.
"""

import numpy as np
from sklearn.metrics import log_loss

from mlfound.nn import binary_cross_entropy, sigmoid
from mlfound.probability import bernoulli_nll

rng = np.random.default_rng(seed=0)
x = rng.normal(size=200)
y = (rng.random(200) < sigmoid(2.0 * x)).astype(int)  # labels
p = sigmoid(1.5 * x + 0.2)  # a model's predicted P(y = 1 | x)

nll = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))  # the definition
others = [bernoulli_nll(y, p), binary_cross_entropy(y, p), log_loss(y, p)]
assert np.allclose(others, nll)
print(f"by the formula:                    {nll:.6f}")
print(f"mlfound.probability.bernoulli_nll: {bernoulli_nll(y, p):.6f}")
print(f"mlfound.nn.binary_cross_entropy:   {binary_cross_entropy(y, p):.6f}")
print(f"sklearn.metrics.log_loss:          {log_loss(y, p):.6f}")

# One probability for every example: the loss is smallest at p = mean(y)
p_hat = y.mean()
losses = {}
for q in (0.3, p_hat, 0.7):
    loss = losses[q] = binary_cross_entropy(y, np.full(y.size, q))
    print(f"constant prediction {q:.3f}: cross-entropy {loss:.4f}")
assert losses[p_hat] < min(losses[0.3], losses[0.7])
