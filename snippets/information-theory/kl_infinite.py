"""KL divergence is infinite when q gives probability 0 to an outcome p allows.

p never shows the third outcome (index 2); q does. D_KL(p || q) is finite,
but D_KL(q || p) is infinite: q expects an outcome that p calls impossible.
Smoothing p with a small eps makes it finite, yet the value is set by eps,
not by the data: each thousandfold cut in eps adds q_3 log2(1000) bits.
"""

import numpy as np
from scipy import stats

from mlfound.information import kl_divergence

p = np.array([0.5, 0.5, 0.0])
q = np.array([0.25, 0.25, 0.5])
for name, a, b in (("D_KL(p || q)", p, q), ("D_KL(q || p)", q, p)):
    ours = kl_divergence(a, b)
    theirs = stats.entropy(a, b, base=2)
    print(f"{name} = {ours:.4f} bits (scipy {theirs:.4f})")
assert np.isfinite(kl_divergence(p, q)) and np.isinf(kl_divergence(q, p))

print("after smoothing p -> (p + eps) / (1 + 3 eps):")
smoothed_kl = []
for eps in (1e-3, 1e-6, 1e-9):
    smoothed = (p + eps) / (1 + 3 * eps)
    kl = kl_divergence(q, smoothed)
    smoothed_kl.append(kl)
    print(f"  eps = {eps:.0e}: D_KL(q || p) = {kl:.2f} bits")
step = q[2] * np.log2(1000)  # q_3 log2(1000): the third outcome's term
assert np.allclose(np.diff(smoothed_kl), step, atol=0.01)
