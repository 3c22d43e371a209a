"""Standard deviation of the activations, layer by layer, per weight scale."""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html
from mlfound.nn import Network

rng = np.random.default_rng(0)
X = rng.normal(size=(1000, 100))
width, depth = 100, 10
schemes = {
    "std 1": [rng.normal(0, 1.0, (width, width)) for _ in range(depth)],
    "std 0.01": [rng.normal(0, 0.01, (width, width)) for _ in range(depth)],
    "Xavier": Network([width] * (depth + 1), activation="tanh").weights,
    "He": Network([width] * (depth + 1), activation="relu").weights,
}
activations = {"tanh": np.tanh, "ReLU": lambda z: np.maximum(z, 0.0)}
styles = dict(zip(schemes, ("-.", ":", "--", "-"), strict=True))

fig, axes = figure(2, 1, width=6.4, height=6.4, sharex=True)
for ax, (act, phi) in zip(axes, activations.items(), strict=True):
    for (name, weights), colour in zip(schemes.items(), PALETTE, strict=False):
        H, stds = X, [X.std()]
        for W in weights:
            H = phi(H @ W)
            stds.append(H.std())
        ax.plot(range(depth + 1), stds, styles[name], color=colour, label=name)
    ax.set(title=f"{act} layers", ylabel="std of activations", yscale="log")
    ax.set(xticks=range(depth + 1), ylim=(1e-13, 1e10))
axes[1].set(xlabel="layer")
axes[1].legend(loc="upper left", fontsize=9, ncols=2)
print(
    to_html(
        fig,
        title="Activation spread through ten layers",
        caption="Standard deviation of the activations of 1,000 inputs after "
        "each of ten layers of 100 units (layer 0: the inputs). Too small a "
        "scale shrinks the signal at every layer, too large a scale "
        "explodes it under ReLU; Xavier suits tanh and He suits ReLU.",
    )
)
