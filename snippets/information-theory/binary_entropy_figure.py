"""The binary entropy curve H_b(p) = -p log2 p - (1 - p) log2 (1 - p)."""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html
from mlfound.information import binary_entropy

p = np.linspace(0.0, 1.0, 401)
h = binary_entropy(p)
# The page's reading of the curve: 0 at the ends, one bit at p = 0.5, and
# steep near the ends: going from 0% to 10% adds more than 40% to 50% does.
assert h[0] == h[-1] == 0.0 and h.max() == binary_entropy(0.5) == 1.0
gain_near_end = binary_entropy(0.1) - binary_entropy(0.0)
gain_in_middle = binary_entropy(0.5) - binary_entropy(0.4)
assert gain_near_end > 5 * gain_in_middle

fig, ax = figure(width=6.4, height=3.8)
ax.plot(p, h, color=PALETTE[0])
# label offsets in points: below the peak, to the right of the p = 0.9 dot
for prob, offset, align in ((0.5, (0, -24), "center"), (0.9, (8, 4), "left")):
    value = binary_entropy(prob)
    ax.plot([prob], [value], "o", color=PALETTE[1], markersize=6)
    ax.annotate(
        f"p = {prob}: {value:.3f} bits",
        (prob, value),
        xytext=offset,
        textcoords="offset points",
        ha=align,
    )
ax.set(
    xlabel="p, the probability of heads",
    ylabel="entropy (bits)",
    xlim=(0, 1),
    ylim=(0, 1.1),
)
print(
    to_html(
        fig,
        title="Binary entropy curve",
        caption="The entropy of a coin is largest, one bit, when both sides "
        "are equally likely, and falls to zero as the coin becomes certain. "
        "The curve is symmetric about p = 0.5.",
    )
)
