"""Pitfall: the size of the determinant is no test of singularity.

Three 100 x 100 matrices. 0.1 I has a tiny determinant and is perfectly
conditioned; 10 I has a huge one and is just as good; C, which is 10 I
with its last row made to nearly copy the row before, has a huge
determinant and is singular to working precision. Rank and condition
number tell them apart; the determinant only measures volume, which
scales like c^n when a matrix is scaled by c.
"""

import numpy as np

from mlfound.linalg import condition_number, determinant

n = 100
C = 10.0 * np.eye(n)
C[-1, -2], C[-1, -1] = 10.0, 1e-15  # last row = row before + 1e-15 e_n
cases = {"0.1 I": 0.1 * np.eye(n), "10 I": 10.0 * np.eye(n), "C": C}
print(f"{'matrix':6} {'det':>8} {'rank':>5} {'kappa':>6}")
for name, M in cases.items():
    det, kappa = determinant(M), condition_number(M)
    rank = np.linalg.matrix_rank(M)
    print(f"{name:6} {det:8.0e} {rank:5d} {kappa:6.1f}")
det_small, det_c = determinant(cases["0.1 I"]), determinant(C)
rank_c = int(np.linalg.matrix_rank(C))
assert np.isclose(det_small, 1e-100, rtol=1e-12)
assert abs(condition_number(cases["0.1 I"]) - 1.0) < 1e-12
assert np.linalg.matrix_rank(cases["0.1 I"]) == n
assert det_c > 1e80 and condition_number(C) == np.inf
assert rank_c == n - 1

# Scaling by c multiplies the determinant by c^n: 0.1 I of size 400 has
# det 1e-400, below the smallest float, while slogdet keeps its logarithm.
tiny = determinant(0.1 * np.eye(400))
sign, log_det = np.linalg.slogdet(0.1 * np.eye(400))
print(
    f"det(0.1 I_400) = {tiny}, slogdet: log10|det| = "
    f"{log_det / np.log(10):.1f}"
)
assert tiny == 0.0 and sign == 1.0 and np.isclose(log_det, 400 * np.log(0.1))
