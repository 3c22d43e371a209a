"""Pitfall: the step size of random-walk Metropolis, too small or too large.

The same 2-D Gaussian and start, 20,000 steps each, three step sizes. Too
small: nearly every proposal is accepted but the chain crawls. Too large:
nearly every proposal lands in the tails and is rejected, so the chain
sits still. Both give a tiny effective sample size. For a 1-D standard
normal target the acceptance rate has a closed form, (2 / pi) arctan(2 /
step), which the measured rates follow.
"""

import numpy as np

from mlfound.bayes import effective_sample_size, metropolis_hastings

mu = np.array([1.0, -1.0])
Sigma = np.array([[1.0, 0.9], [0.9, 1.0]])
precision = np.linalg.inv(Sigma)


def log_density(x):
    return -0.5 * (x - mu) @ precision @ (x - mu)


def two_digits(value):
    """An estimate rounded to the 2 significant digits its error supports."""
    return float(f"{value:.2g}")


def acceptance_rate(chain):
    return np.mean(np.any(np.diff(chain, axis=0) != 0, axis=1))


print("step size   acceptance   ESS (worse coordinate)")
ess, rate = {}, {}
for step in (0.05, 1.0, 10.0):
    chain = metropolis_hastings(
        log_density, [-4.0, 4.0], n_samples=20_000, step_size=step, seed=0
    )
    ess[step] = effective_sample_size(chain[1_000:]).min()
    rate[step] = acceptance_rate(chain)
    print(f"{step:9.2f} {rate[step]:12.2f} {two_digits(ess[step]):12.0f}")
assert ess[1.0] > 5 * ess[0.05] and ess[1.0] > 5 * ess[10.0]
assert rate[0.05] > 0.9 and rate[10.0] < 0.05

print("1-D N(0, 1) target: acceptance measured vs (2 / pi) arctan(2 / step)")
for step in (0.1, 2.4, 25.0):
    chain = metropolis_hastings(
        lambda x: -0.5 * x**2, 0.0, n_samples=20_000, step_size=step, seed=1
    )
    closed_form = 2 / np.pi * np.arctan(2 / step)
    print(f"{step:9.1f} {acceptance_rate(chain):12.2f} {closed_form:12.2f}")
    assert abs(acceptance_rate(chain) - closed_form) < 0.02
