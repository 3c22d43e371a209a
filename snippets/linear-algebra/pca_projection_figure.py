"""Iris projected onto its first two principal components.

Each flower's 4 measurements become 2 coordinates, Z = (X - mean) V_2; the
species were not used to find the components, yet they separate.
"""

from sklearn.datasets import load_iris

from mlfound.figures import PALETTE, figure, to_html
from mlfound.linalg import pca

iris = load_iris()
model = pca(iris.data, n_components=2)
Z = model.transform(iris.data)
# The caption's claim: along PC1, setosa (label 0) sits apart from the rest.
setosa = Z[iris.target == 0, 0]
others = Z[iris.target != 0, 0]
assert setosa.max() < others.min() or setosa.min() > others.max()

fig, ax = figure(width=8.0, height=3.4)
for label, (name, colour) in enumerate(
    zip(iris.target_names, PALETTE[:3], strict=True)
):
    rows = iris.target == label
    ax.scatter(
        Z[rows, 0],
        Z[rows, 1],
        s=18,
        color=colour,
        label=name,
        marker="os^"[label],
        alpha=0.8,
    )
ratio = model.explained_variance_ratio
ax.set(
    xlabel=f"PC1 ({ratio[0]:.1%} of the variance)",
    ylabel=f"PC2 ({ratio[1]:.1%})",
)
ax.set_aspect("equal")
fig.legend(title="species\n(not used)", loc="outside right upper")
print(
    to_html(
        fig,
        title="Iris on its first two principal components",
        caption="Every flower as a point in the plane of the two directions "
        "of largest variance. Setosa sits apart along PC1; versicolor and "
        "virginica overlap a little.",
    )
)
