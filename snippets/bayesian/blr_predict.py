"""Predictions with error bars: the posterior predictive of the line.

The same twenty points and prior as before. At a new x the prediction is
normal with mean x^T m and variance x^T S x + noise_var: uncertainty about
the weights plus the noise of a new observation. A 2-sd band should hold
about 95% of fresh points; 10,000 fresh points from the same line check it.
"""

import numpy as np

from mlfound.bayes import bayesian_linear_regression

noise_var, prior_var = 0.3**2, 1.0
rng = np.random.default_rng(0)
x = rng.uniform(-1, 1, size=20)
y = 1.0 - 0.5 * x + rng.normal(scale=0.3, size=20)


def features(v):
    return np.column_stack([np.ones_like(v), v])


post = bayesian_linear_regression(
    features(x), y, noise_var=noise_var, prior_var=prior_var
)
x_new = np.array([0.0, 1.0, 3.0])
mean, var = post.predict(features(x_new))
weight_sd = np.sqrt(var - noise_var)  # the part due to uncertain weights
print("   x    mean   sd(weights)   sd(predictive)")
for row in zip(x_new, mean, weight_sd, np.sqrt(var), strict=True):
    print("{:4.1f} {:7.3f} {:10.3f} {:14.3f}".format(*row))
assert weight_sd[0] < weight_sd[1] < weight_sd[2]  # grows away from the data
assert weight_sd[2] ** 2 > var[2] / 2  # at x = 3, most of the variance

# Coverage: fresh points from the true line inside the 2-sd predictive band
rng_test = np.random.default_rng(1)
n_test = 10_000
x_test = rng_test.uniform(-1, 1, size=n_test)
y_test = 1.0 - 0.5 * x_test + rng_test.normal(scale=0.3, size=n_test)
m_test, v_test = post.predict(features(x_test))
coverage = np.mean(np.abs(y_test - m_test) < 2 * np.sqrt(v_test))
print(f"fresh points inside the 2-sd band: {coverage:.3f} (normal: 0.954)")
assert abs(coverage - 0.954) < 0.01
