# %% [markdown]
# # Exercises: Information theory
#
# Nine exercises, from routine to thoughtful. Each states a task, then gives a
# worked solution whose result is checked by `assert` statements against an
# independent answer: a closed form, scipy or scikit-learn. Try each one
# before you read its solution. The notebook needs only
# `pip install mlfound`.

# %%
import numpy as np
from scipy import stats
from sklearn.datasets import load_iris
from sklearn.metrics import mutual_info_score
from sklearn.tree import DecisionTreeClassifier

from mlfound.information import (
    cross_entropy,
    entropy,
    kl_divergence,
    mutual_information,
)

# %% [markdown]
# ## Exercise 1: a loaded die
#
# A die shows a six with probability $0.3$, a five with probability $0.2$,
# and each of the other faces with probability $0.125$. Compute its entropy
# in bits and in nats, check both against `scipy.stats.entropy`, and find how
# many bits less uncertain it is than a fair die.
#
# ### Solution to exercise 1
#
# $H(p) = -\sum_i p_i \log_2 p_i$; in nats the logarithm is natural, so the
# two differ by the factor $\ln 2$. A fair die has the largest possible
# entropy on six faces, $\log_2 6$, so the difference is non-negative.

# %%
p_die = np.array([0.125, 0.125, 0.125, 0.125, 0.2, 0.3])
h_bits = entropy(p_die)
h_nats = entropy(p_die, base=np.e)
print(f"H = {h_bits:.4f} bits = {h_nats:.4f} nats")
print(f"a fair die has {np.log2(6) - h_bits:.4f} bits more")

assert np.isclose(h_bits, stats.entropy(p_die, base=2))
assert np.isclose(h_nats, stats.entropy(p_die))
assert np.isclose(h_nats, h_bits * np.log(2))
assert 0 < h_bits < np.log2(6)

# %% [markdown]
# ## Exercise 2: two coins, both directions
#
# Let $p$ be a fair coin and $q$ a coin with heads probability $0.9$. Write
# the KL divergence between two coins with heads probabilities $a$ and $b$ in
# closed form, evaluate $D_{\mathrm{KL}}(p \,\|\, q)$ and
# $D_{\mathrm{KL}}(q \,\|\, p)$ with it, and check them against
# `kl_divergence`. Confirm $H(p, q) = H(p) + D_{\mathrm{KL}}(p \,\|\, q)$.
# Which direction is larger, and why?
#
# ### Solution to exercise 2
#
# With two outcomes the sum has two terms:
#
# $$
# D_{\mathrm{KL}}(a \,\|\, b) = a \log_2 \frac{a}{b}
# + (1 - a) \log_2 \frac{1 - a}{1 - b} .
# $$
#
# $D_{\mathrm{KL}}(p \,\|\, q)$ is the larger: it is weighted by the fair coin, which
# lands tails half the time, an outcome the biased coin finds very
# surprising ($-\log_2 0.1$ bits). The other direction is weighted by $q$,
# which rarely produces the outcome where the two coins disagree most.


# %%
def kl_coins(a, b):
    """KL divergence in bits between coins with heads probabilities a, b."""
    return a * np.log2(a / b) + (1 - a) * np.log2((1 - a) / (1 - b))


p_coin, q_coin = np.array([0.5, 0.5]), np.array([0.9, 0.1])
forward = kl_divergence(p_coin, q_coin)
backward = kl_divergence(q_coin, p_coin)
print(f"D_KL(p || q) = {forward:.4f} bits, D_KL(q || p) = {backward:.4f} bits")

assert np.isclose(forward, kl_coins(0.5, 0.9))
assert np.isclose(backward, kl_coins(0.9, 0.5))
assert np.isclose(
    cross_entropy(p_coin, q_coin), entropy(p_coin) + kl_divergence(p_coin, q_coin)
)
assert forward > backward > 0

# %% [markdown]
# ## Exercise 3: the information gain of a decision-tree split
#
# A decision tree for the iris data (`sklearn.datasets.load_iris`) splits
# the flowers on "petal length below 2.45 cm". The *information gain* of a
# split is the entropy of the class before the split minus the average
# entropy of the class on the two sides, weighted by their sizes. Compute it
# from class counts with `entropy`, show that it equals the mutual
# information between the side of the split and the class, and compare with
# the impurities that scikit-learn's `DecisionTreeClassifier` with
# `criterion="entropy"` records at the root of a depth-1 tree.
#
# ### Solution to exercise 3
#
# The gain is $H(Y) - H(Y \mid S)$ for the class $Y$ and the side $S$, which
# is exactly $I(S; Y)$. scikit-learn's entropy criterion also uses base-2
# logarithms, so its numbers are in bits. Every setosa flower is on the left,
# and the other two species are split evenly on the right, so the gain is
# $\log_2 3 - \tfrac{2}{3}$ bits: the left third of the flowers is certain,
# the right two thirds keep one bit of uncertainty.

# %%
iris = load_iris()
petal_length, y_iris = iris.data[:, 2], iris.target
left = petal_length < 2.45


def class_entropy(labels):
    return entropy(np.bincount(labels, minlength=3) / labels.size)


n_iris = y_iris.size
h_before = class_entropy(y_iris)
sides = (y_iris[left], y_iris[~left])
h_after = sum(side.size * class_entropy(side) for side in sides) / n_iris
gain = h_before - h_after
print(f"H(class) = {h_before:.4f} bits, information gain = {gain:.4f} bits")

tree = DecisionTreeClassifier(criterion="entropy", max_depth=1, random_state=0)
tree.fit(iris.data[:, [2]], y_iris)
impurity, weights = tree.tree_.impurity, tree.tree_.weighted_n_node_samples
sk_gain = impurity[0] - (weights[1] * impurity[1] + weights[2] * impurity[2]) / n_iris
print(
    f"scikit-learn's tree: threshold {tree.tree_.threshold[0]:.2f} cm, "
    f"gain {sk_gain:.4f} bits"
)

assert np.isclose(gain, mutual_information(left, y_iris))
assert np.isclose(gain, np.log2(3) - 2 / 3)
assert np.isclose(impurity[0], h_before)
assert np.isclose(sk_gain, gain)

# %% [markdown]
# ## Exercise 4: KL between two normal distributions
#
# For normal densities the KL divergence (in nats) has a closed form:
#
# $$
# D_{\mathrm{KL}}\big(\mathcal{N}(\mu_1, \sigma_1^2) \,\big\|\,
# \mathcal{N}(\mu_2, \sigma_2^2)\big)
# = \ln \frac{\sigma_2}{\sigma_1}
# + \frac{\sigma_1^2 + (\mu_1 - \mu_2)^2}{2 \sigma_2^2} - \frac{1}{2} .
# $$
#
# Check it for $\mathcal{N}(0, 1)$ and $\mathcal{N}(1, 2^2)$, in both
# directions, by discretising both densities on a fine grid and applying
# `kl_divergence(..., base=np.e)` to the resulting probability vectors.
#
# ### Solution to exercise 4
#
# On a grid with spacing $\Delta$, the probabilities are
# $p_i \approx f(x_i) \Delta$ and $q_i \approx g(x_i) \Delta$; the spacing
# cancels in the ratio $p_i / q_i$, so the discrete divergence approximates
# the integral $\int f \ln(f / g)$. The grid must reach far enough into both
# tails that almost no probability is cut off.


# %%
def kl_normal(mu1, sigma1, mu2, sigma2):
    """Closed-form KL divergence in nats between two normal distributions."""
    return (
        np.log(sigma2 / sigma1) + (sigma1**2 + (mu1 - mu2) ** 2) / (2 * sigma2**2) - 0.5
    )


grid = np.linspace(-20.0, 20.0, 8001)
f = stats.norm.pdf(grid, loc=0.0, scale=1.0)
g = stats.norm.pdf(grid, loc=1.0, scale=2.0)
f, g = f / f.sum(), g / g.sum()
numeric_fg = kl_divergence(f, g, base=np.e)
numeric_gf = kl_divergence(g, f, base=np.e)
print(f"D_KL(f || g): grid {numeric_fg:.5f}, formula {kl_normal(0, 1, 1, 2):.5f}")
print(f"D_KL(g || f): grid {numeric_gf:.5f}, formula {kl_normal(1, 2, 0, 1):.5f}")

assert np.isclose(numeric_fg, kl_normal(0, 1, 1, 2), atol=1e-4)
assert np.isclose(numeric_gf, kl_normal(1, 2, 0, 1), atol=1e-4)
assert numeric_gf > numeric_fg

# %% [markdown]
# ## Exercise 5: the plug-in estimate is biased
#
# Draw $x$ uniform on 4 values and, independently, $y$ uniform on 3 values,
# $n = 200$ times, and estimate $I(X; Y)$ from the samples. Repeat with 500
# seeded data sets. The true value is $0$; how large is the average
# estimate? Compare it with the approximation
# $(k_x - 1)(k_y - 1) / (2 n \ln 2)$ bits, and check one of the estimates
# against `sklearn.metrics.mutual_info_score` (in nats).
#
# ### Solution to exercise 5
#
# The empirical joint table never factorises exactly, so the plug-in
# estimate is positive even for independent variables. For large $n$,
# $2 n \ln 2 \cdot \hat{I}$ is approximately chi-squared with
# $(k_x - 1)(k_y - 1)$ degrees of freedom, whose mean gives the
# approximation. This is why a small positive mutual information from a
# small sample is no evidence of dependence.

# %%
rng = np.random.default_rng(2024)
k_x, k_y, n_samples, n_repeats = 4, 3, 200, 500
estimates = np.empty(n_repeats)
by_formula = np.empty(n_repeats)  # H(X) + H(Y) - H(X, Y) from the counts
for r in range(n_repeats):
    xs = rng.integers(0, k_x, size=n_samples)
    ys = rng.integers(0, k_y, size=n_samples)
    estimates[r] = mutual_information(xs, ys)
    joint = np.histogram2d(xs, ys, bins=(k_x, k_y))[0].ravel() / n_samples
    by_formula[r] = (
        stats.entropy(np.bincount(xs), base=2)
        + stats.entropy(np.bincount(ys), base=2)
        - stats.entropy(joint, base=2)
    )
predicted_bias = (k_x - 1) * (k_y - 1) / (2 * n_samples * np.log(2))
print(f"mean estimate {estimates.mean():.4f} bits, predicted {predicted_bias:.4f}")

# mutual_information never returns a negative number (it rounds -1e-17 up to
# 0), so its sign proves nothing. The formula, computed with scipy, shows
# that every estimate is genuinely positive for these independent variables.
assert np.allclose(estimates, by_formula, atol=1e-12)
assert np.all(by_formula > 1e-6)
assert abs(estimates.mean() - predicted_bias) < 0.15 * predicted_bias
assert np.isclose(estimates[-1], mutual_info_score(xs, ys) / np.log(2))

# %% [markdown]
# ## Exercise 6: the best input for the noisy channel
#
# In the chapter's channel, $y = (x + \text{noise}) \bmod 3$ with noise $0$
# or $1$ equally likely. Suppose the sender may choose any distribution
# $\pi$ for $x$ on $\{0, 1, 2\}$. Which $\pi$ makes $I(X; Y)$ largest, and
# what is the largest value (the *capacity* of the channel)? Answer with a
# grid search over $\pi$, using exact distributions rather than samples, and
# explain the answer.
#
# ### Solution to exercise 6
#
# Use $I(X; Y) = H(Y) - H(Y \mid X)$. Whatever $x$ is, $y$ takes two values
# with probability $\tfrac12$ each, so $H(Y \mid X) = 1$ bit for every
# $\pi$. The output distribution is $p(y) = \sum_x \pi_x \, p(y \mid x)$, so
# the information is largest when $H(Y)$ is, which is when $Y$ is uniform:
# that happens for the uniform $\pi$, and the capacity is $\log_2 3 - 1$
# bits.

# %%
channel = np.array([[0.5, 0.5, 0.0], [0.0, 0.5, 0.5], [0.5, 0.0, 0.5]])
steps = 30
best_info, best_pi = -1.0, None
for i in range(steps + 1):
    for j in range(steps + 1 - i):
        pi = np.array([i, j, steps - i - j]) / steps
        p_y = pi @ channel
        h_y_given_x = sum(pi[x] * entropy(channel[x]) for x in range(3))
        info = entropy(p_y) - h_y_given_x
        if info > best_info:
            best_info, best_pi = info, pi
print(f"best input {np.round(best_pi, 3)}, I = {best_info:.4f} bits")

assert np.allclose(best_pi, 1 / 3)
assert np.isclose(best_info, np.log2(3) - 1)

# %% [markdown]
# ## Exercise 7: a coarser view of Y cannot tell more about X
#
# Draw the chapter's noisy channel again: $x$ uniform on $\{0, 1, 2\}$,
# $y = (x + \text{noise}) \bmod 3$ with noise $0$ or $1$, 1,000 samples
# from seed 0. Now suppose we only learn whether $y = 0$: the variable
# $s = [y = 0]$. Compute $H(X \mid Y)$ and $H(X \mid S)$ with
# `conditional_entropy`, check both against the definition
# $\sum_b p(b) H(X \mid b)$ applied to the joint table with
# `scipy.stats.entropy`, and explain which is larger. Then check the chain
# rule for the three variables, $H(X, Y, S) = H(Y) + H(X \mid Y)$.
#
# ### Solution to exercise 7
#
# $S$ is a function of $Y$, so it can only merge the columns of the joint
# table, never separate them. Merging averages conditional distributions,
# and entropy is concave, so the entropy of a merged column is at least the
# average of the entropies of its parts: $H(X \mid S) \ge H(X \mid Y)$, or
# equivalently $I(X; S) \le I(X; Y)$ (the data processing inequality). For
# the chain rule, $H(X, Y, S) = H(Y) + H(X \mid Y) + H(S \mid X, Y)$, and
# the last term is $0$ because $s$ is computed from $y$. A pair of labels
# can be coded as one label (a string) to feed the two-argument functions.

# %%
from sklearn.metrics.cluster import contingency_matrix

from mlfound.information import conditional_entropy, joint_entropy

rng = np.random.default_rng(0)
x_ch = rng.integers(0, 3, size=1_000)
y_ch = (x_ch + rng.integers(0, 2, size=1_000)) % 3
s_ch = y_ch == 0


def by_definition(x, y):
    """H(X | Y) from the joint table: column entropies weighted by p(y)."""
    table = contingency_matrix(x, y)
    p_y = table.sum(axis=0) / table.sum()
    return sum(
        p * stats.entropy(col, base=2) for p, col in zip(p_y, table.T, strict=True)
    )


h_given_y = conditional_entropy(x_ch, y_ch)
h_given_s = conditional_entropy(x_ch, s_ch)
print(f"H(X | Y) = {h_given_y:.4f} bits, H(X | S) = {h_given_s:.4f} bits")
pairs_xy = [f"{a},{b}" for a, b in zip(x_ch, y_ch, strict=True)]
h_xys = joint_entropy(pairs_xy, s_ch)
h_y = entropy(np.bincount(y_ch) / y_ch.size)
print(f"H(X, Y, S) = {h_xys:.4f} bits, H(Y) + H(X | Y) = {h_y + h_given_y:.4f}")

assert np.isclose(h_given_y, by_definition(x_ch, y_ch))
assert np.isclose(h_given_s, by_definition(x_ch, s_ch))
assert h_given_s > h_given_y + 0.1  # merging two columns loses information
assert np.isclose(h_xys, h_y + h_given_y)
assert conditional_entropy(s_ch, y_ch) == 0.0  # s is a function of y

# %% [markdown]
# ## Exercise 8: the mutual information of two correlated normals
#
# Let $(X_1, X_2)$ be normal with means $0$, variances $1$ and correlation
# $\rho$. Use `gaussian_entropy` and
# $I(X_1; X_2) = h(X_1) + h(X_2) - h(X_1, X_2)$ to compute the mutual
# information for $\rho = 0, 0.5, 0.9, 0.99$, and compare with the closed
# form $-\tfrac12 \log_2(1 - \rho^2)$. Then estimate it for $\rho = 0.9$ from
# 100,000 samples: cut each coordinate into 16 bins at its quantiles and
# apply `mutual_information` to the bin labels. Why does the estimate come
# out below the true value?
#
# ### Solution to exercise 8
#
# The covariance matrix is $\begin{pmatrix} 1 & \rho \\ \rho & 1
# \end{pmatrix}$ with determinant $1 - \rho^2$, so
# $h(X_1, X_2) = \tfrac12 \log_2\big((2\pi e)^2 (1 - \rho^2)\big)$ and each
# marginal has $\tfrac12 \log_2(2\pi e)$; the difference is the closed form.
# Unlike the differential entropies, the mutual information does not depend
# on units, and it grows without bound as $|\rho| \to 1$. Binning is a
# processing of each variable, so by the data processing inequality the
# binned variables share less information than the continuous ones; with
# 100,000 samples the upward bias of the plug-in estimate,
# about $15^2 / (2 n \ln 2)$ bits, is far smaller than that loss.

# %%
from mlfound.information import gaussian_entropy

h_one = gaussian_entropy([[1.0]])
independent = 2 * h_one - gaussian_entropy(np.eye(2))
print("rho =  0.0: |I| < 1e-12 bits (rounding error)")
assert abs(independent) < 1e-12
for rho in (0.5, 0.9, 0.99):
    cov = np.array([[1.0, rho], [rho, 1.0]])
    info = 2 * h_one - gaussian_entropy(cov)
    closed = -0.5 * np.log2(1 - rho**2)
    print(f"rho = {rho:4}: I = {info:.4f} bits, closed form {closed:.4f}")
    assert np.isclose(info, closed, atol=1e-12)

rho, n_draws, n_bins = 0.9, 100_000, 16
true_info = -0.5 * np.log2(1 - rho**2)
draws = np.random.default_rng(8).multivariate_normal(
    [0.0, 0.0], [[1.0, rho], [rho, 1.0]], size=n_draws, method="cholesky"
)
cuts = np.quantile(draws, np.linspace(0, 1, n_bins + 1)[1:-1], axis=0)
bins_1 = np.digitize(draws[:, 0], cuts[:, 0])
bins_2 = np.digitize(draws[:, 1], cuts[:, 1])
binned = mutual_information(bins_1, bins_2)
bias = (n_bins - 1) ** 2 / (2 * n_draws * np.log(2))
print(f"rho = {rho}: binned estimate {binned:.3f} bits, true {true_info:.3f}")

assert binned < true_info  # the bins lose more than the bias adds
assert true_info - binned < 0.2  # but 16 bins keep most of it
assert bias < 0.01

# %% [markdown]
# ## Exercise 9: temperature, cross-entropy and perplexity
#
# Train a softmax regression on scikit-learn's digits as the chapter does
# (`LogisticRegression(max_iter=2_000)` on standardised pixels, 30% of the
# images held out with `random_state=0`, stratified). Divide its logits by a
# *temperature* $T > 0$ before the softmax. Plot nothing: instead compute the
# mean cross-entropy on the held-out images as a function of $T$, find the
# best $T$ with `scipy.optimize.minimize_scalar`, and report the perplexity
# at $T = 0.05$, at the best $T$ and at $T = 1000$. What happens at the two
# extremes? At the best $T$, check the condition for a minimum: show that
# the derivative of the loss with respect to $T$ is zero exactly when the
# average logit of the true class equals the average of the logits weighted
# by the model's own probabilities.
#
# ### Solution to exercise 9
#
# With $\mathcal{L}(T) = \frac1n \sum_j \big(\operatorname{LSE}(z^{(j)} / T)
# - z^{(j)}_{y_j} / T\big)$, the derivative is
# $\mathcal{L}'(T) = \frac{1}{n T^2} \sum_j \big(z^{(j)}_{y_j} - \sum_c q^{(j)}_c
# z^{(j)}_c\big)$, which vanishes when the true-class logit equals, on
# average, the logit the model expects. As $T \to \infty$ every softmax
# tends to the uniform distribution, so the perplexity tends to $k = 10$. As
# $T \to 0$ the softmax puts all its mass on the largest logit: each correct
# prediction costs nothing and each wrong one costs its logit gap divided by
# $T$, so the perplexity explodes. Confidence costs more than it gains once
# the model makes any mistakes.

# %%
from scipy.optimize import minimize_scalar
from scipy.special import logsumexp, softmax
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

X_dig, y_dig = load_digits(return_X_y=True)
X_tr, X_te, y_tr, y_te = train_test_split(
    X_dig, y_dig, test_size=0.3, random_state=0, stratify=y_dig
)
scaler = StandardScaler().fit(X_tr)
clf = LogisticRegression(max_iter=2_000).fit(scaler.transform(X_tr), y_tr)
logits = clf.decision_function(scaler.transform(X_te))
true_logit = logits[np.arange(y_te.size), y_te]


def mean_loss(temperature):
    """Mean cross-entropy in nats of softmax(logits / T) on the test labels."""
    scaled = logits / temperature
    return np.mean(logsumexp(scaled, axis=1) - true_logit / temperature)


best = minimize_scalar(mean_loss, bounds=(0.05, 20.0), method="bounded")
t_best = best.x
for temperature in (0.05, t_best, 1000.0):
    print(f"T = {temperature:8.3f}: perplexity {np.exp(mean_loss(temperature)):.3f}")
expected_logit = np.sum(softmax(logits / t_best, axis=1) * logits, axis=1)
gap = np.mean(true_logit - expected_logit)
print("at the best T: |mean true logit - mean expected logit| < 1e-4")

grid = np.linspace(0.05, 20.0, 400)
t_grid = grid[np.argmin([mean_loss(t) for t in grid])]
assert abs(t_grid - t_best) < 2 * (grid[1] - grid[0])  # the grid agrees
assert abs(gap) < 1e-4  # l'(T) = 0 there
assert abs(np.exp(mean_loss(1000.0)) - 10) < 0.1  # close to uniform over 10
assert np.exp(mean_loss(0.05)) > 2 * np.exp(mean_loss(t_best))
