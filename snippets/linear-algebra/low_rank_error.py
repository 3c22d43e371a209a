"""Eckart-Young on the photograph: the error of the best rank-r matrix.

For each rank r, the Frobenius error of low_rank_approximation equals the
root-sum-square of the singular values it drops. A rival of rank r, the
projection of every column onto the span of r of the image's own columns
(picked at random), is always further away.
"""

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.cbook import get_sample_data

from mlfound.linalg import low_rank_approximation, project_onto_subspace

photo = plt.imread(get_sample_data("grace_hopper.jpg", asfileobj=False))
rgb = photo[20:404:2, 64:448:2] / 255.0  # the face, at half size
A = rgb @ np.array([0.299, 0.587, 0.114])  # luminance: (192, 192)
m, n = A.shape
s = np.linalg.svd(A, compute_uv=False)
total = np.linalg.norm(A)
rng = np.random.default_rng(0)

print(f"A: {m} x {n}, ||A||_F = {total:.4f}")
print("rank  ||A - A_r||_F  sqrt(sum dropped s^2)  relative  rival")
for r in [1, 5, 20, 40, 80]:
    error = np.linalg.norm(A - low_rank_approximation(A, r))
    dropped = np.sqrt(np.sum(s[r:] ** 2))
    columns = A[:, rng.choice(n, size=r, replace=False)]
    rival = project_onto_subspace(A.T, columns).T  # rank r, not the best
    rival_error = np.linalg.norm(A - rival)
    assert np.isclose(error, dropped, rtol=1e-9) and rival_error > error
    print(
        f"{r:4d}  {error:13.4f}  {dropped:21.4f}  {error / total:8.2%}"
        f"  {rival_error:5.2f}"
    )

r = 40
stored = r * (m + n + 1)
print(
    f"rank {r} stores {stored} numbers instead of {m * n} "
    f"({stored / (m * n):.0%})"
)
