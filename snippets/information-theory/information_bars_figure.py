"""The entropies of the noisy channel as bars on one scale, in bits.

The same 1,000 samples as the chain rule block. The bottom row splits H(X, Y)
into H(X | Y), I(X; Y) and H(Y | X); the rows above show that H(X) covers the
first two pieces and H(Y) the last two.
"""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html
from mlfound.information import (
    conditional_entropy,
    joint_entropy,
    mutual_information,
)

rng = np.random.default_rng(0)
n = 1_000
x = rng.integers(0, 3, size=n)
y = (x + rng.integers(0, 2, size=n)) % 3
h_xy = joint_entropy(x, y)
h_x_given_y = conditional_entropy(x, y)
h_y_given_x = conditional_entropy(y, x)
mi = mutual_information(x, y)
h_x, h_y = h_x_given_y + mi, h_y_given_x + mi  # the rows the figure draws
# the three pieces tile H(X, Y) exactly (up to rounding)
assert abs(h_x_given_y + mi + h_y_given_x - h_xy) < 1e-12

fig, ax = figure(width=6.4, height=3.4)
rows = [  # (row, name, start, length, colour)
    (3, "H(X, Y)", 0.0, h_xy, "grey"),
    (2, "H(X)", 0.0, h_x, PALETTE[0]),
    (1, "H(Y)", h_x_given_y, h_y, PALETTE[1]),
    (0, "H(X | Y)", 0.0, h_x_given_y, PALETTE[0]),
    (0, "I(X; Y)", h_x_given_y, mi, PALETTE[2]),
    (0, "H(Y | X)", h_x_given_y + mi, h_y_given_x, PALETTE[1]),
]
for row, name, start, length, colour in rows:
    ax.barh(row, length, left=start, height=0.7, color=colour, alpha=0.35)
    ax.barh(row, length, left=start, height=0.7, fill=False, edgecolor="black")
    ax.text(
        start + length / 2,
        row,
        f"{name}\n{length:.3f}",
        ha="center",
        va="center",
        fontsize=10,
    )
for edge in (h_x_given_y, h_x_given_y + mi):
    ax.axvline(edge, color="black", linestyle=":", linewidth=1)
ax.set(xlabel="bits", xlim=(0, 2.7), ylim=(-0.5, 3.5))
ax.set_yticks([3, 2, 1, 0], ["pair", "X", "Y", "split"])
ax.grid(axis="y", visible=False)
print(
    to_html(
        fig,
        title="Entropies of the noisy channel",
        caption="Measured entropies of the 1,000 channel samples, in bits. "
        "The bottom row splits the joint entropy H(X, Y) into what only X "
        "carries, H(X | Y), what the two share, I(X; Y), and what only Y "
        "carries, H(Y | X). H(X) spans the first two pieces and H(Y) the "
        "last two: that is the chain rule.",
    )
)
