"""P(fair) after each flip: the ten heads, and a simulated fair coin."""

import numpy as np

from mlfound.figures import figure, to_html
from mlfound.probability import sequential_posterior

p_heads = np.array([0.5, 0.9])  # fair, biased


def p_fair_path(flips):
    """P(fair) before any flip and after each one, from prior 0.5 each."""
    rows = np.where(flips[:, None] == 1, p_heads, 1 - p_heads)
    return sequential_posterior([0.5, 0.5], rows)[:, 0]


heads = np.ones(10, dtype=int)
fair_flips = (np.random.default_rng(seed=3).random(30) < 0.5).astype(int)
# The caption's claims: every head lowers P(fair), every tail raises it.
steps = np.diff(p_fair_path(fair_flips))
assert np.all((steps < 0) == (fair_flips == 1))

fig, ax = figure(width=6.4, height=3.6)
ax.plot(p_fair_path(heads), "o-", markersize=4, label="ten heads in a row")
ax.plot(
    p_fair_path(fair_flips),
    "s-",
    markersize=3,
    label="30 flips of a fair coin (simulated)",
)
ax.axhline(0.5, linestyle=":", linewidth=1, color="#999999")
ax.set(
    xlabel="number of flips seen",
    ylabel="P(fair | flips so far)",
    ylim=(-0.02, 1.02),
)
ax.legend(loc="lower right")
print(
    to_html(
        fig,
        title="Posterior probability of a fair coin flip by flip",
        caption="Each head moves belief towards the biased coin (p = 0.9); "
        "each tail is strong evidence for the fair one, because the biased "
        "coin rarely shows tails.",
    )
)
