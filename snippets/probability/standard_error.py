"""The standard error: the mean of n rolls wobbles by sigma / sqrt(n).

One die has variance 35/12. The mean of n independent rolls has variance
(35/12) / n, so its standard deviation, the standard error, halves each
time n is multiplied by 4. For each n the block rolls 20,000 sets of n
dice and measures how much their means spread.
"""

import numpy as np

sigma = np.sqrt(35 / 12)  # standard deviation of one die
repetitions = 20_000
rng = np.random.default_rng(seed=0)

print("    n   spread of the means   sigma/sqrt(n)   ratio")
ratios = []
for n in (1, 4, 16, 64, 256):
    rolls = rng.integers(1, 7, size=(repetitions, n), dtype=np.int16)
    means = rolls.sum(axis=1) / n  # integer sums: exact
    spread = means.std()
    theory = sigma / np.sqrt(n)
    # Monte Carlo error of a standard deviation from the fourth moment
    m4 = np.mean((means - 3.5) ** 4)
    tolerance = 5 * np.sqrt((m4 - theory**4) / repetitions) / (2 * theory)
    assert abs(spread - theory) < tolerance
    ratios.append(spread / theory)
    print(f"{n:5d}   {spread:19.3f}   {theory:13.3f}   {spread / theory:5.2f}")

largest_gap = max(abs(r - 1) for r in ratios)
print(f"largest |ratio - 1|: {largest_gap:.3f}")
