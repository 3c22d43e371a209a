"""Mini-batch gradients: unbiased, with a noise that shrinks like 1/sqrt(B).

The loss is the regularised mean log-loss of the chapter-5 data (N = 100
points, alpha = 0.01), a mean of per-example losses, so its gradient g is the
mean of the per-example gradients g_i. A batch of B examples drawn without
replacement gives the estimate g_B, with E[g_B] = g and
E|g_B - g|^2 = (sigma^2 / B) (N - B) / (N - 1), sigma^2 = mean |g_i - g|^2.
Each batch size is measured over 4,000 random batches at w = 0.
"""

import numpy as np

from mlfound.datasets import line_separated
from mlfound.nn import sigmoid

X, y = line_separated()
N, alpha = len(y), 0.01
w = np.zeros(2)
per_example = (sigmoid(X @ w) - y)[:, None] * X + alpha * w  # g_i, (N, 2)
g = per_example.mean(axis=0)
sigma2 = np.mean(np.sum((per_example - g) ** 2, axis=1))
rng = np.random.default_rng(0)
print(
    f"full gradient at w = 0: {np.round(g, 4)}, norm {np.linalg.norm(g):.4f}"
)
print(
    f"{'B':>4}{'measured rms |g_B - g|':>24}{'formula':>10}"
    f"{'mean of g_B - g':>18}"
)
for B in [1, 2, 5, 10, 20, 50, 100]:
    batches = np.array(
        [rng.choice(N, size=B, replace=False) for _ in range(4000)]
    )
    estimates = per_example[batches].mean(axis=1)  # (4000, 2)
    noise = np.sqrt(np.mean(np.sum((estimates - g) ** 2, axis=1)))
    formula = np.sqrt(sigma2 / B * (N - B) / (N - 1))
    bias = np.linalg.norm(estimates.mean(axis=0) - g)
    if B == N:  # every batch is the whole data set: no noise at all
        assert noise < 1e-15 and formula == 0.0
        print(f"{B:>4}{'< 1e-15':>24}{formula:>10.4f}{'< 1e-15':>18}")
        continue
    assert abs(noise / formula - 1) < 0.05  # the variance formula holds
    assert bias < 4 * formula / np.sqrt(4000)  # unbiased, within the noise
    print(f"{B:>4}{noise:>24.4f}{formula:>10.4f}{bias:>18.4f}")
    if B == 10:
        noise_10 = noise
g_norm = np.linalg.norm(g)
assert noise_10 < g_norm / 2  # a batch of 10 already points the right way
