# %% [markdown]
# # Exercises: A neural network from scratch
#
# Ten exercises, from routine to thoughtful; the last four belong to the
# second half of the chapter (softmax, backpropagation, initialisation,
# weight decay). Each states a task and then
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
from mlfound.datasets import line_separated
from mlfound.nn import (
    Network,
    TwoLayerNetwork,
    binary_cross_entropy,
    binary_cross_entropy_from_logits,
    mean_squared_error,
    sigmoid,
    softmax,
    softmax_cross_entropy,
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
# $\mathcal{L}(z) = -y \log \sigma(z) - (1 - y) \log(1 - \sigma(z))$. Derive
# $\mathcal{L}'(z)$ and check it with `numerical_gradient` applied to
# `binary_cross_entropy_from_logits`, for both labels and several logits.

# %% [markdown]
# ### Solution to exercise 3
#
# With $\sigma' = \sigma(1 - \sigma)$:
#
# $$
# \mathcal{L}'(z) = -y \frac{\sigma(1 - \sigma)}{\sigma}
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

# %% [markdown]
# ## Exercise 7: two classes, softmax or sigmoid
#
# Show that with two classes the softmax of the scores $(0, t)$ gives class 1
# the probability $\sigma(t)$, so that `softmax_cross_entropy` of the logits
# $(0, t)$ is `binary_cross_entropy_from_logits` of $t$. Check both on many
# values. Then build a `Network([2, 4, 2])` (softmax output) and a
# `Network([2, 4, 1], output="sigmoid")` with the same hidden layer, and set
# the softmax network's output weights so that the two networks compute the
# same probabilities and the same loss on the chapter's data.

# %% [markdown]
# ### Solution to exercise 7
#
# $\operatorname{softmax}(0, t)_1 = e^t / (e^0 + e^t) = 1 / (1 + e^{-t})
# = \sigma(t)$, and class 0 gets $1 - \sigma(t)$: a Bernoulli distribution
# with logit $t$, whose negative log-likelihood is the binary cross-entropy.
# Only the difference of the two scores matters, so the softmax network needs
# output weights and bias whose columns differ by the sigmoid network's: put
# zeros in column 0 and the sigmoid network's weights in column 1.

# %%
rng = np.random.default_rng(7)
t = rng.normal(scale=10, size=200)
labels = rng.integers(0, 2, size=200)
two_scores = np.column_stack([np.zeros_like(t), t])
gap = np.abs(softmax(two_scores)[:, 1] - sigmoid(t)).max()
ce = softmax_cross_entropy(labels, two_scores)
bce = binary_cross_entropy_from_logits(labels, t)
print(f"largest |softmax - sigmoid| < 1e-15; losses {ce:.6f} and {bce:.6f}")

X, y = line_separated()
one = Network([2, 4, 1], activation="tanh", output="sigmoid", seed=1)
one.fit(X, y, epochs=200, learning_rate=1.0)
two = Network([2, 4, 2], activation="tanh", seed=5)
two.weights[0][...], two.biases[0][...] = one.weights[0], one.biases[0]
two.weights[1][...] = np.column_stack([np.zeros(4), one.weights[1][:, 0]])
two.biases[1][...] = [0.0, one.biases[1][0]]
p_one, p_two = one.predict_proba(X)[:, 0], two.predict_proba(X)[:, 1]
print(f"networks: losses {one.loss(X, y):.6f} and {two.loss(X, y):.6f}")

assert gap < 1e-15 and np.isclose(ce, bce, rtol=1e-12)
assert np.allclose(p_one, p_two, rtol=1e-12)
assert np.isclose(one.loss(X, y), two.loss(X, y), rtol=1e-12)
assert np.array_equal(one.predict(X), two.predict(X))

# %% [markdown]
# ## Exercise 8: the softmax Jacobian and its VJP
#
# For $p = \operatorname{softmax}(z)$ with $k = 5$, build the Jacobian
# $J = \operatorname{diag}(p) - p p^\top$ and check it against central
# differences. Show that it is symmetric, that each row sums to zero, that its
# rank is $k - 1$, and that it has no negative eigenvalue. Then show that the
# vector-Jacobian product $g^\top J$ equals $p \odot (g - g^\top p)$, which
# costs $O(k)$ instead of $O(k^2)$.

# %% [markdown]
# ### Solution to exercise 8
#
# Rows sum to zero because $\sum_a p_a = 1$ for every $z$: moving the scores
# cannot change the total. So $J 1_k = 0$ and the rank is at most
# $k - 1$; it is exactly $k - 1$ when every $p_a > 0$. $J$ is the covariance
# matrix of the one-hot vector $e_Y$ when $Y$ is drawn from $p$
# ($\E[e_Y] = p$, $\E[e_Y e_Y^\top] = \operatorname{diag}(p)$), so it is
# positive semi-definite. Finally
# $g^\top J = g^\top \operatorname{diag}(p) - (g^\top p)\, p^\top
# = \bigl(p \odot (g - g^\top p)\bigr)^\top$.

# %%
rng = np.random.default_rng(8)
z, g = rng.normal(size=5), rng.normal(size=5)
p = softmax(z)
J = np.diag(p) - np.outer(p, p)
numeric = np.array(
    [numerical_gradient(lambda v, a=a: softmax(v)[a], z) for a in range(5)]
)
eigenvalues = np.linalg.eigvalsh(J)
vjp = p * (g - g @ p)
print("|J - central differences| < 1e-9")
print("eigenvalues:", np.round(eigenvalues, 4) + 0.0)  # + 0.0: no "-0."
print(f"rank {np.linalg.matrix_rank(J)}, |g J - VJP| < 1e-15")

assert np.abs(J - numeric).max() < 1e-9
assert np.allclose(J, J.T) and np.allclose(J.sum(axis=1), 0.0, atol=1e-15)
assert np.linalg.matrix_rank(J) == 4 and eigenvalues.min() > -1e-15
assert np.abs(g @ J - vjp).max() < 1e-15

# %% [markdown]
# ## Exercise 9: where He initialisation comes from
#
# (a) For $z \sim \mathcal{N}(0, s^2)$, show that
# $\E[\operatorname{relu}(z)^2] = s^2 / 2$, and check it with a million
# samples. (b) Send 1,000 standard normal inputs through 20 ReLU layers of
# width 200 with weights drawn from $\mathcal{N}(0, c / n_\text{in})$ for
# $c = 1, 2, 4$, and compare the mean square of the last layer's activations
# with that of the inputs. Which $c$ keeps it, and why does that match
# `Network`'s He initialisation?

# %% [markdown]
# ### Solution to exercise 9
#
# (a) The density of $z$ is symmetric, so $z^2$ has the same average over
# $z > 0$ as over $z < 0$. ReLU keeps $z^2$ on the positive half and sets the
# other half to 0, so $\E[\operatorname{relu}(z)^2] = \E[z^2] / 2 = s^2/2$.
# (b) A layer's pre-activations have variance $n_\text{in} \cdot
# (c / n_\text{in}) \cdot \E[h^2] = c\,\E[h^2]$, and the ReLU halves it, so
# each layer multiplies the mean square by about $c / 2$: after 20 layers by
# $2^{-20}$, 1 or $2^{20}$. Only $c = 2$, which is $v = 2 / n_\text{in}$, keeps
# the signal's size: He initialisation. (With a finite width the factor
# fluctuates a little from layer to layer, so the check allows a factor of 4.)

# %%
rng = np.random.default_rng(9)
s = 1.7
samples = rng.normal(0.0, s, size=1_000_000)
mean_square = np.mean(np.maximum(samples, 0.0) ** 2)
standard_error = np.std(np.maximum(samples, 0.0) ** 2) / np.sqrt(samples.size)
print(f"E[relu(z)^2] = {mean_square:.4f}, s^2/2 = {s**2 / 2:.4f}")

X0 = rng.normal(size=(1000, 200))
ratios = {}
for c in (1, 2, 4):
    H = X0
    for _ in range(20):
        H = np.maximum(H @ rng.normal(0.0, np.sqrt(c / 200), (200, 200)), 0.0)
    ratios[c] = np.mean(H**2) / np.mean(X0**2)
    print(f"c = {c}: mean square after 20 layers / before = {ratios[c]:.2e}")
he = Network([200, 200], activation="relu", seed=0).weights[0]
print(f"Network's ReLU weights: n_in * variance = {200 * he.var():.3f}")

assert abs(mean_square - s**2 / 2) < 4 * standard_error
assert ratios[1] < 1e-4 and 0.25 < ratios[2] < 4 and ratios[4] > 1e4
assert abs(200 * he.var() - 2) < 0.05

# %% [markdown]
# ## Exercise 10: weight decay gives the chapter's data a minimum
#
# The Training page of this chapter noted that on data a line separates, the
# cross-entropy has no minimum at finite weights. Train
# `Network([2, 4, 2], activation="tanh")` by full-batch gradient descent
# ($\eta = 1$, 3000 epochs) on the chapter's points with weight decay
# $\alpha = 0$, $0.001$, $0.01$ and $0.1$, and track the sum of squared
# weights. Show that without decay it is still growing at the end, that
# with decay it has stopped growing, and that a larger $\alpha$ ends lower.
# For $\alpha > 0$, check the condition that defines the MAP estimate,
# $\nabla_W \mathcal{L} + \alpha W = 0$, and give the standard deviation
# $\sigma_w$ of the Gaussian prior each $\alpha$ stands for.

# %% [markdown]
# ### Solution to exercise 10
#
# With the prior $\mathcal{N}(0, \sigma_w^2)$ on every weight, the negative log
# posterior divided by $n$ is the loss plus $\frac{1}{2 n \sigma_w^2}
# \lVert W \rVert^2$, so $\alpha = 1/(n \sigma_w^2)$ and
# $\sigma_w = 1/\sqrt{n \alpha}$. Without the penalty, making the weights larger
# always makes the correct predictions more confident and the loss smaller,
# so gradient descent never stops growing them. The penalty grows like
# $\lVert W \rVert^2$ while the loss can fall no lower than 0, so the
# objective has a minimum at finite weights, and the stronger the prior, the
# smaller they are there. At that minimum the gradient of the objective,
# $\nabla_W \mathcal{L} + \alpha W$, vanishes: the pull of the data and the
# pull of the prior balance. (3000 epochs get close to it, not onto it, so
# the check compares the imbalance with the size of $\alpha W$. The smaller
# $\alpha$, the flatter the objective around its minimum and the slower the
# approach: with $\alpha = 0.001$ a few per cent of imbalance remain.)

# %%
X, y = line_separated()
n = len(y)
sizes = {}
for alpha in (0.0, 0.001, 0.01, 0.1):
    net = Network([2, 4, 2], activation="tanh", seed=0)
    track = []
    for _ in range(30):  # 30 rounds of 100 epochs: the size after each round
        net.fit(X, y, epochs=100, learning_rate=1.0, weight_decay=alpha)
        track.append(sum(float(np.sum(W**2)) for W in net.weights))
    sizes[alpha] = track
    growth = track[-1] / track[-2] - 1
    change = f"{growth:+.2%}" if abs(growth) > 1e-4 else "< 0.01%"
    line = f"alpha {alpha:<6}: sum of W^2 {track[-1]:7.2f}, last 100 epochs {change}"
    if alpha > 0:
        grads = net.gradients(X, y)["weights"]
        pairs = zip(grads, net.weights, strict=True)
        residual = max(np.abs(g + alpha * W).max() for g, W in pairs)
        balance = residual / max(np.abs(alpha * W).max() for W in net.weights)
        bound = 0.05 if alpha < 0.01 else 0.001
        line += f", sigma_w {1 / np.sqrt(n * alpha):.2f}, imbalance < {bound}"
        assert balance < bound
    print(line)
    assert np.mean(net.predict(X) == y) > 0.9

final = [sizes[a][-1] for a in (0.0, 0.001, 0.01, 0.1)]
assert np.all(np.diff(final) < 0)  # the stronger the prior, the smaller
assert sizes[0.0][-1] > 1.005 * sizes[0.0][-2]  # still growing without decay
assert all(sizes[a][-1] / sizes[a][-2] - 1 < 1e-3 for a in (0.001, 0.01, 0.1))
