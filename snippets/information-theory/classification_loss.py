"""The log-loss of a classifier is the cross-entropy of one-hot labels.

For one sample with true class c, the "true distribution" is one-hot on c,
so H(onehot, q) = -log q_c. Averaged over the samples this is the log-loss
(in nats, natural logarithms) that sklearn.metrics.log_loss computes.
"""

import numpy as np
from sklearn.metrics import log_loss

from mlfound.information import cross_entropy

rng = np.random.default_rng(1)
n_samples, n_classes = 6, 3
y = rng.integers(0, n_classes, size=n_samples)
logits = rng.normal(size=(n_samples, n_classes))
probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
one_hot = np.eye(n_classes)[y]

pairs = zip(one_hot, probs, strict=True)
losses = [cross_entropy(t, q, base=np.e) for t, q in pairs]
for label, q, loss in zip(y, probs, losses, strict=True):
    q_text = np.array2string(q, precision=3)
    print(f"class {label}, model q = {q_text}, -ln q[{label}] = {loss:.4f}")
print(f"mean cross-entropy (mlfound): {np.mean(losses):.4f} nats")
reference = log_loss(y, probs, labels=[0, 1, 2])
assert np.isclose(np.mean(losses), reference)
print(f"sklearn log_loss:             {reference:.4f} nats")
