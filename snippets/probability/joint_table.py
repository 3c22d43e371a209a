"""Joint, marginal and conditional distributions from a table of counts.

Each of the 150 iris flowers has a species and a petal width, binned as
narrow (below 0.8 cm), medium (0.8 to 1.75 cm) or wide (above 1.75 cm).
The table of counts divided by 150 is the joint distribution of the two
variables; summing out one variable gives the other's marginal (the sum
rule), and dividing a row by its total gives a conditional distribution
(the product rule read backwards).
"""

import numpy as np
from sklearn.datasets import load_iris

from mlfound.probability import bayes_posterior

iris = load_iris()
species = list(iris.target_names)  # setosa, versicolor, virginica
widths = ["narrow", "medium", "wide"]
width = np.digitize(iris.data[:, 3], [0.8, 1.75])  # 0, 1 or 2 per flower

counts = np.zeros((3, 3), dtype=int)  # rows: width, columns: species
np.add.at(counts, (width, iris.target), 1)
n_flowers = counts.sum()
joint = counts / n_flowers  # P(width, species)
p_width = joint.sum(axis=1)  # sum rule: add up each row
p_species = joint.sum(axis=0)  # ... or each column


def row(label, values, total):
    cells = "".join(f"{v:12.3f}" for v in values)
    return f"{label:>10}{cells}  | {total:6.3f}"


print(f"{'':>10}" + "".join(f"{s:>12}" for s in species) + "  | P(width)")
for i, w in enumerate(widths):
    print(row(w, joint[i], p_width[i]))
print(row("P(species)", p_species, joint.sum()))

# Conditionals: divide the joint by a marginal
species_given_width = joint / p_width[:, None]  # each row sums to 1
width_given_species = joint / p_species[None, :]  # each column sums to 1
medium, virginica = widths.index("medium"), species.index("virginica")


def show(values):
    return ", ".join(f"{v:.3f}" for v in values)


print(f"P(species | medium)  = {show(species_given_width[medium])}")
print(f"P(width | virginica) = {show(width_given_species[:, virginica])}")

# Product rule both ways, and Bayes' theorem from the other conditional
assert np.allclose(species_given_width * p_width[:, None], joint)
assert np.allclose(width_given_species * p_species[None, :], joint)
by_bayes = bayes_posterior(p_species, width_given_species[medium])
assert np.allclose(by_bayes, species_given_width[medium])
print(f"Bayes' theorem from P(medium | species): {show(by_bayes)}")

p_versicolor_given_medium = species_given_width[medium, 1]
p_medium_given_versicolor = width_given_species[medium, 1]
n_medium = counts[medium].sum()
n_medium_versicolor, n_medium_virginica = counts[medium, 1:]
assert p_medium_given_versicolor > p_versicolor_given_medium  # not symmetric
assert np.allclose(p_species, 1 / 3)  # 50 flowers of each species
