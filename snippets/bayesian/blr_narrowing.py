"""The posterior over (intercept, slope) narrows as data arrive.

The line of the previous blocks, now with up to 200 points drawn one after
another; the posterior after the first n of them, for several n. The
posterior sd of the slope shrinks roughly like 1 / sqrt(n): sqrt(n) times
it settles near sigma / sd(x) = 0.3 / sqrt(1/3).
"""

import numpy as np

from mlfound.bayes import bayesian_linear_regression

noise_var, prior_var = 0.3**2, 1.0
rng = np.random.default_rng(0)
x = rng.uniform(-1, 1, size=200)
y = 1.0 - 0.5 * x + rng.normal(scale=0.3, size=200)
X = np.column_stack([np.ones_like(x), x])

counts = [0, 1, 2, 5, 20, 200]
print("    n   mean (w0, w1)      sd(w0)  sd(w1)  sqrt(n) sd(w1)")
slope_sd, intercept_sd = [], []
for n in counts:
    post = bayesian_linear_regression(
        X[:n], y[:n], noise_var=noise_var, prior_var=prior_var
    )
    sd = np.sqrt(np.diag(post.cov))
    intercept_sd.append(sd[0])
    slope_sd.append(sd[1])
    scaled = f"{np.sqrt(n) * sd[1]:9.3f}" if n else "        -"
    print(
        f"{n:5d}   ({post.mean[0]:6.3f}, {post.mean[1]:6.3f})"
        f"  {sd[0]:6.3f}  {sd[1]:6.3f}  {scaled}"
    )
# every batch of data narrows both; one point pins down mostly the intercept
assert np.all(np.diff(slope_sd) < 0) and np.all(np.diff(intercept_sd) < 0)
assert intercept_sd[1] < 0.5 and slope_sd[1] > 0.9
limit = 0.3 / np.sqrt(1 / 3)
print(f"sigma / sd(x) = {limit:.3f}")
assert abs(np.sqrt(200) * slope_sd[-1] / limit - 1) < 0.1
