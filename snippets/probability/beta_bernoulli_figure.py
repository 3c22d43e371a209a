"""Three Beta priors on a coin's bias and their posteriors after ten heads."""

import numpy as np
from scipy import stats

from mlfound.figures import PALETTE, figure, to_html
from mlfound.probability import beta_bernoulli_posterior

heads, tails = 10, 0
priors = {"uniform": (1.0, 1.0), "mild": (2.0, 2.0), "firm": (10.0, 10.0)}
p = np.linspace(0.0, 1.0, 401)

# The caption's claim: the flatter the prior, the further the data pull the
# posterior towards p = 1.
posterior_means = [
    (a + heads) / (a + b + heads + tails) for a, b in priors.values()
]
assert posterior_means == sorted(posterior_means, reverse=True)

fig, ax = figure(width=6.4, height=4.0)
for colour, (name, (a, b)) in zip(PALETTE, priors.items(), strict=False):
    a_post, b_post = beta_bernoulli_posterior(a, b, heads, tails)
    ax.plot(
        p,
        stats.beta.pdf(p, a, b),
        "--",
        linewidth=1.5,
        color=colour,
        label=f"{name} prior Beta({a:.0f}, {b:.0f})",
    )
    ax.plot(
        p,
        stats.beta.pdf(p, a_post, b_post),
        color=colour,
        label=f"posterior Beta({a_post:.0f}, {b_post:.0f})",
    )
ax.set(xlabel="p, the probability of heads", ylabel="density", ylim=(0, 12))
ax.legend(loc="upper left", ncols=1, fontsize=9)
print(
    to_html(
        fig,
        title="Beta posteriors of a coin's bias after ten heads",
        caption="Dashed: three priors on the probability of heads. Solid: "
        "the posteriors after ten heads and no tails. The flatter the prior, "
        "the further the data pull the posterior towards p = 1.",
    )
)
