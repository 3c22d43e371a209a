"""Fits, log evidence and errors of a degree-9 polynomial over prior_var."""

import numpy as np
from scipy import stats

from mlfound.bayes import bayesian_linear_regression
from mlfound.figures import PALETTE, figure, to_html

noise_var, degree = 0.2**2, 9
rng = np.random.default_rng(0)
x = rng.uniform(-1, 1, size=15)
y = np.sin(np.pi * x) + rng.normal(scale=0.2, size=15)
x_test = rng.uniform(-1, 1, size=1000)
y_test = np.sin(np.pi * x_test) + rng.normal(scale=0.2, size=1000)


def features(v):
    return v[:, None] ** np.arange(degree + 1)


Phi, Phi_test = features(x), features(x_test)
prior_vars = np.logspace(-4, 6, 41)
evidence, train_mse, test_mse, means = [], [], [], []
for prior_var in prior_vars:
    cov = noise_var * np.eye(15) + prior_var * Phi @ Phi.T
    evidence.append(stats.multivariate_normal.logpdf(y, np.zeros(15), cov))
    post = bayesian_linear_regression(
        Phi, y, noise_var=noise_var, prior_var=prior_var
    )
    means.append(post.mean)
    train_mse.append(np.mean((Phi @ post.mean - y) ** 2))
    test_mse.append(np.mean((Phi_test @ post.mean - y_test) ** 2))
best = int(np.argmax(evidence))
assert test_mse[best] < 1.2 * min(test_mse)  # the caption's "near"
assert np.all(np.diff(train_mse) < 0)  # training error keeps falling

fig, (top, middle, bottom) = figure(3, 1, width=6.4, height=8.4)
grid = np.linspace(-1, 1, 201)
top.plot(
    grid,
    np.sin(np.pi * grid),
    "--",
    color="0.5",
    linewidth=1.2,
    label="sin(πx)",
)
shown = [(8, PALETTE[1]), (best, PALETTE[2]), (40, PALETTE[3])]
for i, colour in shown:
    top.plot(
        grid,
        features(grid) @ means[i],
        color=colour,
        label=f"prior_var = {prior_vars[i]:.3g}",
    )
top.scatter(x, y, s=20, color="k", zorder=3)
top.set(xlabel="x", ylabel="y", ylim=(-2.2, 2.2))
top.legend(loc="lower right", fontsize=8, ncols=2)
middle.semilogx(prior_vars, evidence, color=PALETTE[0])
middle.set(ylabel="log evidence")
bottom.loglog(prior_vars, train_mse, color=PALETTE[0], label="training")
bottom.loglog(prior_vars, test_mse, color=PALETTE[3], label="fresh points")
bottom.set(xlabel="prior variance of the weights", ylabel="mean squared error")
bottom.legend(loc="lower left", fontsize=9)
for ax in (middle, bottom):
    ax.axvline(prior_vars[best], color=PALETTE[2], linestyle=":")
print(
    to_html(
        fig,
        title="The evidence chooses the prior variance of a polynomial",
        caption="Top: the posterior mean for a narrow prior (underfits), "
        "the prior of largest evidence, and a very wide prior (wiggles "
        "through the noise). Middle: log evidence. Bottom: training error "
        "keeps falling as the prior widens; error on fresh points is "
        "smallest near the evidence's choice (dotted line).",
    )
)
