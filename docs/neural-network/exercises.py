# %% [markdown]
# # Exercises: A neural network from scratch
#
# Six exercises, from routine to thoughtful. Each states a task and then
# gives a worked solution whose result is checked by `assert` statements
# against an independent answer: a closed form, a numerical derivative, or
# scikit-learn. Try each one before you read its solution. The notebook needs
# only `pip install mlfound`.

# %%
import warnings

import numpy as np
from scipy.special import log_expit
from sklearn.linear_model import LogisticRegression

from mlfound.calculus import numerical_gradient
from mlfound.nn import (
    TwoLayerNetwork,
    binary_cross_entropy,
    binary_cross_entropy_from_logits,
    mean_squared_error,
    sigmoid,
)

# %% [markdown]
# ## Exercise 1: shapes and parameters
#
# A network has $d = 3$ inputs, $h = 5$ hidden units and $k = 2$ outputs.
# Write down the shapes of $W_1$, $b_1$, $W_2$, $b_2$ and of the output for a
# batch of $n = 7$ points, and a formula for the number of parameters. Check
# both against `TwoLayerNetwork(3, 5, 2)`.

# %% [markdown]
# ### Solution to exercise 1
#
# $W_1$ maps 3 inputs to 5 units, $(d, h) = (3, 5)$; $b_1$ has one entry per
# hidden unit, $(5,)$; $W_2$ is $(h, k) = (5, 2)$ and $b_2$ is $(2,)$. The
# output has one row per point and one column per output, $(7, 2)$. The count
# is $dh + h + hk + k = (d + 1)h + (h + 1)k$: every unit has one weight per
# input plus a bias.

# %%
d, h, k, n = 3, 5, 2, 7
net = TwoLayerNetwork(d, h, k, seed=0)
X = np.random.default_rng(0).normal(size=(n, d))
shapes = {name: getattr(net, name).shape for name in ("W1", "b1", "W2", "b2")}
count = sum(getattr(net, name).size for name in shapes)
print(shapes, "output", net.forward(X).shape, "parameters", count)

assert shapes == {"W1": (3, 5), "b1": (5,), "W2": (5, 2), "b2": (2,)}
assert net.forward(X).shape == (n, k)
assert count == (d + 1) * h + (h + 1) * k == 32

# %% [markdown]
# ## Exercise 2: the derivative of the sigmoid
#
# Show that $\sigma'(z) = \sigma(z)\,(1 - \sigma(z))$ by checking it against
# `numerical_gradient` at $z = -4, -1, 0, 2, 5$. Where is $\sigma'$ largest,
# and what is its largest value? What does that mean for a gradient that
# passes back through many sigmoids?

# %% [markdown]
# ### Solution to exercise 2
#
# Differentiating $(1 + e^{-z})^{-1}$ gives
#
# $$
# \sigma'(z) = \frac{e^{-z}}{(1 + e^{-z})^2}
# = \sigma(z) \cdot \frac{e^{-z}}{1 + e^{-z}} = \sigma(z)(1 - \sigma(z)) .
# $$
#
# As a product $s(1 - s)$ of two numbers that sum to 1, it is largest when
# both are $1/2$, at $z = 0$, where it equals $1/4$. So each sigmoid a
# gradient passes through shrinks it by a factor of at least 4: in deep
# stacks of sigmoids the early layers learn very slowly (the *vanishing
# gradient*).

# %%
zs = np.array([-4.0, -1.0, 0.0, 2.0, 5.0])
formula = sigmoid(zs) * (1 - sigmoid(zs))
numeric = np.array([numerical_gradient(sigmoid, z) for z in zs])
print(np.round(formula, 6))
print(np.round(numeric, 6))

grid = np.linspace(-10, 10, 2001)
slope = sigmoid(grid) * (1 - sigmoid(grid))
assert np.allclose(formula, numeric, atol=1e-9)
assert grid[np.argmax(slope)] == 0.0 and np.isclose(slope.max(), 0.25)

# %% [markdown]
# ## Exercise 3: the signal at the output logit
#
# For one point with label $y$ and output logit $z$, the loss is
# $\ell(z) = -y \log \sigma(z) - (1 - y) \log(1 - \sigma(z))$. Derive
# $\ell'(z)$ and check it with `numerical_gradient` applied to
# `binary_cross_entropy_from_logits`, for both labels and several logits.

# %% [markdown]
# ### Solution to exercise 3
#
# With $\sigma' = \sigma(1 - \sigma)$:
#
# $$
# \ell'(z) = -y \frac{\sigma(1 - \sigma)}{\sigma}
# + (1 - y) \frac{\sigma(1 - \sigma)}{1 - \sigma}
# = -y (1 - \sigma) + (1 - y) \sigma = \sigma(z) - y .
# $$
#
# The factor $\sigma(1 - \sigma)$ cancels, which is why the backward pass of
# the chapter starts from $\delta_2 = (\hat p - y)/n$.

# %%
errors = []
for label in (0, 1):
    for z in (-6.0, -0.5, 0.0, 1.5, 8.0):
        numeric = numerical_gradient(
            lambda v, label=label: binary_cross_entropy_from_logits([label], [v]),
            z,
        )
        errors.append(abs(numeric - (sigmoid(z) - label)))
assert max(errors) < 1e-8
print("largest difference: < 1e-8 (rounding noise)")

# %% [markdown]
# ## Exercise 4: how large is the mismatched-loss error?
#
# The chapter's pitfall: the update $\hat p - y$ is the cross-entropy
# gradient at the logit, while the mean squared error $(\hat p - y)^2$ has the
# gradient $2(\hat p - y)\,\hat p(1 - \hat p)$. Their ratio is
# $r(\hat p) = 1 / (2 \hat p (1 - \hat p))$. Confirm the ratio numerically at
# $\hat p = 1/2$, then find the two probabilities at which the
# cross-entropy gradient is ten times the MSE gradient, and check them too.

# %% [markdown]
# ### Solution to exercise 4
#
# $r = 10$ means $\hat p (1 - \hat p) = 1/20$, the quadratic
# $\hat p^2 - \hat p + 1/20 = 0$, so
# $\hat p = \bigl(1 \pm \sqrt{1 - 1/5}\bigr)/2$: about 0.053 and 0.947.
# Confident predictions, right or wrong, are exactly where the two losses
# disagree most. The check differentiates both losses with respect to the
# logit $z = \log(\hat p / (1 - \hat p))$ for a point with label 1.


# %%
def ratio_at(p, label=1):
    """Cross-entropy gradient / MSE gradient at the logit, numerically."""
    z = np.log(p / (1 - p))
    ce = numerical_gradient(lambda v: binary_cross_entropy_from_logits([label], [v]), z)
    mse = numerical_gradient(lambda v: mean_squared_error([label], [sigmoid(v)]), z)
    return ce / mse


roots = (1 + np.array([-1, 1]) * np.sqrt(1 - 1 / 5)) / 2
print(f"r(0.5) = {ratio_at(0.5):.6f}")
print("p with r = 10:", np.round(roots, 4), [round(ratio_at(p), 4) for p in roots])

assert np.isclose(ratio_at(0.5), 2.0, rtol=1e-6)
assert np.allclose([ratio_at(p) for p in roots], 10.0, rtol=1e-5)
assert np.allclose([ratio_at(p, label=0) for p in roots], 10.0, rtol=1e-5)

# %% [markdown]
# ## Exercise 5: a problem a line cannot solve
#
# Draw 200 training points uniformly from the square $[-1, 1]^2$ and label a
# point 1 when $x_1 x_2 > 0$ (the two quadrants where the signs agree: the
# XOR pattern). Train `LogisticRegression` and a 2-4-1 `TwoLayerNetwork`
# (2000 epochs, $\eta = 5$), and score both on 1,000 fresh points. Explain
# the difference.

# %% [markdown]
# ### Solution to exercise 5
#
# The positive quadrants sit diagonally opposite each other, so any line
# through the square leaves points of both classes on each side. A line can
# at best cut off the tip of one quadrant, and logistic regression stays
# well below the network. Two hidden units could draw the lines $x_1 = 0$
# and $x_2 = 0$, but the label is then "both units on, or both off", a
# pattern that is itself not linearly separable in the hidden units, so a
# single output sigmoid cannot read it off. With four hidden units, gradient
# descent finds boundaries that bend around the quadrants, and its loss ends
# far below that of the best constant prediction, the entropy of the labels
# in nats.


# %%
def xor_data(n, seed):
    X = np.random.default_rng(seed).uniform(-1, 1, size=(n, 2))
    return X, (X[:, 0] * X[:, 1] > 0).astype(int)


X_train, y_train = xor_data(200, seed=1)
X_test, y_test = xor_data(1000, seed=2)
logistic = LogisticRegression().fit(X_train, y_train)
xor_net = TwoLayerNetwork(2, 4, seed=0)
losses = xor_net.fit(X_train, y_train, epochs=2000, learning_rate=5.0)
acc_logistic = logistic.score(X_test, y_test)
acc_net = np.mean(xor_net.predict(X_test) == y_test)
majority = max(np.mean(y_test), 1 - np.mean(y_test))
share = np.mean(y_train)
constant_loss = -(share * np.log(share) + (1 - share) * np.log(1 - share))
print(
    f"test accuracy: logistic {acc_logistic:.3f}, network {acc_net:.3f}, "
    f"majority guess {majority:.3f}"
)
print(f"network loss: {losses[-1]:.4f}, best constant guess {constant_loss:.4f}")

assert acc_net > 0.9
assert acc_logistic < 0.75
assert losses[-1] < constant_loss / 3

# %% [markdown]
# ## Exercise 6: a stable log-loss of your own
#
# Write `stable_log_loss(y, z)`, the mean binary cross-entropy from logits,
# without calling `mlfound`, using the identity
# $-\log \sigma(z) = \log(1 + e^{-z})$ and the fact that
# $\log(1 + e^{u}) = \max(u, 0) + \log(1 + e^{-|u|})$. Check that it agrees
# with `binary_cross_entropy_from_logits` and with `scipy.special.log_expit`
# for logits from $-1000$ to $1000$, raises no warning, and that the naive
# route through probabilities fails where yours does not.

# %% [markdown]
# ### Solution to exercise 6
#
# For label $y$ the loss is $\log(1 + e^{-sz})$ with $s = 2y - 1$. In the
# rewritten form the only exponential is $e^{-|u|} \le 1$, so nothing
# overflows, and `np.log1p` keeps full precision when $e^{-|u|}$ is tiny.
# Turning warnings into errors inside the check proves that none is raised.


# %%
def stable_log_loss(y, z):
    y, z = np.asarray(y, dtype=float), np.asarray(z, dtype=float)
    u = -(2 * y - 1) * z
    return float(np.mean(np.maximum(u, 0) + np.log1p(np.exp(-np.abs(u)))))


logits = np.array([-1000.0, -40.0, -1.0, 0.0, 1.0, 40.0, 1000.0])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for label in (0, 1):
        labels = np.full(logits.shape, label)
        ours = [stable_log_loss([label], [z]) for z in logits]
        library = [binary_cross_entropy_from_logits([label], [z]) for z in logits]
        sign = 2 * label - 1
        scipy_values = -log_expit(sign * logits)
        print(f"label {label}:", " ".join(f"{v:.4f}" for v in ours))
        assert np.allclose(ours, library) and np.allclose(ours, scipy_values)
        assert np.isclose(
            stable_log_loss(labels, logits),
            binary_cross_entropy_from_logits(labels, logits),
        )

# Through probabilities, sigmoid(40) rounds to 1 and the loss of a label 0
# is clipped: finite, but far from the true value of about 40.
clipped = binary_cross_entropy([0], [sigmoid(40.0)])
print(
    f"label 0, z = 40: from logits {stable_log_loss([0], [40.0]):.4f}, "
    f"through probabilities {clipped:.4f}"
)
assert sigmoid(40.0) == 1.0
assert clipped < 35 < stable_log_loss([0], [40.0])
