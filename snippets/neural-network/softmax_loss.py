"""Softmax cross-entropy of four samples over three classes, four ways.

The mean negative log-likelihood of the labels (probability chapter), the
mean cross-entropy between one-hot labels and the predicted distributions
(information theory chapter, in nats), scikit-learn's log_loss, and
softmax_cross_entropy, which works from the logits.
"""

import numpy as np
from sklearn.metrics import log_loss

from mlfound.information import cross_entropy
from mlfound.nn import softmax, softmax_cross_entropy

logits = np.array(
    [
        [2.0, 1.0, -1.0],
        [0.5, 2.5, 0.0],
        [-1.0, 0.0, 3.0],
        [1.0, 1.0, 1.0],
    ]
)
y = np.array([0, 2, 2, 1])  # the second sample is a mistake
P = softmax(logits)
n, k = P.shape
one_hot = np.eye(k)[y]

nll = -np.mean(np.log(P[np.arange(n), y]))
per_sample = [
    cross_entropy(t, q, base=np.e) for t, q in zip(one_hot, P, strict=True)
]
loss = softmax_cross_entropy(y, logits)
print(f"probability of the true class  {np.round(P[np.arange(n), y], 4)}")
print(f"negative log-likelihood        {nll:.6f} nats")
print(f"mean H(one-hot, p)             {np.mean(per_sample):.6f} nats")
sklearn_loss = log_loss(y, P, labels=[0, 1, 2])
print(f"sklearn log_loss               {sklearn_loss:.6f} nats")
print(f"softmax_cross_entropy(logits)  {loss:.6f} nats")
print(f"always guessing 1/k            {np.log(k):.6f} nats (ln {k})")
assert np.allclose([np.mean(per_sample), sklearn_loss], nll, rtol=1e-12)
assert np.isclose(loss, nll, rtol=1e-12)
assert loss < np.log(k) < 1.1 * loss  # only a little better than guessing
assert P[1, y[1]] < 0.1  # the mistake: its true class gets under 10%
