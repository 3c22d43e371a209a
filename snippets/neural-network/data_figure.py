"""The 100 labelled points and the line x1 + x2 = 0 that separates them."""

import numpy as np

from mlfound.datasets import line_separated
from mlfound.figures import PALETTE, figure, to_html

X, y = line_separated(n=100, seed=0)  # labelled by the line x1 + x2 = 0

fig, ax = figure(width=6.4, height=4.4)
for label, colour, marker in ((0, PALETTE[0], "o"), (1, PALETTE[1], "s")):
    points = X[y == label]
    ax.scatter(
        points[:, 0],
        points[:, 1],
        c=colour,
        marker=marker,
        s=28,
        label=f"y = {label}",
    )
line = np.array([-3.0, 3.0])
ax.plot(line, -line, "--", color=PALETTE[2], label="x1 + x2 = 0")
ax.set(xlabel="x1", ylabel="x2", xlim=(-3, 3), ylim=(-3, 3), aspect="equal")
ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0))
print(
    to_html(
        fig,
        title="Linearly separable training data",
        caption="One hundred standard normal points; a point is labelled 1 "
        "when x1 + x2 > 0, so the dashed line separates the two classes.",
    )
)
