"""Zero correlation is not independence: Y = X^2.

X is uniform on {-2, -1, 0, 1, 2} and Y = X^2, so Y is a function of X.
Their covariance is exactly 0: for every positive x there is a -x that
cancels it. Yet Y depends on X completely, and the mutual information,
which measures any dependence, is the full entropy of Y.
"""

from fractions import Fraction

import numpy as np

from mlfound.information import entropy, mutual_information

values = [-2, -1, 0, 1, 2]
p = Fraction(1, 5)
E_x = sum(p * x for x in values)
E_y = sum(p * x**2 for x in values)
covariance = sum(p * (x - E_x) * (x**2 - E_y) for x in values)
print(f"E[X] = {E_x}, E[Y] = {E_y}, Cov(X, Y) = {covariance}")

p_y4 = sum(p for x in values if x**2 == 4)
p_y4_given_x2 = sum(p for x in values if x == 2 and x**2 == 4) / p
print(f"P(Y = 4) = {p_y4}, but P(Y = 4 | X = 2) = {p_y4_given_x2}")

# Mutual information: exact, and estimated from 10,000 draws
p_y = [float(sum(p for x in values if x**2 == y)) for y in (0, 1, 4)]
exact_mi = entropy(p_y)  # Y is a function of X, so I(X; Y) = H(Y)
rng = np.random.default_rng(seed=0)
x = rng.choice(values, size=10_000)
y = x**2
sample_r = np.corrcoef(x, y)[0, 1]
sample_mi = mutual_information(x, y)
# Under zero correlation the sample r wobbles with standard error
# sqrt(E[(X - EX)^2 (Y - EY)^2] / (Var X Var Y)) / sqrt(n)
var_x = sum(p * (v - E_x) ** 2 for v in values)
var_y = sum(p * (v**2 - E_y) ** 2 for v in values)
m22 = sum(p * (v - E_x) ** 2 * (v**2 - E_y) ** 2 for v in values)
se_r = float(m22 / (var_x * var_y)) ** 0.5 / np.sqrt(x.size)
print(f"sample correlation {sample_r:+.3f} (standard error {se_r:.3f})")
print(
    f"mutual information: exact {exact_mi:.3f} bits, "
    f"from the sample {sample_mi:.3f} bits"
)

assert covariance == 0 and p_y4_given_x2 != p_y4  # uncorrelated, dependent
assert abs(sample_r) < 4 * se_r
p_y4_text = str(p_y4)
assert abs(sample_mi - exact_mi) < 0.01
