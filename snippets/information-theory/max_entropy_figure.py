"""Three densities with mean 0 and variance 1, and their entropies in bits."""

import numpy as np
from scipy import stats

from mlfound.figures import PALETTE, figure, to_html
from mlfound.information import gaussian_entropy

densities = {
    "normal": (stats.norm(), PALETTE[0]),
    "Laplace": (stats.laplace(scale=1 / np.sqrt(2)), PALETTE[3]),
    "uniform": (
        stats.uniform(loc=-np.sqrt(3), scale=2 * np.sqrt(3)),
        PALETTE[1],
    ),
}
x = np.linspace(-4.0, 4.0, 801)
fig, ax = figure(width=6.4, height=3.8)
entropies = {}
for name, (f, colour) in densities.items():
    entropies[name] = f.entropy() / np.log(2)
    assert np.isclose(f.var(), 1.0)
    label = f"{name}: h = {entropies[name]:.3f} bits"
    ax.plot(x, f.pdf(x), color=colour, label=label)
assert np.isclose(entropies["normal"], gaussian_entropy([[1.0]]))
assert max(entropies, key=entropies.get) == "normal"
ax.set(xlabel="x", ylabel="density f(x)", xlim=(-4, 4), ylim=(0, 0.8))
ax.legend(loc="upper right")
print(
    to_html(
        fig,
        title="Three densities with variance 1",
        caption="A normal, a Laplace and a uniform density, all with mean 0 "
        "and variance 1. The normal spreads its mass most evenly for its "
        "variance and has the largest differential entropy; the Laplace "
        "puts more mass both at the centre and in the tails, the uniform "
        "none beyond its edges.",
    )
)
