"""Two distributions and the outcome-by-outcome terms of their KL divergence.

Left: p (two peaks) and q (one broad peak). Right: the terms
p_i log2(p_i / q_i) of D_KL(p || q) and q_i log2(q_i / p_i) of D_KL(q || p).
Single terms can be negative, but each sum is not.
"""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html
from mlfound.information import kl_divergence

p = np.array([0.30, 0.15, 0.03, 0.02, 0.02, 0.03, 0.15, 0.30])
q = np.array([0.05, 0.10, 0.15, 0.20, 0.20, 0.15, 0.10, 0.05])
outcomes = np.arange(p.size)
width = 0.4

fig, (left, right) = figure(1, 2, width=9.0, height=3.6)
left.bar(outcomes - width / 2, p, width, color=PALETTE[0], label="p")
left.bar(outcomes + width / 2, q, width, color=PALETTE[1], label="q")
left.set(xlabel="outcome", ylabel="probability", xticks=outcomes)
left.legend()

pq_terms = p * np.log2(p / q)
qp_terms = q * np.log2(q / p)
# The page's reading: single terms can be negative, each sum is not;
# D_KL(p || q) gets its bits at the ends, D_KL(q || p) in the middle.
assert (
    pq_terms.min() < 0 < pq_terms.sum() and qp_terms.min() < 0 < qp_terms.sum()
)
ends, middle = [0, 1, 6, 7], [2, 3, 4, 5]
assert (
    pq_terms[ends].sum() > pq_terms.sum()
    and qp_terms[middle].sum() > qp_terms.sum()
)
pq_label = f"D_KL(p || q) = {kl_divergence(p, q):.3f} bits"
qp_label = f"D_KL(q || p) = {kl_divergence(q, p):.3f} bits"
shift = width / 2
right.bar(outcomes - shift, pq_terms, width, color=PALETTE[2], label=pq_label)
right.bar(outcomes + shift, qp_terms, width, color=PALETTE[3], label=qp_label)
right.axhline(0.0, color="grey", linewidth=0.8)
right.set(xlabel="outcome", ylabel="term of the sum (bits)", xticks=outcomes)
right.margins(y=0.12)  # room for the legend
right.legend(loc="upper center")
print(
    to_html(
        fig,
        title="Two distributions and their KL terms",
        caption="Left: a two-peaked p and a one-peaked q. Right: the "
        "contribution of each outcome to the KL divergence in each "
        "direction. D_KL(p || q) is dominated by the outer outcomes, where p "
        "is large and q small; D_KL(q || p) by the middle ones.",
    )
)
