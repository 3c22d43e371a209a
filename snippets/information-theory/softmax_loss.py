"""Softmax cross-entropy over K classes: four ways to one number.

Five samples, K = 4 classes, logits z drawn at random. The mean negative
log-likelihood of the labels under the categorical model q = softmax(z) is
computed as a product of probabilities, as the mean cross-entropy between
one-hot labels and q (mlfound), from the logits with log-sum-exp (scipy),
and with sklearn.metrics.log_loss. All are in nats.
"""

import numpy as np
from scipy.special import logsumexp, softmax
from sklearn.metrics import log_loss

from mlfound.information import cross_entropy

rng = np.random.default_rng(5)
n, k = 5, 4
Z = rng.normal(scale=2.0, size=(n, k))  # logits, one row per sample
y = np.array([0, 3, 1, 3, 2])  # the observed classes
Q = softmax(Z, axis=1)  # q_c = exp(z_c) / sum_j exp(z_j), each row sums to 1

likelihood = np.prod(Q[np.arange(n), y])  # P(all labels | model)
from_product = -np.log(likelihood) / n
one_hot = np.eye(k)[y]
from_cross_entropy = np.mean(
    [cross_entropy(t, q, base=np.e) for t, q in zip(one_hot, Q, strict=True)]
)
from_logits = np.mean(logsumexp(Z, axis=1) - Z[np.arange(n), y])
from_sklearn = log_loss(y, Q, labels=range(k))

print(f"likelihood of the {n} labels = {likelihood:.3e}")
print(f"-ln(likelihood) / n          = {from_product:.4f} nats")
print(f"mean H(one-hot, q), mlfound  = {from_cross_entropy:.4f} nats")
print(f"mean logsumexp(z) - z_y      = {from_logits:.4f} nats")
print(f"sklearn log_loss             = {from_sklearn:.4f} nats")
uniform = np.log(k)  # the loss of q = (1/k, ..., 1/k) on any label
print(f"uniform model, ln {k}          = {uniform:.4f} nats")
ways = [from_product, from_cross_entropy, from_logits, from_sklearn]
assert np.allclose(ways, from_logits, rtol=1e-12)
assert from_logits > uniform  # random logits do worse than not guessing
