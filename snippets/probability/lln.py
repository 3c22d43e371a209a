"""The law of large numbers: the mean of n die rolls closes in on 3.5.

For each n, 2,000 independent data sets of n rolls. The root-mean-square
error of their means falls like sigma / sqrt(n), and the chance of missing
3.5 by more than 0.1 falls to zero, below Chebyshev's bound
sigma^2 / (n 0.1^2) wherever that bound says anything.
"""

import numpy as np

mu, var = 3.5, 35 / 12  # one fair die
eps, repetitions = 0.1, 2_000
rng = np.random.default_rng(seed=0)

print("     n   rms error   sigma/sqrt(n)   P(|mean - 3.5| > 0.1)   Chebyshev")
misses = []
for n in (10, 100, 1_000, 10_000):
    rolls = rng.integers(1, 7, size=(repetitions, n), dtype=np.int8)
    means = rolls.sum(axis=1, dtype=np.int64) / n  # exact integer sums
    rms = np.sqrt(np.mean((means - mu) ** 2))
    theory = np.sqrt(var / n)
    miss = np.mean(np.abs(means - mu) > eps)
    bound = var / (n * eps**2)
    se_miss = np.sqrt(max(miss * (1 - miss), 1 / repetitions) / repetitions)
    assert miss <= bound + 4 * se_miss  # Chebyshev holds, up to sampling
    # the rms error is an estimate too: 5 standard errors of tolerance
    m4 = np.mean((means - mu) ** 4)
    se_rms = np.sqrt((m4 - theory**4) / repetitions) / (2 * theory)
    assert abs(rms - theory) < 5 * se_rms
    misses.append(miss)
    print(
        f"{n:6d}   {rms:9.4f}   {theory:13.4f}   {miss:21.3f}   "
        f"{min(bound, 1):9.3f}"
    )
miss_10, miss_10000 = misses[0], misses[-1]
assert miss_10 > 0.5 and miss_10000 == 0.0
assert var / (1_000 * eps**2) > 2 * misses[2]  # Chebyshev is loose
