"""Why cosine and Euclidean distance disagree, in two dimensions.

A query q, a long vector a pointing almost the same way, and a short
vector b pointing elsewhere. Left: b is closer to q (the dashed circle
around q reaches b first). Right: scaled to unit length, every vector lies
on the unit circle, and distance along it is a matter of angle only: a is
now the closest.
"""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html

q = np.array([2.0, 1.0])
vectors = {
    "q (query)": q,
    "a (long)": np.array([6.0, 4.5]),
    "b": np.array([1.0, 2.2]),
}
colours = dict(zip(vectors, PALETTE[:3], strict=True))


def unit(v):
    return v / np.linalg.norm(v)


dist_a = np.linalg.norm(vectors["a (long)"] - q)
dist_b = np.linalg.norm(vectors["b"] - q)
assert dist_b < dist_a  # Euclidean: b is nearer
assert unit(q) @ unit(vectors["a (long)"]) > unit(q) @ unit(vectors["b"])

fig, (left, right) = figure(1, 2, width=6.4, height=3.4)
t = np.linspace(0.0, 2.0 * np.pi, 400)
for name, v in vectors.items():
    left.annotate(
        "",
        xy=v,
        xytext=(0, 0),
        arrowprops={"arrowstyle": "->", "color": colours[name], "lw": 2},
    )
    left.text(*(v + 0.25), name, color=colours[name])
    u = unit(v)
    right.annotate(
        "",
        xy=u,
        xytext=(0, 0),
        arrowprops={"arrowstyle": "->", "color": colours[name], "lw": 2},
    )
    right.text(*(1.12 * u), name.split()[0], color=colours[name])
left.plot(
    q[0] + dist_b * np.cos(t),
    q[1] + dist_b * np.sin(t),
    "--",
    color=PALETTE[2],
    lw=1.2,
    label="distance ||q - b||",
)
left.set(
    xlim=(-0.5, 7.5),
    ylim=(-0.5, 6.1),
    title="raw: b is nearest",
    xlabel="word 1",
    ylabel="word 2",
)
right.plot(np.cos(t), np.sin(t), color="#999999", lw=1)
right.set(
    xlim=(-0.25, 1.45),
    ylim=(-0.2, 1.2),
    title="unit length: a is nearest",
    xlabel="word 1",
)
for ax in (left, right):
    ax.set_aspect("equal")
left.legend(loc="upper left", fontsize=9)
print(
    to_html(
        fig,
        title="Cosine similarity against Euclidean distance",
        caption="Left: the long vector a points almost where the query q "
        "points, but the short vector b is closer in Euclidean distance "
        "(b lies on the dashed circle around q, a far outside it). Right: "
        "scaled to length 1, distance depends on the angle alone, and a is "
        "the nearest: this is what cosine similarity measures.",
    )
)
