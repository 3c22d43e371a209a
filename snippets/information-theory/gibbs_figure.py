"""The proof that KL is never negative, drawn: Jensen for the concave log2.

For the chapter's p (two peaks) and q (one broad peak), the ratios
t_i = q_i / p_i are placed on the curve log2 t, each with weight p_i. Their
centre of mass is (E_p[t], E_p[log2 t]) = (1, -D_KL(p || q)), and the curve
at t = 1 is log2 1 = 0: the vertical gap is the divergence.
"""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html
from mlfound.information import kl_divergence

p = np.array([0.30, 0.15, 0.03, 0.02, 0.02, 0.03, 0.15, 0.30])
q = np.array([0.05, 0.10, 0.15, 0.20, 0.20, 0.15, 0.10, 0.05])
ratio = q / p
mean_ratio = p @ ratio  # = sum q_i = 1
mean_log = p @ np.log2(ratio)  # = -D_KL(p || q)
kl = kl_divergence(p, q)
assert np.isclose(mean_ratio, 1.0) and np.isclose(mean_log, -kl)

t = np.linspace(0.08, 11.0, 300)
order = np.argsort(ratio)
fig, ax = figure(width=6.4, height=4.0)
ax.plot(t, np.log2(t), color=PALETTE[0], label="log2(t), concave")
ax.fill(
    ratio[order],
    np.log2(ratio[order]),
    color=PALETTE[0],
    alpha=0.15,
    linewidth=0,
)
ax.scatter(
    ratio,
    np.log2(ratio),
    s=1500 * p,
    color=PALETTE[0],
    zorder=3,
    label="t_i = q_i / p_i, dot area ~ p_i",
)
ax.plot(
    [1.0],
    [0.0],
    "o",
    color=PALETTE[1],
    markersize=8,
    label="log2(E_p[t]) = log2(1) = 0",
)
ax.plot(
    [mean_ratio],
    [mean_log],
    "s",
    color=PALETTE[3],
    markersize=8,
    label="E_p[log2 t] = -D_KL(p || q)",
)
ax.annotate(
    "",
    xy=(1.0, 0.0),
    xytext=(1.0, mean_log),
    arrowprops={"arrowstyle": "<->", "color": "black"},
)
ax.annotate(
    f"D_KL(p || q) = {kl:.3f} bits",
    (1.0, mean_log / 2),
    xytext=(8, 0),
    textcoords="offset points",
    va="center",
)
ax.axhline(0.0, color="grey", linewidth=0.8)
ax.set(xlabel="t", ylabel="log2(t)", xlim=(0, 11), ylim=(-3.2, 5.8))
ax.legend(loc="upper left")
print(
    to_html(
        fig,
        title="Jensen's inequality proves that KL is never negative",
        caption="The ratios q_i / p_i of the two distributions of the "
        "asymmetry example, on the concave curve log2(t), each weighted by "
        "p_i. Their average ratio is 1, where the curve is at 0; their "
        "average logarithm (square) lies below the curve, at minus the KL "
        "divergence.",
    )
)
