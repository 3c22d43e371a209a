"""The computational graph of z = w x, a = sigma(z), L = (a - 1)^2.

Forward values flow left to right; gradients of L flow right to left, each
edge multiplying by its local derivative.
"""

from matplotlib.colors import to_rgba
from matplotlib.lines import Line2D
from matplotlib.patches import FancyBboxPatch

from mlfound.figures import PALETTE, figure, to_html
from mlfound.nn import sigmoid

# Forward pass, then backward pass (as in the chain-rule example).
w, x = 0.5, 2.0
z = w * x
a = sigmoid(z)
L = (a - 1) ** 2
grad = {"L": 1.0, "a": 2 * (a - 1)}
grad["z"] = grad["a"] * a * (1 - a)
grad["w"], grad["x"] = grad["z"] * x, grad["z"] * w

# name: (centre, formula, forward value)
nodes = {
    "w": ((0.0, 1.0), "w", w),
    "x": ((0.0, -1.0), "x", x),
    "z": ((3.2, 0.0), "z = w x", z),
    "a": ((6.4, 0.0), "a = σ(z)", a),
    "L": ((9.6, 0.0), "L = (a − 1)²", L),
}
# edge: the local derivative that the backward pass multiplies by
edges = {
    ("w", "z"): "× x",
    ("x", "z"): "× w",
    ("z", "a"): "× a(1 − a)",
    ("a", "L"): "× 2(a − 1)",
}
half_w, half_h = 1.0, 0.42
# where to write the local derivative of a slanted edge, beside its dashes
slanted_spots = {("w", "z"): (1.4, 0.0), ("x", "z"): (1.85, -1.0)}
forward, backward = PALETTE[0], PALETTE[3]


def arrow(ax, tail, head, color, dashed=False):
    style = {"arrowstyle": "-|>", "color": color, "lw": 1.6}
    if dashed:
        style["linestyle"] = "--"
    ax.annotate("", head, tail, arrowprops=style)


fig, ax = figure(width=9.6, height=3.8)
for name, ((cx, cy), formula, value) in nodes.items():
    corner = (cx - half_w, cy - half_h)
    box = FancyBboxPatch(
        corner,
        2 * half_w,
        2 * half_h,
        boxstyle="round,pad=0.04,rounding_size=0.15",
        facecolor=to_rgba(forward, 0.15),
        edgecolor=forward,
    )
    ax.add_patch(box)
    ax.text(cx, cy + 0.13, formula, ha="center", va="center")
    ax.text(
        cx,
        cy - 0.18,
        f"{value:.4g}",
        ha="center",
        va="center",
        color=forward,
        fontweight="bold",
    )
    label = rf"$\partial L/\partial {name}$ = {grad[name]:.4f}"
    ax.text(
        cx, cy - half_h - 0.25, label, ha="center", va="center", color=backward
    )

for (start, end), local in edges.items():
    (x0, y0), (x1, y1) = nodes[start][0], nodes[end][0]
    lift = 0.12 if y0 == y1 else 0.0
    tail = (x0 + half_w + 0.05, y0 + lift)
    head = (x1 - half_w - 0.05, y1 + lift)
    arrow(ax, tail, head, forward)
    # The gradient travels back along the same edge, just below it.
    back_tail, back_head = (head[0], head[1] - 0.3), (tail[0], tail[1] - 0.3)
    arrow(ax, back_tail, back_head, backward, dashed=True)
    spot = slanted_spots.get((start, end), ((x0 + x1) / 2, y0 - 0.45))
    ax.text(*spot, local, ha="center", va="center", color=backward, fontsize=9)

ax.legend(
    handles=[
        Line2D([], [], color=forward, label="forward pass: values"),
        Line2D(
            [],
            [],
            color=backward,
            linestyle="--",
            label="backward pass: gradients of L",
        ),
    ],
    loc="lower center",
    ncol=2,
)
ax.set(xlim=(-1.3, 10.9), ylim=(-2.2, 1.7), aspect="equal")
ax.set_axis_off()
print(
    to_html(
        fig,
        title="Computational graph of the chain-rule example",
        caption="Each box holds an intermediate result of the forward pass "
        "(value in bold) and, beneath it, the derivative of the loss with "
        "respect to it. Going backwards, each edge multiplies the gradient "
        "by its local derivative, from L back to the inputs w and x.",
    )
)
