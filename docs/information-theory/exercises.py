# %% [markdown]
# # Exercises: Information theory
#
# Six exercises, from routine to thoughtful. Each states a task, then gives a
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
