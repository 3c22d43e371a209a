"""Mutual information of a noisy channel, from its joint table of counts.

x is uniform on {0, 1, 2}; the channel adds noise 0 or 1 with equal chance
and wraps around: y = (x + noise) mod 3. Knowing x leaves two equally likely
values of y, so I(X; Y) = H(Y) - H(Y | X) = log2(3) - 1 bits in theory.
"""

import numpy as np

from mlfound.information import entropy, joint_table, mutual_information

rng = np.random.default_rng(0)
n = 1_000
x = rng.integers(0, 3, size=n)
noise = rng.integers(0, 2, size=n)
y = (x + noise) % 3

table = joint_table(x, y)
print("joint table of counts (rows x = 0, 1, 2; columns y = 0, 1, 2):")
print(table)
assert np.all(np.sum(table == 0, axis=1) == 1)  # one empty cell per row

p_xy = table / n
h_x = entropy(p_xy.sum(axis=1))
h_y = entropy(p_xy.sum(axis=0))
h_xy = entropy(p_xy.ravel())
mi = mutual_information(x, y)
assert np.isclose(mi, h_x + h_y - h_xy)
print(f"H(X) = {h_x:.4f}, H(Y) = {h_y:.4f}, H(X, Y) = {h_xy:.4f} bits")
print(f"H(X) + H(Y) - H(X, Y) = {h_x + h_y - h_xy:.4f} bits")
print(f"mutual_information(x, y) = {mi:.4f} bits")
theory = np.log2(3) - 1
error = mi - theory
assert abs(error) < 1e-3
print(f"theory, log2(3) - 1     = {theory:.4f} bits")
print(f"estimate - theory       = {error:+.5f} bits")
