# %% [markdown]
# # Exercises: Calculus
#
# Six exercises, from routine to thoughtful. Each states a task, then gives a
# worked solution whose result is checked by `assert` statements against an
# independent answer (a closed form, a library routine or a numerical
# derivative). Try each one before reading its solution.
#
# The notebook needs only `pip install mlfound`.

# %%
import numpy as np

from mlfound.calculus import (
    gradient_check,
    gradient_descent,
    hessian,
    numerical_gradient,
)
from mlfound.nn import binary_cross_entropy, sigmoid

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
