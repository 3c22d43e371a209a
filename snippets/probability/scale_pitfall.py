"""Rate or scale? Three ways to ask for an exponential with rate 1.5.

The exponential with rate 1.5 has mean 1 / 1.5. numpy's exponential and
scipy's expon take the scale 1 / rate, and scipy's first positional
argument is a shift (loc), not a parameter of the shape at all.
"""

import numpy as np
from scipy import stats

rate = 1.5
wanted = 1 / rate  # the mean of an exponential with this rate
rng = np.random.default_rng(seed=0)

right = rng.exponential(scale=1 / rate, size=100_000).mean()
wrong_numpy = rng.exponential(rate, size=100_000).mean()  # scale = 1.5
wrong_scipy = stats.expon(rate).mean()  # loc = 1.5, scale = 1
print(f"wanted mean 1 / rate:                 {wanted:.3f}")
print(f"rng.exponential(scale=1 / rate):      {right:.3f}")
print(f"rng.exponential(rate):                {wrong_numpy:.3f}")
print(f"scipy.stats.expon(rate).mean():       {wrong_scipy:.3f}")
print(
    f"scipy.stats.expon(scale=1 / rate):    "
    f"{stats.expon(scale=1 / rate).mean():.3f}"
)

se = wanted / np.sqrt(100_000)  # the standard deviation equals the mean
assert abs(right - wanted) < 5 * se
assert abs(wrong_numpy - rate) < 5 * rate / np.sqrt(100_000)
assert wrong_scipy == rate + 1  # shifted by 1.5, with scale 1
