"""Independence: the joint is the product of the marginals, in every cell.

For two dice, the first die A and the second die B are independent: each of
the 36 cells has probability 1/36 = 1/6 * 1/6. The first die and the sum S
are not, and one cell is enough to show it. The same test on the iris table
of the previous block fails by a wide margin: width says a lot about species.
"""

from fractions import Fraction
from itertools import product

import numpy as np
from sklearn.datasets import load_iris

omega = list(product(range(1, 7), repeat=2))
p = Fraction(1, 36)


def prob(event):
    """P(event): add up the probabilities of the outcomes in it."""
    return sum((p for a, b in omega if event(a, b)), Fraction(0))


# A and B: check all 36 cells exactly
gaps_ab = [
    prob(lambda a, b, i=i, j=j: a == i and b == j)
    - prob(lambda a, b, i=i: a == i) * prob(lambda a, b, j=j: b == j)
    for i, j in product(range(1, 7), repeat=2)
]
independent_ab = all(gap == 0 for gap in gaps_ab)
print(f"A, B: joint = product in all 36 cells: {independent_ab}")

# A and S = A + B: the cell (A = 1, S = 12) is impossible
joint_cell = prob(lambda a, b: a == 1 and a + b == 12)
product_cell = prob(lambda a, b: a == 1) * prob(lambda a, b: a + b == 12)
print(f"A, S: P(A=1, S=12) = {joint_cell}, P(A=1) P(S=12) = {product_cell}")

# Conditioning on A changes the distribution of S: P(S = 7 | A = a)
p_seven = prob(lambda a, b: a + b == 7)
given = [
    prob(lambda a, b, i=i: a == i and a + b == 7)
    / prob(lambda a, b, i=i: a == i)
    for i in range(1, 7)
]
p_twelve_given_six = prob(lambda a, b: a == 6 and a + b == 12) / prob(
    lambda a, b: a == 6
)
print(f"P(S = 7) = {p_seven}; P(S = 7 | A = a) = {given[0]} for every a")
print(
    f"P(S = 12) = {prob(lambda a, b: a + b == 12)}, "
    f"P(S = 12 | A = 6) = {p_twelve_given_six}"
)

# The iris table: compare the joint with the product of its marginals
iris = load_iris()
width = np.digitize(iris.data[:, 3], [0.8, 1.75])
joint = np.zeros((3, 3))
np.add.at(joint, (width, iris.target), 1 / iris.target.size)
outer = np.outer(joint.sum(axis=1), joint.sum(axis=0))
iris_gap = np.max(np.abs(joint - outer))
print(
    f"iris: largest |P(width, species) - P(width) P(species)| = {iris_gap:.3f}"
)

assert independent_ab
assert joint_cell == 0 and product_cell == Fraction(1, 216)
assert all(g == p_seven for g in given)  # S = 7 is independent of A ...
assert p_twelve_given_six == 6 * prob(lambda a, b: a + b == 12)  # S is not
assert iris_gap > 0.2
