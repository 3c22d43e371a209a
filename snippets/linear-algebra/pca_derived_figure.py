"""Variance along every direction of a two-feature data set.

Sepal length and petal length of iris, centred. Left: the data with the
eigenvectors of their covariance, each scaled by the standard deviation
along it. Right: the variance u^T S u along the unit vector at angle theta;
its maximum is lambda_1, at the angle of v_1, and its minimum lambda_2, a
right angle away.
"""

import numpy as np
from sklearn.datasets import load_iris

from mlfound.figures import PALETTE, figure, to_html
from mlfound.linalg import covariance, sorted_eigh

data = load_iris().data[:, [0, 2]]
centred = data - data.mean(axis=0)
S = covariance(data)
values, vectors = sorted_eigh(S)
theta = np.linspace(0.0, np.pi, 721)
U = np.column_stack([np.cos(theta), np.sin(theta)])
variance = np.einsum("ij,jk,ik->i", U, S, U)
angles = np.mod(np.arctan2(vectors[1], vectors[0]), np.pi)  # in [0, pi)
assert np.isclose(variance.max(), values[0], rtol=1e-4)
assert np.isclose(variance.min(), values[1], rtol=1e-4)
assert abs(theta[np.argmax(variance)] - angles[0]) < 0.01

fig, (left, right) = figure(1, 2, width=6.4, height=3.4)
left.scatter(*centred.T, s=10, color="#999999", alpha=0.6)
for i, colour in enumerate(PALETTE[:2]):
    tip = 1.5 * np.sqrt(values[i]) * vectors[:, i]
    left.annotate(
        "",
        xy=tip,
        xytext=(0, 0),
        annotation_clip=False,
        arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 2.5},
    )
    left.text(
        *(tip * (1.15 + 0.8 * i) + [0.1, 0.0]),
        f"v{i + 1}",
        color=colour,
        fontsize=12,
        fontweight="bold",
    )
left.set(
    xlabel="sepal length (centred, cm)",
    ylabel="petal length (centred, cm)",
    title="data and eigenvectors",
)
left.set_aspect("equal")
right.plot(np.degrees(theta), variance, color=PALETTE[5])
for i, colour in enumerate(PALETTE[:2]):
    right.plot(
        np.degrees(angles[i]),
        values[i],
        "o",
        color=colour,
        markersize=8,
        label=f"v{i + 1}: lambda{i + 1}",
    )
right.set(
    xlabel="angle theta of u (degrees)",
    ylabel="u^T S u",
    title="variance along u",
    xticks=[0, 45, 90, 135, 180],
)
right.legend(loc="upper right", fontsize=9)
print(
    to_html(
        fig,
        title="The variance along a direction peaks at the top eigenvector",
        caption="Left: centred sepal and petal lengths of the 150 iris "
        "flowers, with the eigenvectors v1 and v2 of their covariance. "
        "Right: the variance of the data along the unit vector at each "
        "angle. It is largest, lambda1, exactly at the angle of v1 and "
        "smallest, lambda2, at v2, a right angle further on.",
    )
)
