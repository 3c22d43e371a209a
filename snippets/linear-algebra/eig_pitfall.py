"""Pitfall A: np.linalg.eig returns eigenvalues in no particular order.

For 1,000 seeded random 50 x 5 data sets, take column 0 of eig's
eigenvectors as "the principal component" and count how often it is not
the top one. The fix: eigh (made for symmetric matrices, ascending order)
reversed to descending, as mlfound.linalg.sorted_eigh does; it never misses.
"""

import numpy as np

from mlfound.linalg import covariance, sorted_eigh

rng = np.random.default_rng(0)
trials = 1000
eig_misses = fix_misses = 0
position = np.zeros(5, dtype=int)  # where eig put the largest eigenvalue
for _ in range(trials):
    S = covariance(rng.normal(size=(50, 5)))
    values, vectors = np.linalg.eig(S)
    top = max(values)
    position[np.argmax(values)] += 1
    eig_misses += values[0] != top

    # The fix, by hand: eigh sorts ascending, so reverse both outputs.
    values, vectors = np.linalg.eigh(S)
    values, vectors = values[::-1], vectors[:, ::-1]
    fix_misses += not np.isclose(values[0], top)
    assert np.allclose(np.abs(vectors), np.abs(sorted_eigh(S)[1]))

eig_misses = int(eig_misses)
top_not_first = trials - int(position[0])  # the same count, from the table
assert 0 < eig_misses < trials // 2 and top_not_first == eig_misses
assert fix_misses == 0
print(f"eig: column 0 is not the top eigenvector in {eig_misses} of {trials}")
print(
    f"eig: index of the top eigenvalue, counts for 0..4: {position.tolist()}"
)
print(
    f"eigh, reversed: column 0 is not the top one in {fix_misses} of {trials}"
)
