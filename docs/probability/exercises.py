# %% [markdown]
# # Exercises: Probability
#
# Ten exercises on the probability chapter, from routine to
# thoughtful. Each has a worked solution that ends in `assert` statements
# checking the result independently (against a closed form, an identity or a
# simulation), so if you change a solution and it becomes wrong, the notebook
# stops with an error. Try each one before you read its solution. You need
# only `pip install mlfound`.

# %%
import math

import numpy as np
from scipy import optimize, stats

from mlfound.calculus import gradient_descent, numerical_gradient
from mlfound.probability import (
    bayes_posterior,
    beta_bernoulli_posterior,
    multivariate_normal_logpdf,
    multivariate_normal_sample,
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

# %% [markdown]
# ## Exercise 7: averages of correlated measurements
#
# The law of large numbers needs independence. Suppose $n$ measurements each
# have variance $\sigma^2$ and every pair has correlation $\rho$ (they share
# a common disturbance, such as the same instrument on the same day).
#
# 1. Show that $\operatorname{Var}(\bar X) = \sigma^2\left(\rho +
#    \frac{1 - \rho}{n}\right)$, and that it does not go to 0 as
#    $n \to \infty$ when $\rho > 0$.
# 2. For $\sigma = 1$, $\rho = 0.3$ and $n = 50$, check the formula against
#    $1_n^\top \Sigma\, 1_n / n^2$ and against 20,000 simulated
#    vectors from `multivariate_normal_sample` (seed 5).
# 3. How many *independent* measurements would give the same variance?

# %% [markdown]
# ### Solution to exercise 7
#
# $\bar X = \frac{1}{n} 1_n^\top x$, so its variance is
# $\frac{1}{n^2} 1_n^\top \Sigma\, 1_n$, the sum of all $n^2$
# entries of $\Sigma$ divided by $n^2$: $n$ variances $\sigma^2$ and
# $n(n - 1)$ covariances $\rho\sigma^2$. Hence
#
# $$
# \operatorname{Var}(\bar X) = \frac{n\sigma^2 + n(n-1)\rho\sigma^2}{n^2}
# = \sigma^2\Bigl(\rho + \frac{1 - \rho}{n}\Bigr) \xrightarrow[n\to\infty]{}
# \rho\,\sigma^2 .
# $$
#
# The shared part never averages out. Independent measurements reach the
# same variance when $\sigma^2 / n_{\text{eff}}$ equals it, so
# $n_{\text{eff}} = n / (1 + (n - 1)\rho)$, which stays below $1/\rho$ however
# large $n$ is. The simulated variance of the means is an estimate: for
# normal data its standard error is $\operatorname{Var}(\bar X)\sqrt{2/(R-1)}$
# over $R$ repetitions.

# %%
sigma, rho, n = 1.0, 0.3, 50
cov = sigma**2 * ((1 - rho) * np.eye(n) + rho * np.ones((n, n)))
by_formula = sigma**2 * (rho + (1 - rho) / n)
by_matrix = np.ones(n) @ cov @ np.ones(n) / n**2

repetitions = 20_000
means = multivariate_normal_sample(np.zeros(n), cov, repetitions, seed=5).mean(axis=1)
simulated = means.var(ddof=1)
se = by_formula * np.sqrt(2 / (repetitions - 1))
n_eff = n / (1 + (n - 1) * rho)

print(f"Var(mean): formula {by_formula:.4f}, simulated {simulated:.4f}")
print(f"independent draws with the same variance: {n_eff:.2f}")
print(
    f"limit as n grows: {rho * sigma**2:.2f}, versus {sigma**2 / n:.2f} if independent"
)
assert np.isclose(by_formula, by_matrix, rtol=1e-12)
assert abs(simulated - by_formula) < 5 * se
assert n_eff < 1 / rho and by_formula > 10 * sigma**2 / n

# %% [markdown]
# ## Exercise 8: predicting a final exam from a midterm
#
# Midterm and final marks of a course are modelled as jointly normal with
# means 70 and 65, standard deviations 10 and 12, and correlation 0.6. A
# student scores 85 on the midterm.
#
# 1. Use the conditional formula of the multivariate Gaussian to find the
#    distribution of the final mark given the midterm, and the probability
#    that the final mark exceeds 80.
# 2. Check the conditional density against joint density / marginal
#    density with `multivariate_normal_logpdf`.
# 3. Check both answers by simulation: draw 400,000 students
#    (`multivariate_normal_sample`, seed 6), keep those whose midterm lies
#    within 0.5 of 85, and compare.
#
# Why is the predicted final mark closer to its mean (in standard units)
# than the midterm was?

# %% [markdown]
# ### Solution to exercise 8
#
# With $a$ the final and $b$ the midterm, $\Sigma_{ab} = 0.6 \cdot 10 \cdot 12$
# and $\Sigma_{bb} = 10^2$, so the conditional mean is
# $65 + \frac{72}{100}(85 - 70)$ and the conditional variance
# $144 - 72^2/100$. In standard units the midterm is 1.5 above its mean and
# the prediction only $0.6 \times 1.5$: **regression to the mean**. Part of a
# high midterm mark was luck that will not repeat. The simulation keeps a
# thin slice of students, so its estimates carry Monte Carlo error, and the
# slice's width adds a tiny bias (the midterms in it are not all exactly 85),
# far below that error here.

# %%
mean = np.array([65.0, 70.0])  # final, midterm
sd = np.array([12.0, 10.0])
cov = np.array([[sd[0] ** 2, 0.6 * sd[0] * sd[1]], [0.6 * sd[0] * sd[1], sd[1] ** 2]])
midterm = 85.0

cond_mean = mean[0] + cov[0, 1] / cov[1, 1] * (midterm - mean[1])
cond_var = cov[0, 0] - cov[0, 1] ** 2 / cov[1, 1]
p_above_80 = stats.norm(cond_mean, np.sqrt(cond_var)).sf(80.0)
print(f"final | midterm = 85: mean {cond_mean:.1f}, sd {np.sqrt(cond_var):.2f}")
print(f"P(final > 80 | midterm = 85) = {p_above_80:.3f}")

finals = np.linspace(30.0, 110.0, 9)
joint = multivariate_normal_logpdf(
    np.column_stack([finals, np.full(9, midterm)]), mean, cov
)
marginal = stats.norm(mean[1], sd[1]).logpdf(midterm)
conditional = stats.norm(cond_mean, np.sqrt(cond_var)).logpdf(finals)
assert np.allclose(joint - marginal, conditional, atol=1e-10)

students = multivariate_normal_sample(mean, cov, 400_000, seed=6)
near = students[np.abs(students[:, 1] - midterm) < 0.5, 0]
se_mean = np.sqrt(cond_var / near.size)
se_p = np.sqrt(p_above_80 * (1 - p_above_80) / near.size)
print(
    f"{near.size} simulated students near 85: mean final "
    f"{near.mean():.1f}, share above 80 {np.mean(near > 80):.3f}"
)
assert abs(near.mean() - cond_mean) < 5 * se_mean
assert abs(np.mean(near > 80) - p_above_80) < 5 * se_p
z_midterm = (midterm - mean[1]) / sd[1]
z_final = (cond_mean - mean[0]) / sd[0]
assert np.isclose(z_final, 0.6 * z_midterm)  # regression to the mean

# %% [markdown]
# ## Exercise 9: mean or median?
#
# Both the sample mean and the sample median estimate the centre of a
# symmetric distribution; which is more precise depends on the tails.
#
# 1. Simulate 5,000 samples of size $n = 400$ from a standard normal and
#    5,000 from a Laplace distribution with scale 1 (`rng.laplace`), with
#    `np.random.default_rng(7)`. From the spread of the 5,000 means and
#    medians, estimate the ratio SE(median) / SE(mean) for each, and compare
#    with the large-sample values $\sqrt{\pi/2}$ (normal) and $1/\sqrt 2$
#    (Laplace).
# 2. In practice there is one sample. Bootstrap both standard errors from
#    each of the first 100 normal samples (1,000 resamples each). Check that
#    the bootstrap SE of the mean matches the plug-in $\hat\sigma/\sqrt n$
#    (`ddof=0`), and compare how much the bootstrap SEs of the mean and of
#    the median vary from sample to sample.

# %% [markdown]
# ### Solution to exercise 9
#
# For large $n$ the median's standard error is $1/(2 f(m)\sqrt n)$, with
# $f(m)$ the density at the median: $\sqrt{2\pi}/2 = \sqrt{\pi/2}$ times
# $\sigma/\sqrt n$ for the normal, and $1/\sqrt n$ against the mean's
# $\sqrt 2/\sqrt n$ for the Laplace. The median wastes information when
# the tails are light and resists the outliers that heavy tails produce.
# Each simulated standard deviation has relative Monte Carlo error about
# $1/\sqrt{2R}$ over $R$ samples, so a ratio of two has about $1/\sqrt R$.
# The normal ratio lands within that of $\sqrt{\pi/2}$; the Laplace ratio
# is a few percent above $1/\sqrt 2$ at this $n$, because the kink of the
# Laplace density at its median slows the approach to the large-sample
# value. Either way the median wins for the Laplace and loses for the
# normal, by far more than the Monte Carlo error.
#
# A bootstrap resample's mean has variance exactly $\hat\sigma^2/n$ over
# the resampling, so the bootstrap SE of the mean differs from the plug-in
# value only by the Monte Carlo error of $B$ resamples, about
# $1/\sqrt{2B}$ in relative terms. The median has no such identity: its
# bootstrap distribution sits on a few order statistics near the middle of
# the sample, and its standard error estimate is far rougher from one
# sample to the next, a known weakness of the bootstrap for quantiles.

# %%
rng = np.random.default_rng(7)
n, R = 400, 5_000
draws = {
    "normal": rng.normal(size=(R, n)),
    "Laplace": rng.laplace(size=(R, n)),
}
theory = {"normal": np.sqrt(np.pi / 2), "Laplace": 1 / np.sqrt(2)}
ratios = {}
for name, x in draws.items():
    ratio = np.median(x, axis=1).std(ddof=1) / x.mean(axis=1).std(ddof=1)
    print(
        f"{name:8s} SE(median) / SE(mean) = {ratio:.3f} (large n: {theory[name]:.3f})"
    )
    ratios[name] = ratio
tolerance = 5 / np.sqrt(R)  # Monte Carlo error of a ratio of two spreads
assert ratios["normal"] > 1 + tolerance and ratios["Laplace"] < 1 - tolerance
assert abs(ratios["normal"] / theory["normal"] - 1) < tolerance

B = 1_000
boot_mean, boot_median, plug_in = [], [], []
for x in draws["normal"][:100]:
    resamples = x[rng.integers(0, n, size=(B, n))]
    boot_mean.append(resamples.mean(axis=1).std(ddof=1))
    boot_median.append(np.median(resamples, axis=1).std(ddof=1))
    plug_in.append(x.std(ddof=0) / np.sqrt(n))
boot_mean, boot_median = np.array(boot_mean), np.array(boot_median)
relative_gap = np.abs(boot_mean / np.array(plug_in) - 1)
spread_mean = boot_mean.std() / boot_mean.mean()
spread_median = boot_median.std() / boot_median.mean()
print(
    f"bootstrap SE of the mean vs plug-in: largest relative gap "
    f"{relative_gap.max():.3f} (Monte Carlo scale {1 / np.sqrt(2 * B):.3f})"
)
print(
    f"relative spread over 100 samples: SE(mean) {spread_mean:.3f}, "
    f"SE(median) {spread_median:.3f}"
)
assert np.all(relative_gap < 5 / np.sqrt(2 * B))
assert spread_median > 2 * spread_mean

# %% [markdown]
# ## Exercise 10: add-one smoothing is a MAP estimate
#
# A language model counts how often each of $k = 5$ words follows a given
# word in a small corpus: counts $(7, 3, 0, 2, 0)$. The maximum-likelihood
# estimate of the categorical probabilities is the vector of frequencies.
#
# 1. Put a symmetric Dirichlet prior on the probabilities,
#    $p(\pi) \propto \prod_j \pi_j^{\alpha - 1}$, and show that the
#    MAP estimate is $(c_j + \alpha - 1) / (n + k(\alpha - 1))$; with
#    $\alpha = 2$ this is add-one (Laplace) smoothing.
# 2. Confirm it by maximising the log-posterior numerically over
#    $\pi = \operatorname{softmax}(\theta)$ with
#    `scipy.optimize.minimize`.
# 3. Held-out text has counts $(5, 2, 1, 2, 0)$. Compare the average
#    negative log-likelihood (in nats per word) of the MLE and the MAP
#    estimate on it.

# %% [markdown]
# ### Solution to exercise 10
#
# The log-posterior is $\sum_j (c_j + \alpha - 1)\log \pi_j$ up to a
# constant. Maximising it subject to $\sum_j \pi_j = 1$ with a Lagrange
# multiplier $\lambda$ gives $(c_j + \alpha - 1)/\pi_j = \lambda$ for every
# $j$, so $\pi_j \propto c_j + \alpha - 1$, normalised by
# $n + k(\alpha - 1)$. The prior acts as $\alpha - 1$ pseudo-counts per word.
# The MLE gives probability 0 to a word that was never seen, and a held-out
# text containing it is impossible under the model: infinite loss. The
# smoothed estimate pays a little on the frequent words and stays finite.

# %%
counts = np.array([7, 3, 0, 2, 0])
held_out = np.array([5, 2, 1, 2, 0])
K, n_words, alpha = counts.size, counts.sum(), 2.0

mle = counts / n_words
map_closed = (counts + alpha - 1) / (n_words + K * (alpha - 1))


def neg_log_posterior(theta):
    log_pi = theta - np.logaddexp.reduce(theta)  # log softmax, stable
    return -np.sum((counts + alpha - 1) * log_pi)


theta = optimize.minimize(neg_log_posterior, np.zeros(K), method="BFGS").x
map_numerical = np.exp(theta - np.logaddexp.reduce(theta))


def held_out_nll(pi):
    seen = held_out > 0  # words that occur in the held-out text
    with np.errstate(divide="ignore"):  # log 0 = -inf: an impossible word
        log_pi = np.log(pi[seen])
    return -np.sum(held_out[seen] * log_pi) / held_out.sum()


print("MLE:", ", ".join(f"{p:.3f}" for p in mle))
print("MAP:", ", ".join(f"{p:.3f}" for p in map_closed))
print(
    f"held-out loss: MLE {held_out_nll(mle)}, MAP {held_out_nll(map_closed):.3f}"
    " nats per word"
)
assert np.allclose(map_numerical, map_closed, atol=1e-5)
assert np.allclose(map_closed, (counts + 1) / (n_words + K))  # add one
assert held_out_nll(mle) == np.inf and np.isfinite(held_out_nll(map_closed))
