"""Loss of a label 0 as the logit grows: from probabilities vs from logits."""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html
from mlfound.nn import (
    binary_cross_entropy,
    binary_cross_entropy_from_logits,
    sigmoid,
)

z = np.linspace(0, 60, 601)
exact = [binary_cross_entropy_from_logits([0], [v]) for v in z]
clipped = [binary_cross_entropy([0], [sigmoid(v)]) for v in z]
with np.errstate(divide="ignore"):  # log(0) = -inf is the point here
    naive = -np.log(1 - sigmoid(z))
first_inf = z[np.isinf(naive)][0]
# The page's reading: the naive loss is infinite from where sigmoid(z) rounds
# to 1; there the clipped loss has stopped growing, at -log(1e-15); the exact
# loss keeps growing like z.
assert sigmoid(first_inf) == 1.0 and sigmoid(first_inf - 0.1) < 1.0
after = z >= first_inf
assert np.allclose(np.array(clipped)[after], -np.log(1e-15))
assert np.allclose(np.array(exact)[z >= 40], z[z >= 40])

fig, ax = figure(width=6.4, height=3.8)
ax.plot(z, exact, color=PALETTE[0], label="from logits: log(1 + e^z)")
ax.plot(
    z,
    clipped,
    "--",
    color=PALETTE[1],
    label="from p = sigmoid(z), clipped at 1e-15",
)
ax.plot(
    z,
    np.where(np.isinf(naive), np.nan, naive),
    ":",
    color=PALETTE[3],
    linewidth=3,
    label="naive -log(1 - sigmoid(z))",
)
ax.axvline(first_inf, color=PALETTE[3], linewidth=1)
ax.annotate(
    f"naive loss is inf\nfrom z = {first_inf:.1f}",
    (first_inf, 15),
    xytext=(first_inf + 2, 15),
)
ax.set(xlabel="logit z (label 0)", ylabel="loss (nats)", ylim=(0, 62))
ax.legend(loc="upper left", fontsize=9)
print(
    to_html(
        fig,
        title="Log-loss from logits and from probabilities",
        caption="Once sigmoid(z) rounds to 1, the naive loss is infinite and "
        "the clipped loss stops growing; computed from the logit it keeps "
        "growing like z, as it should.",
    )
)
