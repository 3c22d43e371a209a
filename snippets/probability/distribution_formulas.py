"""Eight distributions: each pmf or pdf from its formula against scipy.stats.

Every formula is written out in numpy (math.comb, math.lgamma and
math.factorial for the constants) and evaluated on a grid of its support,
then compared with the scipy.stats object of the same distribution. scipy
parametrises some of them differently; the comments say how.
"""

import math

import numpy as np
from scipy import stats

k = np.arange(0, 13)  # counts for the discrete ones
t = np.linspace(0.01, 0.99, 99)  # points inside [0, 1]
u = np.linspace(-3.0, 5.0, 81)  # points on the line
p_cat = np.array([0.2, 0.5, 0.3])

cases = {
    "Bernoulli(0.3)": (
        0.3 ** k[:2] * 0.7 ** (1 - k[:2]),
        stats.bernoulli(0.3).pmf(k[:2]),
    ),
    "binomial(10, 0.3)": (
        np.array(
            [math.comb(10, j) * 0.3**j * 0.7 ** (10 - j) for j in k[:11]]
        ),
        stats.binom(10, 0.3).pmf(k[:11]),
    ),
    "categorical(.2,.5,.3)": (
        p_cat,  # P(X = j) = p_j; scipy: a multinomial with one trial
        stats.multinomial(1, p_cat).pmf(np.eye(3)),
    ),
    "Poisson(3)": (
        np.array([3.0**j * math.exp(-3.0) / math.factorial(j) for j in k]),
        stats.poisson(3.0).pmf(k),
    ),
    "uniform(-1, 2)": (
        np.where((u >= -1) & (u <= 2), 1 / 3, 0.0),
        stats.uniform(loc=-1, scale=3).pdf(u),  # scipy: loc = a, scale = b - a
    ),
    "exponential(1.5)": (
        np.where(u >= 0, 1.5 * np.exp(-1.5 * np.maximum(u, 0)), 0.0),
        stats.expon(scale=1 / 1.5).pdf(u),  # scipy: scale = 1 / rate
    ),
    "Beta(2, 5)": (
        t
        * (1 - t) ** 4
        / math.exp(math.lgamma(2) + math.lgamma(5) - math.lgamma(7)),
        stats.beta(2, 5).pdf(t),
    ),
    "normal(1, 0.5^2)": (
        np.exp(-((u - 1) ** 2) / (2 * 0.25)) / (0.5 * np.sqrt(2 * np.pi)),
        stats.norm(loc=1, scale=0.5).pdf(u),  # scipy: scale = sigma
    ),
}

discrete = {"Bernoulli(0.3)", "binomial(10, 0.3)", "categorical(.2,.5,.3)"}
discrete.add("Poisson(3)")
print(f"{'distribution':22s} points   max relative gap   sum of the pmf")
for name, (ours, ref) in cases.items():
    gap = np.max(np.abs(ours - ref) / np.abs(ref).clip(min=1e-300))
    assert gap < 1e-12, name
    mass = f"{ours.sum():.6f}" if name in discrete else ""
    print(f"{name:22s} {ours.size:6d}   {'< 1e-12':>16}   {mass}".rstrip())
poisson_mass = cases["Poisson(3)"][0].sum()  # 0..12 only: the tail is missing
assert 1 - 1e-4 < poisson_mass < 1
