"""The ddof=0 variance is biased low: E[sigma_hat^2] = (n - 1) / n sigma^2.

Draw many data sets of size n from Normal(3, 1.5), estimate the variance of
each with divisor n (the MLE) and with divisor n - 1, and average. The MLE
falls short by the factor (n - 1) / n; dividing by n - 1 removes the bias.
The standard deviation is another matter: a square root is concave, so
E[sigma_hat] = c4(n) sqrt((n - 1) / n) sigma, lower still, where
c4(n) = sqrt(2 / (n - 1)) Gamma(n / 2) / Gamma((n - 1) / 2).
"""

import numpy as np
from scipy.special import gammaln

sigma = 1.5
sigma2 = sigma**2
repetitions = 100_000
rng = np.random.default_rng(seed=0)


def c4(n):
    """E[s] / sigma for the ddof=1 standard deviation s of n normal draws."""
    return np.sqrt(2 / (n - 1)) * np.exp(gammaln(n / 2) - gammaln((n - 1) / 2))


print("  n   ddof=0 mean   (s.e.)   (n-1)/n sigma^2   ddof=1 mean")
for n in (2, 5, 10, 100):
    samples = rng.normal(3.0, 1.5, size=(repetitions, n))
    estimates = samples.var(axis=1, ddof=0)
    biased = estimates.mean()
    se = estimates.std() / np.sqrt(repetitions)  # Monte Carlo error
    unbiased = samples.var(axis=1, ddof=1).mean()
    theory = (n - 1) / n * sigma2
    # Both formulas hold to within a few Monte Carlo standard errors.
    assert abs(biased - theory) < 4 * se
    assert abs(unbiased - sigma2) < 4 * se * n / (n - 1)
    row = f"{n:3d}   {biased:11.4f}   {se:6.4f}   {theory:15.4f}"
    print(f"{row}   {unbiased:11.4f}")
print(f"true sigma^2 = {sigma2:.4f}")

# n = 100, the last row: how low is each estimate, in percent?
variance_low = 1 - (n - 1) / n
std_low = 1 - c4(n) * np.sqrt(
    (n - 1) / n
)  # E[sigma_hat] = (1 - std_low) sigma
naive_std_low = 1 - np.sqrt((n - 1) / n)  # sqrt of the variance factor: wrong
stds = np.sqrt(estimates)  # the ddof=0 standard deviations of the last row
simulated_std_low = 1 - stds.mean() / sigma
simulated_se = stds.std() / np.sqrt(repetitions) / sigma
assert abs(simulated_std_low - std_low) < 4 * simulated_se
assert abs(simulated_std_low - naive_std_low) > 8 * simulated_se
print(
    f"n = {n}: variance {variance_low:.2%} low; standard deviation "
    f"{std_low:.2%} low"
)
print(
    f"  simulated: std {simulated_std_low:.2%} low "
    f"(s.e. {simulated_se:.2%}), not the {naive_std_low:.2%} of sqrt(0.99)"
)
