# %% [markdown]
# # Exercises: Bayesian methods and Gaussian processes
#
# Six exercises, from routine to thoughtful. Each states a task and then
# gives a worked solution whose result is checked by `assert` statements
# against an independent answer: a closed form, scipy, scikit-learn or a
# brute-force computation. Try each one before you read its solution. The
# notebook needs only `pip install mlfound`.

# %%
import numpy as np
from scipy import stats
from scipy.special import betaln, comb
from sklearn.linear_model import LogisticRegression

from mlfound.bayes import (
    bayesian_linear_regression,
    effective_sample_size,
    gaussian_process_regression,
    metropolis_hastings,
)
from mlfound.calculus import numerical_gradient
from mlfound.datasets import line_separated
from mlfound.nn import binary_cross_entropy_from_logits

# %% [markdown]
# ## Exercise 1: how many heads in the next five flips?
#
# A coin has shown $h = 7$ heads and $t = 3$ tails, and the prior on its
# bias is $\operatorname{Beta}(2, 2)$. Derive the posterior predictive
# probability of $k$ heads in the next $m = 5$ flips, for $k = 0, \dots, 5$,
# by averaging the binomial probability over the posterior. Check it against
# a grid integral and against `scipy.stats.betabinom`, and compare it with
# the plug-in binomial at $\hat p = h / (h + t)$.

# %% [markdown]
# ### Solution to exercise 1
#
# The posterior is $\operatorname{Beta}(a, b)$ with $a = 2 + 7$, $b = 2 + 3$.
# Averaging $\binom{m}{k} p^k (1 - p)^{m - k}$ over it, the integral of
# $p^{a + k - 1}(1 - p)^{b + m - k - 1}$ is a Beta function:
#
# $$
# P(k \mid D) = \binom{m}{k} \frac{B(a + k,\ b + m - k)}{B(a, b)},
# $$
#
# the **beta-binomial** distribution. It is wider than the plug-in binomial:
# the uncertainty about $p$ adds to the randomness of the flips.

# %%
a, b, m = 2 + 7, 2 + 3, 5
k = np.arange(m + 1)
formula = comb(m, k) * np.exp(betaln(a + k, b + m - k) - betaln(a, b))
p = np.linspace(0, 1, 20_001)
posterior = stats.beta.pdf(p, a, b)
by_grid = [np.trapezoid(stats.binom.pmf(j, m, p) * posterior, p) for j in k]
plug_in = stats.binom.pmf(k, m, 7 / 10)
print("k    predictive   plug-in")
for row in zip(k, formula, plug_in, strict=True):
    print("{}    {:.4f}       {:.4f}".format(*row))
mean = np.sum(k * formula)
var_pred, var_plug = np.sum((k - mean) ** 2 * formula), m * 0.7 * 0.3

assert np.allclose(formula, stats.betabinom.pmf(k, m, a, b), rtol=1e-12)
assert np.allclose(formula, by_grid, atol=1e-7)
assert np.isclose(formula.sum(), 1.0)
assert var_pred > var_plug  # wider than the plug-in

# %% [markdown]
# ## Exercise 2: yesterday's posterior is today's prior
#
# Split twenty points of a line into two batches of ten. Fit Bayesian linear
# regression to the first batch, then use its posterior
# $\mathcal{N}(\mu_1, \Sigma_1)$ as the prior for the second. The library
# only takes a prior $\mathcal{N}(0, \sigma_w^2 I)$, so write the update for
# a general Gaussian prior yourself, and check that the two-step posterior
# equals `bayesian_linear_regression` on all twenty points at once.

# %% [markdown]
# ### Solution to exercise 2
#
# With prior $\mathcal{N}(\mu_0, \Sigma_0)$, the log posterior is
# $-\frac{1}{2\sigma^2}\lVert y - Xw \rVert^2
# - \frac12 (w - \mu_0)^\top \Sigma_0^{-1} (w - \mu_0)$,
# and collecting terms gives precisions and precision-weighted means that add:
#
# $$
# \begin{gathered}
# \Sigma^{-1} = \Sigma_0^{-1} + X^\top X / \sigma^2, \\
# \mu = \Sigma \left( \Sigma_0^{-1} \mu_0 + X^\top y / \sigma^2 \right).
# \end{gathered}
# $$
#
# The likelihood of independent points is a product over points, so the
# order in which they are absorbed cannot matter.


# %%
def update(m0, S0, X, y, noise_var):
    """Gaussian prior N(m0, S0) to Gaussian posterior, for y = X w + noise."""
    P0 = np.linalg.inv(S0)
    S = np.linalg.inv(P0 + X.T @ X / noise_var)
    return S @ (P0 @ m0 + X.T @ y / noise_var), S


rng = np.random.default_rng(0)
x = rng.uniform(-1, 1, size=20)
y = 1.0 - 0.5 * x + rng.normal(scale=0.3, size=20)
X = np.column_stack([np.ones_like(x), x])
noise_var, prior_var = 0.09, 1.0

m1, S1 = update(np.zeros(2), prior_var * np.eye(2), X[:10], y[:10], noise_var)
m2, S2 = update(m1, S1, X[10:], y[10:], noise_var)
m_back, S_back = update(np.zeros(2), prior_var * np.eye(2), X[10:], y[10:], noise_var)
m_back, S_back = update(m_back, S_back, X[:10], y[:10], noise_var)
everything = bayesian_linear_regression(X, y, noise_var=noise_var, prior_var=prior_var)
print("two batches:", np.round(m2, 4), " all at once:", np.round(everything.mean, 4))

assert np.allclose(m2, everything.mean) and np.allclose(S2, everything.cov)
assert np.allclose(m_back, m2) and np.allclose(S_back, S2)  # order is irrelevant

# %% [markdown]
# ## Exercise 3: the evidence chooses the noise
#
# For the same twenty points (true noise standard deviation 0.3), compute the
# log evidence of Bayesian linear regression on a grid of noise variances
# from $10^{-3}$ to $10$, with the prior variance fixed at 1. Which noise
# variance does the evidence prefer? Compare with the residual variance of
# least squares, divided by $n$ and by $n - d$, and with the true value.

# %% [markdown]
# ### Solution to exercise 3
#
# The evidence is $\mathcal{N}(y \mid 0, \sigma_w^2 X X^\top +
# \sigma^2 I)$, now read as a function of $\sigma^2$. Too little noise, and
# the line cannot explain the scatter; too much, and the model spreads its
# probability over far noisier data than we saw. The peak lands next to the
# residual sum of squares divided by $n - d$, the unbiased estimate, which
# corrects for the $d = 2$ weights fitted to the same data. Both are below
# the true $0.3^2 = 0.09$ for this sample: with twenty points, a variance
# estimate is uncertain by about a third ($\sqrt{2 / (n - d)}$), and here
# the noise happened to be small.

# %%
noise_grid = np.logspace(-3, 1, 401)
log_ev = [
    stats.multivariate_normal.logpdf(
        y, np.zeros(20), prior_var * X @ X.T + s2 * np.eye(20)
    )
    for s2 in noise_grid
]
best_noise = noise_grid[np.argmax(log_ev)]
w_ls = np.linalg.lstsq(X, y, rcond=None)[0]
rss = np.sum((y - X @ w_ls) ** 2)
print(f"evidence prefers noise_var = {best_noise:.3f}")
print(f"RSS / n = {rss / 20:.3f}, RSS / (n - d) = {rss / 18:.3f}, true 0.090")

assert 0 < np.argmax(log_ev) < len(noise_grid) - 1
assert abs(best_noise / (rss / 18) - 1) < 0.05
assert best_noise < 0.09 and rss / 18 < 0.09

# %% [markdown]
# ## Exercise 4: a skewed target, and a target with two modes
#
# (a) Sample the $\operatorname{Gamma}(3, 1)$ density, $\pi(x) \propto x^2
# e^{-x}$ for $x > 0$, with `metropolis_hastings` and check its mean and
# variance (both 3) within the Monte Carlo error. (b) Sample the mixture
# $\tfrac12 \mathcal{N}(-6, 1) + \tfrac12 \mathcal{N}(6, 1)$ from $x_0 = 6$
# with step sizes 1 and 12. What fraction of the draws lands at $x < 0$ in
# each case, and what should it be?

# %% [markdown]
# ### Solution to exercise 4
#
# (a) The log density is $2 \log x - x$, and $-\infty$ for $x \le 0$, which
# the sampler always rejects. (b) The answer should be one half. With step
# 1 the chain would have to cross the valley at 0, where the density is
# about $e^{-18}$ times the peaks, through a long run of unlikely uphill
# moves: it stays in the mode it started in, and its estimate is badly
# wrong, with no sign of trouble in its trace. A step of 12 jumps between
# the modes directly. Nothing in one chain reveals a mode it never visited:
# run several chains from different starts.

# %%
chain = metropolis_hastings(
    lambda v: 2 * np.log(v) - v if v > 0 else -np.inf,
    1.0,
    n_samples=40_000,
    step_size=2.5,
    seed=0,
)[1000:, 0]
se = np.sqrt(3 / effective_sample_size(chain))
print(
    f"Gamma(3, 1): mean {chain.mean():.1f}, variance {chain.var():.0f}",
    f"(Monte Carlo se of the mean {se:.2f})",
)
assert abs(chain.mean() - 3) < 3 * se and abs(chain.var() / 3 - 1) < 0.1


def log_mixture(v):
    return np.logaddexp(-0.5 * (v + 6) ** 2, -0.5 * (v - 6) ** 2)


fraction = {}
for step in (1.0, 12.0):
    draws = metropolis_hastings(
        log_mixture, 6.0, n_samples=40_000, step_size=step, seed=1
    )[1000:, 0]
    fraction[step] = np.mean(draws < 0)
    print(f"step {step:g}: fraction of draws below 0 = {fraction[step]:.1f}")
assert fraction[1.0] < 0.01  # stuck in the mode it started in
assert abs(fraction[12.0] - 0.5) < 0.05

# %% [markdown]
# ## Exercise 5: give the classifier a bias
#
# Repeat the Bayesian logistic regression of the chapter on
# `line_separated(n=100, seed=0)` with a bias: add a column of ones to $X$,
# keep the prior $\mathcal{N}(0, 4I)$ on all three weights. Check that
# scikit-learn's `LogisticRegression(C=4, fit_intercept=False)` on the
# augmented data is the MAP (zero gradient of the log posterior), sample
# the posterior, and say what it concludes about the bias.

# %% [markdown]
# ### Solution to exercise 5
#
# The bias gets the same prior as the other weights, which is what
# `fit_intercept=False` on the augmented matrix does (scikit-learn would
# otherwise leave its own intercept unpenalised). The data were labelled by
# a line through the origin, and the posterior agrees: the bias is centred
# near zero, small compared with its own spread, while the two slopes are
# clearly positive.

# %%
X5, y5 = line_separated(n=100, seed=0)
X5 = np.column_stack([np.ones(100), X5])


def log_posterior(w):
    return -100 * binary_cross_entropy_from_logits(y5, X5 @ w) - w @ w / 8


w_map = LogisticRegression(C=4.0, fit_intercept=False, tol=1e-10).fit(X5, y5).coef_[0]
gradient = numerical_gradient(log_posterior, w_map)
chain5 = metropolis_hastings(
    log_posterior, w_map, n_samples=30_000, step_size=1.0, seed=0
)[1000:]
mean5, sd5 = chain5.mean(axis=0), chain5.std(axis=0)
print("MAP (bias, w1, w2):", np.round(w_map, 1))
print("posterior mean:", np.round(mean5, 1), " sd:", np.round(sd5, 1))

assert np.linalg.norm(gradient) < 1e-4
assert abs(mean5[0]) < sd5[0]  # the bias is indistinguishable from 0
assert np.all(mean5[1:] > 3 * sd5[1:])  # the slopes are clearly positive

# %% [markdown]
# ## Exercise 6: a Gaussian process through its data
#
# Fit `gaussian_process_regression` to five points with a noise variance of
# $10^{-10}$ (a jitter) and predict at the training inputs themselves. What
# do the mean and variance do there? Repeat with noise variance 0.1 and
# explain the difference.

# %% [markdown]
# ### Solution to exercise 6
#
# With almost no noise the posterior mean passes through every observation
# and the variance of $f$ there is almost 0: the data are treated as exact
# values of $f$. With noise variance 0.1 the mean is pulled towards the
# prior mean 0 and smoothed, and the variance at a training input stays
# positive: it is below the noise variance, since the point is one noisy
# measurement of $f$ helped by its neighbours, but it is not 0.

# %%
X6 = np.array([[-2.0], [-0.5], [0.5], [1.5], [3.0]])
y6 = np.array([0.5, -0.3, 0.8, 1.1, -0.4])
kw = {"length_scale": 1.0, "signal_var": 1.0}
mean_exact, var_exact = gaussian_process_regression(X6, y6, X6, noise_var=1e-10, **kw)
mean_noisy, var_noisy = gaussian_process_regression(X6, y6, X6, noise_var=0.1, **kw)
print(
    "noise 1e-10: largest |mean - y| < 1e-6, largest var < 1e-6:",
    np.max(np.abs(mean_exact - y6)) < 1e-6 and np.max(var_exact) < 1e-6,
)
print("noise 0.1: mean", np.round(mean_noisy, 2), " var", np.round(var_noisy, 3))

assert np.allclose(mean_exact, y6, atol=1e-6) and np.all(var_exact < 1e-6)
assert np.all((var_noisy > 0.01) & (var_noisy < 0.1))
assert np.max(np.abs(mean_noisy - y6)) > 0.05
