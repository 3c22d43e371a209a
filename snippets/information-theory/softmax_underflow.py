"""Pitfall: take the log of a softmax and a confident mistake costs inf.

Three samples with K = 3 classes; the last model is sure of the wrong class,
with a logit 800 above the true one. exp(-800) underflows to 0, so the
softmax probability of the true class is exactly 0 in floating point and
its log is -inf. The loss computed from the logits with log-sum-exp is the
exact, finite 800 nats.
"""

import numpy as np
from scipy.special import logsumexp, softmax

Z = np.array([[2.0, 0.5, -1.0], [0.0, 3.0, 1.0], [0.0, 0.0, 800.0]])
y = np.array([0, 1, 0])  # the last sample is of class 0
rows = np.arange(len(y))

with np.errstate(divide="ignore"):  # log(0) = -inf, as the naive code gets it
    naive = -np.log(softmax(Z, axis=1)[rows, y])
stable = logsumexp(Z, axis=1) - Z[rows, y]
for i in rows:
    print(
        f"sample {i + 1}: -ln softmax = {naive[i]:9.4f}, "
        f"logsumexp - z_y = {stable[i]:9.4f} nats"
    )
print(f"mean loss: naive {naive.mean()}, stable {stable.mean():.4f} nats")

assert np.isinf(naive[-1]) and np.isfinite(stable).all()
assert np.allclose(
    naive[:-1], stable[:-1]
)  # the same where nothing underflows
assert stable[-1] == 800.0  # exactly the gap between the logits
