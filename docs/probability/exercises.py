# %% [markdown]
# # Exercises: Probability
#
# Six exercises on the probability chapter, from routine to
# thoughtful. Each has a worked solution that ends in `assert` statements
# checking the result independently (against a closed form, an identity or a
# simulation), so if you change a solution and it becomes wrong, the notebook
# stops with an error. Try each one before you read its solution. You need
# only `pip install mlfound`.

# %%
import math

import numpy as np

from mlfound.calculus import gradient_descent, numerical_gradient
from mlfound.probability import (
    bayes_posterior,
    beta_bernoulli_posterior,
    normal_log_likelihood,
    normal_mle,
    normal_pdf,
    sequential_posterior,
)

# %% [markdown]
# ## Exercise 1: a normal probability, three ways
#
# Adult heights in some population are modelled as $\mathcal{N}(170, 10^2)$
# (centimetres). Compute the probability that a height lies between 160 and
# 185 cm in three ways: by integrating `normal_pdf` numerically with the
# trapezoid rule, with the closed form of the normal cumulative distribution
# function, $\Phi(z) = \frac{1}{2}\left(1 + \operatorname{erf}(z/\sqrt{2})\right)$
# (`math.erf`), and as the fraction of 200,000 draws from
# `np.random.default_rng(0)` that land in the interval. How close should the
# third answer be to the other two?

# %% [markdown]
# ### Solution to exercise 1
#
# The probability is the area under the density,
# $\int_{160}^{185} f(x)\,dx = \Phi(1.5) - \Phi(-1)$ in standard units. A
# fraction of $n$ draws estimates a probability $P$ with standard error
# $\sqrt{P(1 - P)/n}$ (printed below), so the simulation should agree to
# within a few of those; the assertion allows five.

# %%
mu, sigma = 170.0, 10.0
grid = np.linspace(160.0, 185.0, 5_001)
by_area = np.trapezoid(normal_pdf(grid, mu, sigma), grid)


def normal_cdf(x, mu=0.0, sigma=1.0):
    return 0.5 * (1.0 + math.erf((x - mu) / (sigma * math.sqrt(2.0))))


by_cdf = normal_cdf(185, mu, sigma) - normal_cdf(160, mu, sigma)

n = 200_000
heights = np.random.default_rng(0).normal(mu, sigma, size=n)
by_sampling = np.mean((heights >= 160) & (heights <= 185))
se = np.sqrt(by_cdf * (1 - by_cdf) / n)

print(f"area {by_area:.6f}, cdf {by_cdf:.6f}, sampling {by_sampling:.4f}")
print(f"standard error of the sampling estimate: {se:.4f}")
assert np.isclose(by_area, by_cdf, atol=1e-8)
assert np.isclose(by_cdf, normal_cdf(1.5) - normal_cdf(-1.0))  # z-scores
assert abs(by_sampling - by_cdf) < 5 * se

# %% [markdown]
# ## Exercise 2: a positive test
#
# A disease affects 1% of people. A test detects it in 95% of those who have
# it and wrongly reports it in 5% of those who do not. Use `bayes_posterior`
# to find the probability of the disease after one positive result, then
# after a second, independent positive result. Check both against a formula
# written by hand.

# %% [markdown]
# ### Solution to exercise 2
#
# The hypotheses are (disease, healthy) with prior $(0.01, 0.99)$; the
# likelihood of a positive result is $(0.95, 0.05)$. One positive gives
#
# $$
# P(\text{disease} \mid +) = \frac{0.95 \cdot 0.01}{0.95 \cdot 0.01 + 0.05 \cdot 0.99},
# $$
#
# which is only about 16%: the healthy majority produces most positive
# results. The second result is processed with the first posterior as the
# prior, which is the same as multiplying the likelihoods, $0.95^2$ against
# $0.05^2$.

# %%
prior = np.array([0.01, 0.99])
positive = np.array([0.95, 0.05])

after_one = bayes_posterior(prior, positive)
after_two = bayes_posterior(after_one, positive)
print(f"P(disease | +) = {after_one[0]:.4f}")
print(f"P(disease | +, +) = {after_two[0]:.4f}")

by_hand = 0.95 * 0.01 / (0.95 * 0.01 + 0.05 * 0.99)
by_hand_2 = 0.95**2 * 0.01 / (0.95**2 * 0.01 + 0.05**2 * 0.99)
assert np.isclose(after_one[0], by_hand)
assert np.isclose(after_two[0], by_hand_2)
assert np.allclose(after_two, bayes_posterior(prior, positive**2))
assert 0.15 < after_one[0] < 0.17 and after_two[0] > 0.75

# %% [markdown]
# ## Exercise 3: three coins, any order
#
# A coin is one of three, with $P(\text{heads}) = 0.3$, $0.5$ or $0.8$, each
# equally likely a priori. Flip a coin with $P(\text{heads}) = 0.8$ forty
# times (simulate with `np.random.default_rng(1)`). Compute the posterior
# after every flip with `sequential_posterior`. Show that (a) the final
# posterior equals the one computed from the counts of heads and tails at
# once, and (b) shuffling the flips changes the path but not the end point.

# %% [markdown]
# ### Solution to exercise 3
#
# With $h$ heads and $t$ tails the likelihood of coin $j$ is
# $p_j^{h}(1 - p_j)^{t}$, whatever the order of the flips, because
# multiplication commutes. The sequential posterior after the last flip must
# therefore equal the batch posterior, for every ordering.

# %%
coins = np.array([0.3, 0.5, 0.8])
flips = (np.random.default_rng(1).random(40) < 0.8).astype(int)


def likelihood_rows(flips):
    """One row per flip: P(that flip | coin j) for each coin."""
    return np.where(flips[:, None] == 1, coins, 1 - coins)


path = sequential_posterior(np.full(3, 1 / 3), likelihood_rows(flips))
h, t = flips.sum(), flips.size - flips.sum()
batch = bayes_posterior(np.full(3, 1 / 3), coins**h * (1 - coins) ** t)

shuffled = np.random.default_rng(2).permutation(flips)
path_shuffled = sequential_posterior(np.full(3, 1 / 3), likelihood_rows(shuffled))

final = ", ".join(f"{v:.4f}" for v in path[-1])
print(f"{h} heads, {t} tails; final posterior ({final})")
assert path.shape == (41, 3)
assert np.allclose(path.sum(axis=1), 1.0)
assert np.allclose(path[-1], batch)
assert np.allclose(path_shuffled[-1], batch)
assert not np.allclose(path_shuffled, path)  # a different route
assert np.argmax(path[-1]) == 2  # the evidence favours the 0.8 coin

# %% [markdown]
# ## Exercise 4: the posterior mean is a compromise
#
# With a Beta($\alpha$, $\beta$) prior and $h$ heads in $n = h + t$ flips,
# show that the posterior mean is a weighted average of the prior mean
# $\alpha/(\alpha + \beta)$ and the maximum-likelihood estimate $h/n$, with
# weight $w = n/(\alpha + \beta + n)$ on the data. Check it numerically for
# the prior Beta(2, 5) and 7 heads in 10 flips. Then write the posterior
# density yourself (with `math.lgamma` for the normalising constant
# $B(a, b) = \Gamma(a)\Gamma(b)/\Gamma(a + b)$) and integrate it numerically
# to find the posterior mean again and the posterior probability that the
# coin favours heads, $P(p > 1/2 \mid D)$.

# %% [markdown]
# ### Solution to exercise 4
#
# $$
# \begin{aligned}
# \frac{\alpha + h}{\alpha + \beta + n}
# &= \frac{\alpha + \beta}{\alpha + \beta + n}\cdot\frac{\alpha}{\alpha + \beta}
# + \frac{n}{\alpha + \beta + n}\cdot\frac{h}{n} \\
# &= (1 - w)\,\frac{\alpha}{\alpha + \beta} + w\,\frac{h}{n} .
# \end{aligned}
# $$
#
# As $n$ grows, $w \to 1$ and the data win; $\alpha + \beta$ acts like the
# number of flips the prior is worth.
#
# For an independent check of the integral, a Beta with whole-number
# parameters $a, b$ has a counting interpretation: $P(p \le x)$ is the
# probability of at least $a$ successes in $a + b - 1$ trials that each
# succeed with probability $x$. At $x = 1/2$ that is a sum of binomial
# coefficients, computed exactly with `math.comb`.

# %%
alpha, beta, heads, tails = 2.0, 5.0, 7, 3
n_flips = heads + tails
a_post, b_post = beta_bernoulli_posterior(alpha, beta, heads, tails)
posterior_mean = a_post / (a_post + b_post)

w = n_flips / (alpha + beta + n_flips)
compromise = (1 - w) * alpha / (alpha + beta) + w * heads / n_flips


def beta_pdf(p, a, b):
    log_norm = math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)
    return np.exp((a - 1) * np.log(p) + (b - 1) * np.log1p(-p) - log_norm)


p = np.linspace(1e-9, 1 - 1e-9, 20_001)
density = beta_pdf(p, a_post, b_post)
numerical_mean = np.trapezoid(p * density, p)
upper = p >= 0.5
p_heads_favoured = np.trapezoid(density[upper], p[upper])

a, b = int(a_post), int(b_post)
trials = a + b - 1
at_most_half = sum(math.comb(trials, k) for k in range(a, trials + 1)) / 2**trials

print(f"posterior Beta({a_post:.0f}, {b_post:.0f}), mean {posterior_mean:.4f}")
print(f"P(p > 1/2 | data) = {p_heads_favoured:.4f}")
assert np.isclose(posterior_mean, compromise)
assert alpha / (alpha + beta) < posterior_mean < heads / n_flips
assert np.isclose(np.trapezoid(density, p), 1.0, atol=1e-6)
assert np.isclose(numerical_mean, posterior_mean, atol=1e-6)
assert np.isclose(p_heads_favoured, 1 - at_most_half, atol=1e-6)

# %% [markdown]
# ## Exercise 5: how biased is the ddof=0 variance for n = 5?
#
# Draw 50,000 samples of size $n = 5$ from $\mathcal{N}(0, 2^2)$ with
# `np.random.default_rng(3)`. For each sample compute the maximum-likelihood
# variance (`ddof=0`) and the corrected one (`ddof=1`). Compare the averages
# with $\frac{n-1}{n}\sigma^2$ and $\sigma^2$. Then check that the `ddof=0`
# value is what `normal_mle` returns for one of the samples.

# %% [markdown]
# ### Solution to exercise 5
#
# Theory predicts $\E[\hat\sigma^2] = \frac{4}{5} \cdot 4 = 3.2$ and an
# unbiased average of 4 for `ddof=1`. The averages of 50,000 estimates have
# a Monte Carlo standard error of their own, which sets the tolerance.

# %%
n, sigma2, repetitions = 5, 4.0, 50_000
samples = np.random.default_rng(3).normal(0.0, 2.0, size=(repetitions, n))
mle_var = samples.var(axis=1, ddof=0)
corrected = samples.var(axis=1, ddof=1)

print(f"ddof=0 average {mle_var.mean():.4f} (theory {(n - 1) / n * sigma2})")
print(f"ddof=1 average {corrected.mean():.4f} (theory {sigma2})")
se = mle_var.std() / np.sqrt(repetitions)
assert abs(mle_var.mean() - (n - 1) / n * sigma2) < 5 * se
assert abs(corrected.mean() - sigma2) < 5 * se * n / (n - 1)
assert np.isclose(normal_mle(samples[0])[1] ** 2, mle_var[0])

# %% [markdown]
# ## Exercise 6: maximum likelihood by optimisation
#
# Waiting times between events are often modelled by an exponential
# distribution with rate $\lambda > 0$, density $f(x) = \lambda e^{-\lambda x}$
# for $x \ge 0$. For 300 waiting times drawn with
# `np.random.default_rng(4).exponential(scale=2.0, size=300)`:
#
# 1. derive the MLE of $\lambda$ in closed form;
# 2. find it again numerically, by minimising the average negative
#    log-likelihood with `mlfound.calculus.gradient_descent` (the method of
#    the calculus chapter), and confirm that the numerical derivative of
#    $\ell$ vanishes there (`mlfound.calculus.numerical_gradient`);
# 3. and, as a contrast, fit a normal distribution to the same data with
#    `normal_mle` and compare the two maximised log-likelihoods. Which model
#    explains the data better?

# %% [markdown]
# ### Solution to exercise 6
#
# $\ell(\lambda) = n\log\lambda - \lambda\sum_i x_i$, so
# $\ell'(\lambda) = n/\lambda - \sum_i x_i = 0$ gives
# $\hat\lambda = 1/\bar{x}$, and $\ell''(\lambda) = -n/\lambda^2 < 0$
# confirms a maximum. When no closed form exists, the same answer comes from
# a numerical optimiser, which is how most models are fitted. Here the
# average negative log-likelihood is $-\log\lambda + \lambda\bar{x}$, with
# derivative $\bar{x} - 1/\lambda$ and curvature $1/\lambda^2$; from a start
# at $\lambda = 1$ a learning rate of 0.1 keeps every step stable. The
# exponential model, which knows that waiting times are never negative and
# are skewed, reaches a higher maximum log-likelihood than the best normal.

# %%
data = np.random.default_rng(4).exponential(scale=2.0, size=300)


def exp_log_likelihood(rate):
    return data.size * np.log(rate) - rate * data.sum()


def mean_nll_gradient(rate):
    return data.mean() - 1.0 / rate


closed_form = 1.0 / data.mean()
path = gradient_descent(
    mean_nll_gradient, 1.0, learning_rate=0.1, n_steps=500, tol=1e-12
)
numerical = path[-1]
slope = numerical_gradient(exp_log_likelihood, closed_form)

best_exponential = exp_log_likelihood(closed_form)
best_normal = normal_log_likelihood(data, *normal_mle(data))
print(f"rate: closed form {closed_form:.4f}, gradient descent {numerical:.4f}")
print("slope of the log-likelihood at the closed form: |slope| < 1e-6")
print(
    f"max log-likelihood: exponential {best_exponential:.2f}, normal {best_normal:.2f}"
)

assert np.isclose(numerical, closed_form, rtol=1e-8)
assert abs(slope) < 1e-6
by_density = np.sum(np.log(closed_form * np.exp(-closed_form * data)))
assert np.isclose(best_exponential, by_density)
assert best_exponential > best_normal
