"""Marginals and conditionals of a three-dimensional Gaussian.

Split x into a = x_1 and b = (x_2, x_3). The marginal of b keeps the rows
and columns of b. Given b, a is again Gaussian, with mean
mu_a + S_ab S_bb^{-1} (b - mu_b) and variance S_aa - S_ab S_bb^{-1} S_ba.
Three independent checks: the joint density divided by the marginal is
the conditional density; the conditional variance is one over a diagonal
entry of the inverse covariance; and least squares on samples, regressing
x_1 on x_2 and x_3, recovers the conditional mean's coefficients.
"""

import numpy as np

from mlfound.probability import (
    multivariate_normal_logpdf,
    multivariate_normal_sample,
)

mean = np.array([1.0, -1.0, 0.0])
cov = np.array([[2.0, 1.2, 0.5], [1.2, 1.0, 0.3], [0.5, 0.3, 1.5]])
a, b = [0], [1, 2]
S_aa, S_ab, S_bb = cov[np.ix_(a, a)], cov[np.ix_(a, b)], cov[np.ix_(b, b)]
coef = np.linalg.solve(S_bb, S_ab.T).T  # S_ab S_bb^{-1}
cond_var = (S_aa - coef @ S_ab.T)[0, 0]
shown = np.array2string(coef[0], precision=4, floatmode="fixed")
print(f"coefficients S_ab S_bb^-1: {shown}")
print(f"Var(x_1) = {S_aa[0, 0]:.4f}; Var(x_1 | x_2, x_3) = {cond_var:.4f}")


def cond_mean(x_b):
    return mean[a] + coef @ (x_b - mean[b])


x_b = np.array([0.0, 1.0])  # the observed x_2 and x_3
print(f"E[x_1 | x_2 = 0, x_3 = 1] = {cond_mean(x_b)[0]:.4f}")

# 1. joint / marginal = conditional, at several values of x_1
x_1 = np.linspace(-3.0, 5.0, 9)
joint = multivariate_normal_logpdf(
    np.column_stack([x_1, np.tile(x_b, (9, 1))]), mean, cov
)
marginal = multivariate_normal_logpdf(x_b, mean[b], S_bb)
conditional = multivariate_normal_logpdf(
    x_1[:, None], cond_mean(x_b), [[cond_var]]
)
gap = np.max(np.abs(joint - marginal - conditional))
print(
    f"log joint - log marginal = log conditional, gap < 1e-12: {gap < 1e-12}"
)

# 2. the conditional variance is 1 / (cov^-1)_11, the Schur complement
precision = np.linalg.inv(cov)
print(f"1 / (cov^-1)_11 = {1 / precision[0, 0]:.4f}")

# 3. regression on samples recovers the coefficients and the variance
n = 200_000
x = multivariate_normal_sample(mean, cov, n, seed=0)
design = np.column_stack([np.ones(n), x[:, 1:]])
w, *_ = np.linalg.lstsq(design, x[:, 0], rcond=None)
residual_var = np.var(x[:, 0] - design @ w)
print(
    f"least squares on {n:,} samples: coefficients "
    f"{np.array2string(w[1:], precision=3, floatmode='fixed')}, residual "
    "variance "
    f"{residual_var:.3f}"
)

se_coef = np.sqrt(cond_var * np.diag(np.linalg.inv(S_bb)) / n)
assert gap < 1e-12
assert np.isclose(cond_var, 1 / precision[0, 0])
assert np.all(np.abs(w[1:] - coef[0]) < 5 * se_coef)
assert abs(residual_var - cond_var) < 5 * cond_var * np.sqrt(2 / n)
assert cond_var < S_aa[0, 0]  # observing b can only narrow a
var_x1, var_x1_given = S_aa[0, 0], cond_var
