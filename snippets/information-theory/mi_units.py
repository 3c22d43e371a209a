"""Pitfall: scikit-learn's mutual information is in nats, not bits.

sklearn.metrics.mutual_info_score uses natural logarithms. Compared with a
value in bits it looks wrong until it is converted: a quantity of u nats is
u / ln 2 bits (1 nat is about 1.4427 bits).
"""

import numpy as np
from sklearn.metrics import mutual_info_score

from mlfound.information import mutual_information

rng = np.random.default_rng(0)
x = rng.integers(0, 3, size=1_000)
y = (x + rng.integers(0, 2, size=1_000)) % 3

ours_bits = mutual_information(x, y)
sk_nats = mutual_info_score(x, y)
ours_nats = mutual_information(x, y, base=np.e)
bits_per_nat = 1 / np.log(2)
assert not np.isclose(ours_bits, sk_nats)
assert np.isclose(ours_bits, sk_nats * bits_per_nat)
assert np.isclose(ours_nats, sk_nats)
print(f"mlfound (bits):             {ours_bits:.4f}")
print(f"sklearn, as returned:       {sk_nats:.4f}   <- nats: no match")
print(f"sklearn / ln 2 (bits):      {sk_nats / np.log(2):.4f}")
print(f"mlfound with base=np.e:     {ours_nats:.4f}")
print(f"1 nat = 1 / ln 2 bits =     {bits_per_nat:.4f} bits")
