"""Cross-entropy splits into entropy plus KL divergence: H(p, q) = H(p) + KL.

p is the true distribution of four outcomes and q a model of it. Coding
outcomes of p with a code built for q costs H(p, q) bits on average; the
best possible code costs H(p); the difference is D_KL(p || q).
"""

import numpy as np
from scipy import stats

from mlfound.information import cross_entropy, entropy, kl_divergence

p = np.array([0.5, 0.25, 0.125, 0.125])
q = np.array([0.25, 0.25, 0.25, 0.25])

h_p = entropy(p)
h_pq = cross_entropy(p, q)
kl = kl_divergence(p, q)
print(f"H(p)          = {h_p:.4f} bits")
print(f"H(p, q)       = {h_pq:.4f} bits")
print(f"D_KL(p || q)  = {kl:.4f} bits")
print(f"H(p) + D_KL   = {h_p + kl:.4f} bits")

# the same three numbers from scipy and from the definitions
by_hand = -np.sum(p * np.log2(q))
scipy_kl = stats.entropy(p, q, base=2)  # two arguments: scipy returns KL
print(f"by hand: H(p, q) = {by_hand:.4f}; scipy: D_KL = {scipy_kl:.4f}")
assert np.isclose(h_pq, h_p + kl) and np.isclose(kl, scipy_kl)
