"""Minimising cross-entropy over a model finds the maximum-likelihood fit.

200 labels, about 30% ones. A model that always predicts q = P(y = 1) has
mean log-loss H(p_hat, q) = H(p_hat) + D_KL(p_hat || q), where p_hat holds
the observed frequencies. H(p_hat) does not depend on q, so the best q makes
the KL zero: q = the observed frequency of ones, the maximum-likelihood
estimate.
"""

import numpy as np

from mlfound.information import cross_entropy, entropy, kl_divergence
from mlfound.nn import binary_cross_entropy

rng = np.random.default_rng(3)
y = (rng.random(200) < 0.3).astype(int)
freq = y.mean()
p_hat = np.array([1 - freq, freq])

grid = np.linspace(0.001, 0.999, 999)
loss = np.array([cross_entropy(p_hat, [1 - q, q], base=np.e) for q in grid])
best = grid[np.argmin(loss)]
assert abs(best - freq) < 1e-9  # the grid search lands on the frequency
print(f"observed frequency of ones: {freq:.3f}")
print(f"q minimising the cross-entropy on the grid: {best:.3f}")

q = 0.4
bce = binary_cross_entropy(y, np.full(y.size, q))
split = entropy(p_hat, base=np.e) + kl_divergence(p_hat, [1 - q, q], base=np.e)
assert np.isclose(bce, split)
print(f"at q = {q}: mean log-loss of the samples {bce:.4f} nats")
print(f"          H(p_hat) + D_KL(p_hat || q) {split:.4f} nats")
kl_at_best = kl_divergence(p_hat, [1 - best, best], base=np.e)
assert kl_at_best < 1e-9  # it vanishes
print(f"at the best q the KL term is {kl_at_best:.4f} nats")
