"""Training curves of the 2-4-1 network for three learning rates."""

import numpy as np

from mlfound.datasets import line_separated
from mlfound.figures import figure, to_html
from mlfound.nn import TwoLayerNetwork

X, y = line_separated(n=100, seed=0)  # labelled by the line x1 + x2 = 0

fig, ax = figure(width=7.2, height=3.8)
finals = []
for eta in (0.1, 1.0, 5.0):
    losses = TwoLayerNetwork(2, 4, seed=0).fit(
        X, y, epochs=2000, learning_rate=eta
    )
    # The page's reading: each curve falls below ln 2 and keeps falling,
    # ever more slowly, without levelling off.
    late = losses[1000:]
    assert losses[-1] < np.log(2) and np.all(np.diff(late) < 0)
    assert late[0] - late[500] > late[-501] - late[-1] > 0
    finals.append(losses[-1])
    ax.plot(losses, label=f"η = {eta}")
assert finals == sorted(finals, reverse=True)  # faster for larger rates
ax.axhline(np.log(2), linestyle=":", color="0.5", label="ln 2 (guess 0.5)")
ax.set(xlabel="epoch", ylabel="binary cross-entropy (nats)", yscale="log")
ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))
print(
    to_html(
        fig,
        title="Training loss of the 2-4-1 network",
        caption="Full-batch gradient descent from the same initial weights. "
        "The loss falls below the ln 2 of a coin-flip guess and keeps "
        "falling, faster for larger learning rates.",
    )
)
