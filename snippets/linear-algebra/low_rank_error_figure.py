"""The singular values of the photograph and the error of every rank.

Left: the singular values on a log scale. Right: the relative Frobenius
error of the best rank-r matrix, computed from the dropped singular values
and checked at a few ranks against low_rank_approximation.
"""

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.cbook import get_sample_data

from mlfound.figures import PALETTE, figure, to_html
from mlfound.linalg import low_rank_approximation

photo = plt.imread(get_sample_data("grace_hopper.jpg", asfileobj=False))
rgb = photo[20:404:2, 64:448:2] / 255.0  # the face, at half size
A = rgb @ np.array([0.299, 0.587, 0.114])  # luminance: (192, 192)
s = np.linalg.svd(A, compute_uv=False)
ranks = np.arange(1, s.size + 1)
# ||A - A_r||_F^2 = sum of s_i^2 for i > r: a reversed cumulative sum.
dropped = np.sqrt(np.append(np.cumsum((s**2)[::-1])[::-1][1:], 0.0))
relative = dropped / np.linalg.norm(A)

checked = [1, 10, 40, 160]
direct = [np.linalg.norm(A - low_rank_approximation(A, r)) for r in checked]
# The caption's claim: the dots sit on the curve Eckart-Young predicts.
assert np.allclose(direct, dropped[np.array(checked) - 1])

fig, (left, right) = figure(1, 2, width=8.6, height=3.6)
left.semilogy(ranks, s, color=PALETTE[0])
left.set(title="singular values", xlabel="index i", ylabel="s_i")
right.plot(
    ranks, relative, color=PALETTE[1], label="from dropped singular values"
)
right.plot(
    checked,
    np.array(direct) / np.linalg.norm(A),
    "o",
    color=PALETTE[2],
    label="||A - A_r|| computed directly",
)
right.set(
    title="relative error ||A - A_r||_F / ||A||_F",
    xlabel="rank r",
    ylim=(0, 0.5),
)
right.legend()
print(
    to_html(
        fig,
        title="Singular values and rank-r error of the photograph",
        caption="The singular values fall fast at first and then slowly, so "
        "the error drops steeply for small ranks and then creeps to zero at "
        "full rank. The dots, the error of low_rank_approximation, sit on "
        "the curve predicted by the Eckart-Young theorem.",
    )
)
