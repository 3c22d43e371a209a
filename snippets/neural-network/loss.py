"""The loss of the untrained network, computed five ways that must agree.

The binary cross-entropy is the mean Bernoulli negative log-likelihood
(probability chapter), the mean cross-entropy between the one-hot label and
the predicted distribution (information theory chapter), and scikit-learn's
log_loss; the network also computes it straight from its output logits.
"""

import numpy as np
from sklearn.metrics import log_loss

from mlfound.datasets import line_separated
from mlfound.information import cross_entropy
from mlfound.nn import TwoLayerNetwork, binary_cross_entropy
from mlfound.probability import bernoulli_nll

X, y = line_separated(n=100, seed=0)  # labelled by the line x1 + x2 = 0

net = TwoLayerNetwork(2, 4, seed=0)
p = net.forward(X)[:, 0]  # (100,) probabilities of a 1

per_point = [
    cross_entropy([label, 1 - label], [q, 1 - q], base=np.e)
    for label, q in zip(y, p, strict=True)
]
loss = binary_cross_entropy(y, p)
five = [loss, bernoulli_nll(y, p), np.mean(per_point), log_loss(y, p)]
five.append(net.loss(X, y))
assert np.allclose(five, loss)
assert loss > np.log(2)  # worse than always answering one half
print(f"binary_cross_entropy      {binary_cross_entropy(y, p):.6f} nats")
print(f"Bernoulli NLL per point   {bernoulli_nll(y, p):.6f} nats")
print(f"mean H(one-hot, model)    {np.mean(per_point):.6f} nats")
print(f"sklearn log_loss          {log_loss(y, p):.6f} nats")
print(f"net.loss (from logits)    {net.loss(X, y):.6f} nats")
print(f"always guessing 0.5       {np.log(2):.6f} nats (ln 2)")
