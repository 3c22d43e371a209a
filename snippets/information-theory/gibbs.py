"""KL divergence is never negative: checked on 10,000 random pairs.

Each pair (p, q) is drawn from a Dirichlet distribution on five outcomes, so
p != q. kl_divergence clips a result of rounding error at 0, so a check of
its sign proves nothing; the block checks the unclipped sum from
scipy.special.rel_entr instead, and the stronger lower bound of Pinsker's
inequality, D_KL(p || q) >= ||p - q||_1^2 / (2 ln 2) bits.
"""

import numpy as np
from scipy.special import rel_entr

from mlfound.information import kl_divergence

rng = np.random.default_rng(7)
n_pairs, k = 10_000, 5
p = rng.dirichlet(np.ones(k), size=n_pairs)
q = rng.dirichlet(np.ones(k), size=n_pairs)

ours = np.array([kl_divergence(a, b) for a, b in zip(p, q, strict=True)])
unclipped = rel_entr(p, q).sum(axis=1) / np.log(2)  # sum p log(p / q), in bits
pinsker = np.abs(p - q).sum(axis=1) ** 2 / (2 * np.log(2))
closest = np.argmin(unclipped)
smallest, l1_closest = unclipped[closest], np.abs(p - q)[closest].sum()
n_below = int(np.sum(unclipped < pinsker))

self_kl = max(kl_divergence(a, a) for a in p)
print(f"{n_pairs:,} random pairs on {k} outcomes")
print(f"smallest unclipped sum:  {smallest:.2e} bits")
print(f"  its pair differs by ||p - q||_1 = {l1_closest:.3f}")
print(f"pairs below Pinsker's bound: {n_below}")
print("largest |kl_divergence - unclipped sum| < 1e-12 bits")
print(f"D_KL(p || p) for every p: {self_kl:.1f}")

assert np.allclose(ours, unclipped, rtol=1e-12, atol=1e-12)
assert smallest > 0  # strictly positive where p != q
assert n_below == 0  # and above the bound, pair by pair
assert self_kl == 0.0
