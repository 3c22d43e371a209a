"""Updating flip by flip: today's posterior is tomorrow's prior.

The ten heads arrive one at a time. After each flip, Bayes' rule turns the
current beliefs into new ones; after the tenth, they equal the posterior
computed from all ten flips at once.
"""

import numpy as np

from mlfound.probability import bayes_posterior, sequential_posterior

p_heads = np.array([0.5, 0.9])  # fair, biased
flips = np.ones(10, dtype=int)  # 1 = heads

belief = np.array([0.5, 0.5])
print("flip   P(fair)   P(biased)")
print(f"{0:4d}   {belief[0]:.4f}    {belief[1]:.4f}")
for t, flip in enumerate(flips, start=1):
    likelihood = p_heads if flip == 1 else 1 - p_heads
    odds_before = belief[1] / belief[0]
    belief = bayes_posterior(belief, likelihood)
    # each head multiplies the odds against the fair coin by 0.9 / 0.5
    assert np.isclose(belief[1] / belief[0], odds_before * 0.9 / 0.5)
    print(f"{t:4d}   {belief[0]:.4f}    {belief[1]:.4f}")

# The library does the whole run at once: one row of likelihoods per flip
rows = np.where(flips[:, None] == 1, p_heads, 1 - p_heads)
steps = sequential_posterior([0.5, 0.5], rows)
batch = bayes_posterior([0.5, 0.5], p_heads**10)
assert np.allclose(steps[-1], belief) and np.allclose(belief, batch)
print(f"sequential_posterior, last row: P(fair) = {steps[-1, 0]:.4f}")
print(f"all ten flips at once:          P(fair) = {batch[0]:.4f}")
print(f"loop and library agree: {np.allclose(steps[-1], belief)}")
