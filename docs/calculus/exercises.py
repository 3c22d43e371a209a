# %% [markdown]
# # Exercises: Calculus
#
# Thirteen exercises, from routine to thoughtful. Each states a task, then gives a
# worked solution whose result is checked by `assert` statements against an
# independent answer (a closed form, a library routine or a numerical
# derivative). Try each one before reading its solution.
#
# The notebook needs only `pip install mlfound`.

# %%
import numpy as np
from scipy.optimize import brentq, minimize
from scipy.special import logsumexp, softmax

from mlfound.autodiff import Value
from mlfound.calculus import (
    gradient_check,
    gradient_descent,
    hessian,
    jacobian,
    newton,
    numerical_gradient,
)
from mlfound.linalg import project_onto_hyperplane
from mlfound.nn import binary_cross_entropy, sigmoid
from mlfound.optim import adam, momentum

# %% [markdown]
# ## Exercise 1: the derivative of tanh
#
# Show that $\frac{d}{dz}\tanh z = 1 - \tanh^2 z$, then confirm it with
# `numerical_gradient` at $z \in \{-3, -0.5, 0, 2\}$.

# %% [markdown]
# ### Solution to exercise 1
#
# With $\tanh z = (e^z - e^{-z}) / (e^z + e^{-z})$, the quotient rule gives
#
# $$
# \frac{d}{dz}\tanh z
# = \frac{(e^z + e^{-z})^2 - (e^z - e^{-z})^2}{(e^z + e^{-z})^2}
# = 1 - \tanh^2 z .
# $$

# %%
for z in [-3.0, -0.5, 0.0, 2.0]:
    analytic = 1 - np.tanh(z) ** 2
    numeric = numerical_gradient(np.tanh, z)
    print(f"z = {z:5.1f}: formula {analytic:.8f}, central {numeric:.8f}")
    assert abs(analytic - numeric) < 1e-9

# %% [markdown]
# ## Exercise 2: the order of a finite difference
#
# The forward difference has an error proportional to $\varepsilon$ and the
# central difference one proportional to $\varepsilon^2$, as long as rounding
# does not interfere. Measure both errors for $f(x) = e^x$ at $x = 0.5$ for
# $\varepsilon = 10^{-1}, 10^{-1.5}, \dots, 10^{-3}$, and estimate the order
# of each as the slope of $\log(\text{error})$ against $\log \varepsilon$.

# %% [markdown]
# ### Solution to exercise 2
#
# On these steps truncation dominates, so a straight-line fit on the log-log
# scale should give slopes close to 1 and 2. The derivative of $e^x$ is
# $e^x$, so the exact value is known.

# %%
x = 0.5
steps = 10.0 ** np.arange(-1.0, -3.01, -0.5)
forward = np.abs((np.exp(x + steps) - np.exp(x)) / steps - np.exp(x))
central = np.abs([numerical_gradient(np.exp, x, eps=h) - np.exp(x) for h in steps])
slope_forward = np.polyfit(np.log(steps), np.log(forward), 1)[0]
slope_central = np.polyfit(np.log(steps), np.log(central), 1)[0]
print(f"forward difference: order {slope_forward:.3f}")
print(f"central difference: order {slope_central:.3f}")
assert abs(slope_forward - 1) < 0.05
assert abs(slope_central - 2) < 0.05

# %% [markdown]
# ## Exercise 3: the gradient of least squares
#
# For a data matrix $X$ ($n \times d$) and targets $y$, the mean squared
# error of a linear model is
#
# $$
# f(w) = \frac{1}{n} \lVert X w - y \rVert^2 .
# $$
#
# Derive $\nabla f(w)$, check it with `gradient_check` at a random $w$, and
# verify that it vanishes at the least-squares solution returned by
# `numpy.linalg.lstsq`. Use the data generated below.

# %%
rng = np.random.default_rng(3)
n, d = 40, 3
X = rng.normal(size=(n, d)) * [1.0, 3.0, 0.3]  # features on different scales
y = X @ np.array([1.0, -2.0, 0.5]) + 0.1 * rng.normal(size=n)

# %% [markdown]
# ### Solution to exercise 3
#
# Expanding $f(w) = \frac1n (w^\top X^\top X w - 2 y^\top X w + y^\top y)$ and
# differentiating each term,
#
# $$
# \nabla f(w) = \frac{2}{n} X^\top (X w - y).
# $$
#
# Setting it to zero gives the normal equations $X^\top X w = X^\top y$,
# whose solution is exactly what `lstsq` computes.


# %%
def mse(w):
    return float(np.mean((X @ w - y) ** 2))


def grad_mse(w):
    return 2 / n * X.T @ (X @ w - y)


error = gradient_check(mse, grad_mse, rng.normal(size=d))
w_best = np.linalg.lstsq(X, y, rcond=None)[0]
# Both are rounding noise, so print bounds: their digits vary by computer.
assert error < 1e-6
assert np.allclose(grad_mse(w_best), 0, atol=1e-10)
print("gradient check: relative error < 1e-6")
print("gradient at the lstsq solution: every |entry| < 1e-10")

# %% [markdown]
# ## Exercise 4: a learning rate from the Hessian
#
# For the loss of Exercise 3, compute the Hessian (by hand and with
# `hessian`), its largest eigenvalue $\lambda_{\max}$, and run gradient
# descent from $w = 0$ with $\eta = 1/\lambda_{\max}$ until it matches the
# `lstsq` solution to six decimals. Then show that $\eta = 2.1/\lambda_{\max}$
# diverges. Why does it take so many steps?

# %% [markdown]
# ### Solution to exercise 4
#
# Differentiating the gradient once more gives a constant Hessian,
# $H = \frac{2}{n} X^\top X$. Its eigenvalues are the curvatures along its
# eigenvectors; the largest one caps the learning rate at $2/\lambda_{\max}$.
# The features were drawn on very different scales, so the condition number
# is large and the gentle direction converges slowly: each step shrinks the
# error along it only by $1 - \lambda_{\min}/\lambda_{\max}$.

# %%
H = 2 / n * X.T @ X
assert np.allclose(hessian(mse, np.zeros(d)), H, atol=1e-5)
lam = np.linalg.eigvalsh(H)
print(f"eigenvalues of H: {np.round(lam, 4)}, kappa = {lam[-1] / lam[0]:.1f}")

path = gradient_descent(
    grad_mse, np.zeros(d), learning_rate=1 / lam[-1], n_steps=5000, tol=1e-12
)
print(f"end point:      {np.round(path[-1], 6)}")
print(f"lstsq solution: {np.round(w_best, 6)}")
assert np.allclose(path[-1], w_best, atol=1e-6)

# How many steps, and why: the part of the first step along the gentle
# eigenvector shrinks by 1 - lambda_min / lambda_max per step, and the run
# stops when it falls below tol = 1e-12.
steps = len(path) - 1
gentle = np.linalg.eigh(H)[1][:, 0] @ (grad_mse(np.zeros(d)) / lam[-1])
predicted = np.log(1e-12 / abs(gentle)) / np.log(1 - lam[0] / lam[-1])
print(
    f"stopped after about {round(steps, -2):,} steps; "
    f"the gentle direction predicts about {round(predicted, -2):,.0f}"
)
assert abs(steps - predicted) < 10

too_big = gradient_descent(
    grad_mse, np.zeros(d), learning_rate=2.1 / lam[-1], n_steps=200
)
growth = np.linalg.norm(too_big[-1] - w_best) / np.linalg.norm(w_best)
print(f"eta = 2.1 / lambda_max: distance to the solution grew {growth:.1e}-fold")
assert growth > 1e3

# %% [markdown]
# ## Exercise 5: the chain rule for logistic regression
#
# A logistic model predicts $p = \sigma(w x + b)$ and pays the log-loss
# $\mathcal{L} = -[\,y \log p + (1 - y)\log(1 - p)\,]$. Use the chain rule to
# show that
#
# $$
# \frac{\partial \mathcal{L}}{\partial w} = (p - y)\,x, \qquad
# \frac{\partial \mathcal{L}}{\partial b} = p - y ,
# $$
#
# and check both against central differences of
# `mlfound.nn.binary_cross_entropy` at $x = 1.5$, $y = 1$, $w = -0.4$,
# $b = 0.2$.

# %% [markdown]
# ### Solution to exercise 5
#
# With $z = wx + b$, the three local derivatives are
#
# $$
# \frac{\partial \mathcal{L}}{\partial p} = -\frac{y}{p} + \frac{1 - y}{1 - p}
# = \frac{p - y}{p(1 - p)}, \qquad
# \frac{\partial p}{\partial z} = p(1 - p), \qquad
# \frac{\partial z}{\partial w} = x, \quad \frac{\partial z}{\partial b} = 1 .
# $$
#
# The first two multiply to $\partial \mathcal{L}/\partial z = p - y$: the
# sigmoid's derivative cancels, which is why this pairing of sigmoid and
# log-loss is so convenient.

# %%
x_point, y_label = 1.5, 1


def log_loss(params):
    w, b = params
    return binary_cross_entropy([y_label], [sigmoid(w * x_point + b)])


params = np.array([-0.4, 0.2])
p = sigmoid(params[0] * x_point + params[1])
by_chain_rule = np.array([(p - y_label) * x_point, p - y_label])
numeric = numerical_gradient(log_loss, params)
print("chain rule:", " ".join(f"{v:+.6f}" for v in by_chain_rule))
print("central:   ", " ".join(f"{v:+.6f}" for v in numeric))
assert np.allclose(by_chain_rule, numeric, rtol=1e-7)

# %% [markdown]
# ## Exercise 6: the best fixed learning rate
#
# For $f(w) = \frac12 w^\top H w$ with
#
# $$
# H = \begin{bmatrix} 2 & 1 \\ 1 & 4 \end{bmatrix},
# $$
#
# the error along eigenvector $i$ shrinks by
# $\lvert 1 - \eta \lambda_i \rvert$ per step. Argue that the learning rate
# that minimises the worse of the two factors is
# $\eta^\star = 2 / (\lambda_{\min} + \lambda_{\max})$, with factor
# $(\kappa - 1)/(\kappa + 1)$. Then find the best $\eta$ experimentally: for
# a grid of learning rates, run 60 steps from $(3, 2)$ and measure the
# average factor per step.

# %% [markdown]
# ### Solution to exercise 6
#
# As $\eta$ grows, $\lvert 1 - \eta\lambda_{\min}\rvert = 1 - \eta\lambda_{\min}$
# falls while $\lvert 1 - \eta\lambda_{\max}\rvert$ eventually rises, so the
# larger of the two is smallest where they are equal with opposite signs:
# $1 - \eta\lambda_{\min} = \eta\lambda_{\max} - 1$, giving $\eta^\star$ above
# and the common factor
# $1 - 2\lambda_{\min}/(\lambda_{\min} + \lambda_{\max}) = (\kappa - 1)/(\kappa + 1)$.

# %%
H2 = np.array([[2.0, 1.0], [1.0, 4.0]])
lam2 = np.linalg.eigvalsh(H2)
kappa = lam2[1] / lam2[0]
etas = np.linspace(0.05, 0.45, 81)
rates = []
for eta in etas:
    run = gradient_descent(lambda w: H2 @ w, [3.0, 2.0], learning_rate=eta, n_steps=60)
    rates.append((np.linalg.norm(run[-1]) / np.linalg.norm(run[0])) ** (1 / 60))
best = etas[np.argmin(rates)]
print(f"best eta on the grid: {best:.3f}, theory {2 / (lam2[0] + lam2[1]):.3f}")
print(f"its factor per step:  {min(rates):.4f}, theory {(kappa - 1) / (kappa + 1):.4f}")
assert abs(best - 2 / (lam2[0] + lam2[1])) <= etas[1] - etas[0]
assert abs(min(rates) - (kappa - 1) / (kappa + 1)) < 0.01

# %% [markdown]
# ## Exercise 7: the Jacobian of the softmax
#
# Show that the Jacobian of the softmax $p = \operatorname{softmax}(z)$ is
# $J = \operatorname{diag}(p) - p p^\top$, check the formula with `jacobian`
# at z = (1, -0.5, 2, 0), and explain why every column of J sums to zero
# and why J maps the vector of ones to zero.

# %% [markdown]
# ### Solution to exercise 7
#
# The quotient rule gives $\partial p_i / \partial z_k = p_i (\delta_{ik} -
# p_k)$, with $\delta_{ik}$ = 1 when i = k and 0 otherwise: that is the
# matrix above. The probabilities always sum to 1, so no change of the
# logits changes their sum: each column sums to zero. Adding the same number
# to every logit leaves p unchanged, so J times the vector of ones is zero.

# %%
z = np.array([1.0, -0.5, 2.0, 0.0])
p = softmax(z)
J_formula = np.diag(p) - np.outer(p, p)
J_numeric = jacobian(softmax, z)
print(np.round(J_formula, 4))
assert np.allclose(J_numeric, J_formula, atol=1e-9)
assert np.allclose(J_numeric.sum(axis=0), 0.0, atol=1e-9)
assert np.allclose(J_numeric @ np.ones(4), 0.0, atol=1e-9)

# %% [markdown]
# ## Exercise 8: log-sum-exp is convex
#
# The softmax is the gradient of log-sum-exp, so the matrix of Exercise 7 is
# the Hessian of log-sum-exp. Show that it is positive semidefinite, so that
# log-sum-exp is convex, and confirm it numerically: the Hessian from
# `hessian(logsumexp, z)` has no negative eigenvalue at 100 random points.

# %% [markdown]
# ### Solution to exercise 8
#
# For any vector v,
# $v^\top (\operatorname{diag}(p) - p p^\top) v = \sum_i p_i v_i^2 - (\sum_i
# p_i v_i)^2$. Read p as a probability distribution and v as a random
# variable that takes the value v_i with probability p_i: this is its
# variance, which is never negative. A positive semidefinite Hessian
# everywhere means the function is convex.

# %%
rng = np.random.default_rng(8)
smallest = []
for _ in range(100):
    point = rng.normal(scale=3.0, size=4)
    H_lse = hessian(logsumexp, point)
    q = softmax(point)
    assert np.allclose(H_lse, np.diag(q) - np.outer(q, q), atol=1e-6)
    smallest.append(np.linalg.eigvalsh(H_lse)[0])
assert min(smallest) > -1e-6  # zero up to the error of finite differences
print("smallest eigenvalue over 100 points: > -1e-6 (0 up to rounding)")

# %% [markdown]
# ## Exercise 9: the order of Newton's method
#
# For $f(w) = \log(1 + e^{-w}) + w^2 / 2$, the log-loss of one example with
# a penalty, run Newton's method from w = 3 and estimate its order of
# convergence q (the error behaves like C e^q from one step to the next)
# from three successive errors. Find the minimiser independently with
# `scipy.optimize.brentq` on the derivative. Compare with gradient descent at
# learning rate 1.

# %% [markdown]
# ### Solution to exercise 9
#
# The derivatives are $f'(w) = w - \sigma(-w)$ and
# $f''(w) = 1 + \sigma(w)(1 - \sigma(w)) \ge 1$, so f is strongly convex and
# Newton's method converges quadratically: the estimates of q approach 2.
# Gradient descent converges linearly (q = 1): its error shrinks by a
# constant factor.


# %%
def d_loss(w):
    return w - sigmoid(-w)


def d2_loss(w):
    return 1 + sigmoid(w) * (1 - sigmoid(w))


w_min = brentq(d_loss, -5.0, 5.0, xtol=1e-15)
newton_errors = np.abs(newton(d_loss, d2_loss, 3.0, n_steps=3) - w_min)
orders = np.log(newton_errors[2:] / newton_errors[1:-1]) / np.log(
    newton_errors[1:-1] / newton_errors[:-2]
)
print("Newton errors:", " ".join(f"{e:.1e}" for e in newton_errors))
print("estimated orders:", np.round(orders, 2))
gd_errors = np.abs(gradient_descent(d_loss, 3.0, learning_rate=1.0, n_steps=8) - w_min)
gd_orders = np.log(gd_errors[2:] / gd_errors[1:-1]) / np.log(
    gd_errors[1:-1] / gd_errors[:-2]
)
print("gradient descent orders:", np.round(gd_orders[-3:], 2))
assert abs(orders[-1] - 2) < 0.1
assert np.all(np.abs(gd_orders[-3:] - 1) < 0.05)

# %% [markdown]
# ## Exercise 10: momentum on a badly conditioned quadratic
#
# For the quadratic with Hessian diag(1, 100), run `momentum` with the tuned
# learning rate and momentum given on the momentum page of this chapter, and
# gradient descent at its best fixed step, both from (1, 1). Count the steps
# each needs to come within 1e-8 of the minimum, and predict the ratio of the
# two counts from their rates per step.

# %% [markdown]
# ### Solution to exercise 10
#
# The condition number is 100, so the rates are 9/11 for momentum (the square
# root of the condition number enters) and 99/101 for gradient descent.
# Reaching a tolerance takes about log(tol) / log(rate) steps, so momentum
# should need about a tenth of the steps. The measured ratio is a little
# larger: at the tuned momentum the recursion has a double root, and the
# error behaves like t times rate to the power t, which costs a few extra
# steps.

# %%
H10 = np.diag([1.0, 100.0])
mu, L = 1.0, 100.0
kappa10 = L / mu
eta10 = 4 / (np.sqrt(L) + np.sqrt(mu)) ** 2
beta10 = ((np.sqrt(kappa10) - 1) / (np.sqrt(kappa10) + 1)) ** 2
heavy = momentum(
    lambda w: H10 @ w, [1.0, 1.0], learning_rate=eta10, n_steps=3000, beta=beta10
)
plain = gradient_descent(
    lambda w: H10 @ w, [1.0, 1.0], learning_rate=2 / (mu + L), n_steps=3000
)
steps_heavy = int(np.argmax(np.linalg.norm(heavy, axis=1) < 1e-8))
steps_plain = int(np.argmax(np.linalg.norm(plain, axis=1) < 1e-8))
predicted = np.log((kappa10 - 1) / (kappa10 + 1)) / np.log(
    (np.sqrt(kappa10) - 1) / (np.sqrt(kappa10) + 1)
)
print(f"steps to 1e-8: momentum {steps_heavy}, gradient descent {steps_plain}")
print(f"ratio {steps_heavy / steps_plain:.3f}, predicted {predicted:.3f}")
# about a tenth of the steps; a little more, because at the tuned beta the
# two roots of the heavy-ball recursion coincide and the error decays like
# t rate^t rather than rate^t
assert predicted < steps_heavy / steps_plain < 1.5 * predicted

# %% [markdown]
# ## Exercise 11: a Lagrange multiplier for a projection
#
# Find the point of the hyperplane $a^\top x = b$ closest to a point p, by
# minimising the squared distance to p under that constraint with a Lagrange
# multiplier. Check your formula for a = (1, 2, -2), b = 3 and p = (2, 0, 1)
# against `mlfound.linalg.project_onto_hyperplane` and against scipy's SLSQP
# solver, and compute the multiplier.

# %% [markdown]
# ### Solution to exercise 11
#
# Lagrange's condition $2(x - p) = \lambda a$ says that the closest point is
# reached from p along the normal a. Putting $x = p + \lambda a / 2$ into the
# constraint gives $\lambda = 2 (b - a^\top p) / \lVert a \rVert^2$, and the
# point $x = p - (a^\top p - b)\, a / \lVert a \rVert^2$.

# %%
a = np.array([1.0, 2.0, -2.0])
b, p_point = 3.0, np.array([2.0, 0.0, 1.0])
multiplier = 2 * (b - a @ p_point) / (a @ a)
x_lagrange = p_point + multiplier / 2 * a
x_library = project_onto_hyperplane(p_point, a, offset=b)
x_scipy = minimize(
    lambda x: np.sum((x - p_point) ** 2),
    np.zeros(3),
    constraints=[{"type": "eq", "fun": lambda x: a @ x - b}],
    method="SLSQP",
    options={"ftol": 1e-14},
).x
print(f"multiplier {multiplier:.4f}, closest point {np.round(x_lagrange, 4)}")
assert np.isclose(a @ x_lagrange, b)
assert np.allclose(x_lagrange, x_library) and np.allclose(
    x_lagrange, x_scipy, atol=1e-6
)

# %% [markdown]
# ## Exercise 12: automatic differentiation of logistic regression
#
# Use `mlfound.autodiff.Value` to compute the gradient of the mean log-loss
# of logistic regression for the five points below at w = (0.3, -0.7),
# writing the loss one scalar operation at a time, and compare with the
# formula of the Jacobians page.
# Then write $\tanh z = (e^{2z} - 1) / (e^{2z} + 1)$ with `Value` operations
# and check that backward gives the same derivative as `Value.tanh`.

# %%
X12 = np.array([[0.5, 1.0], [-1.2, 0.3], [2.0, -0.5], [0.1, 0.1], [-0.7, -1.5]])
y12 = np.array([1, 0, 1, 1, 0])

# %% [markdown]
# ### Solution to exercise 12
#
# Each product, sum, sigmoid and log records its local derivative, and one
# call of `backward` on the loss fills in both partial derivatives. The
# result must equal the closed form to rounding error, because autodiff
# applies exactly the chain rule that derived it.

# %%
w_values = [Value(0.3), Value(-0.7)]
total = 0.0
for (x1, x2), label in zip(X12, y12, strict=True):
    prob = (x1 * w_values[0] + x2 * w_values[1]).sigmoid()
    total = total - (prob.log() if label == 1 else (1 - prob).log())
loss12 = total / len(y12)
loss12.backward()
by_autodiff = np.array([v.grad for v in w_values])
w12 = np.array([0.3, -0.7])
by_formula = X12.T @ (sigmoid(X12 @ w12) - y12) / len(y12)
print(f"autodiff {by_autodiff}, formula {by_formula}")
assert np.allclose(by_autodiff, by_formula, rtol=1e-12)

for z0 in [-2.0, 0.3, 1.5]:
    z1, z2 = Value(z0), Value(z0)
    e = (2 * z1).exp()
    by_exp = (e - 1) / (e + 1)
    by_exp.backward()
    builtin = z2.tanh()
    builtin.backward()
    assert np.isclose(by_exp.data, np.tanh(z0))
    assert np.isclose(z1.grad, z2.grad) and np.isclose(z1.grad, 1 - np.tanh(z0) ** 2)
print("tanh written with exp: same value and derivative as Value.tanh")

# %% [markdown]
# ## Exercise 13: why Adam corrects its bias
#
# Run the first step of Adam by hand without the bias correction (dividing
# the raw running means, not the corrected ones) for the gradient
# g = (0.02, -5) and learning rate 0.1, and compare with the first step of
# `mlfound.optim.adam`. By what factor is the uncorrected step too large?

# %% [markdown]
# ### Solution to exercise 13
#
# After one step the running means are $(1 - \beta_1) g$ and
# $(1 - \beta_2) g^2$, so the uncorrected step is the learning rate times
# $(1 - \beta_1) / \sqrt{1 - \beta_2}$, about 3.16, while the corrected step
# is the learning rate itself. The corrections matter most at the start,
# where the running means have seen only one gradient.

# %%
g13 = np.array([0.02, -5.0])
eta13, beta1, beta2, eps = 0.1, 0.9, 0.999, 1e-8
m1, v1 = (1 - beta1) * g13, (1 - beta2) * g13**2
uncorrected = -eta13 * m1 / (np.sqrt(v1) + eps)
corrected = adam(lambda w: g13, np.zeros(2), learning_rate=eta13, n_steps=1)[1]
factor = np.abs(uncorrected) / np.abs(corrected)
print(f"uncorrected step {np.round(uncorrected, 4)}, Adam's {np.round(corrected, 4)}")
print(f"factor {np.round(factor, 4)}, predicted {(1 - beta1) / np.sqrt(1 - beta2):.4f}")
# equal up to the eps in the denominators
assert np.allclose(np.abs(corrected), eta13, rtol=1e-5)
assert np.allclose(factor, (1 - beta1) / np.sqrt(1 - beta2), rtol=1e-4)
