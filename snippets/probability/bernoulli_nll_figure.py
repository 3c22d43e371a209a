"""The Bernoulli negative log-likelihood against p, with its minimum."""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html
from mlfound.probability import bernoulli_nll

rng = np.random.default_rng(seed=0)
y = (rng.random(1_000) < 0.7).astype(int)  # the coin of the text blocks
p_hat = y.mean()

grid = np.linspace(0.02, 0.98, 241)
loss = [bernoulli_nll(y, p) for p in grid]
# The caption's claim: smallest at the fraction of ones (to the grid step).
assert abs(grid[np.argmin(loss)] - p_hat) <= grid[1] - grid[0]

fig, ax = figure(width=6.4, height=3.6)
ax.plot(grid, loss, label="mean negative log-likelihood")
ax.plot(
    p_hat,
    bernoulli_nll(y, p_hat),
    "o",
    markersize=8,
    color=PALETTE[3],
    label=f"minimum at p = mean(y) = {p_hat:.3f}",
)
ax.set(
    xlabel="p, the predicted probability of a 1",
    ylabel="loss per example (nats)",
    ylim=(0, 2.5),
)
ax.legend(loc="upper center")
print(
    to_html(
        fig,
        title="Bernoulli negative log-likelihood of a coin",
        caption="The average negative log-likelihood of 1,000 Bernoulli(0.7) "
        "draws for every constant prediction p. It is the binary "
        "cross-entropy, and it is smallest at the fraction of ones.",
    )
)
