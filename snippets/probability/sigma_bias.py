"""The ddof=0 variance is biased low: E[sigma_hat^2] = (n - 1) / n sigma^2.

Draw many data sets of size n from Normal(3, 1.5), estimate the variance of
each with divisor n (the MLE) and with divisor n - 1, and average. The MLE
falls short by the factor (n - 1) / n; dividing by n - 1 removes the bias.
"""

import numpy as np

sigma2 = 1.5**2
repetitions = 100_000
rng = np.random.default_rng(seed=0)

print("  n   ddof=0 mean   (s.e.)   (n-1)/n sigma^2   ddof=1 mean")
for n in (2, 5, 10, 100):
    samples = rng.normal(3.0, 1.5, size=(repetitions, n))
    estimates = samples.var(axis=1, ddof=0)
    biased = estimates.mean()
    se = estimates.std() / np.sqrt(repetitions)  # Monte Carlo error
    unbiased = samples.var(axis=1, ddof=1).mean()
    theory = (n - 1) / n * sigma2
    row = f"{n:3d}   {biased:11.4f}   {se:6.4f}   {theory:15.4f}"
    print(f"{row}   {unbiased:11.4f}")
print(f"true sigma^2 = {sigma2:.4f}")

factor = (100 - 1) / 100  # the bias factor of the variance for n = 100
low_var, low_std = 1 - factor, 1 - np.sqrt(factor)
print(f"n = 100: variance {low_var:.1%} low, std {low_std:.1%} low")
