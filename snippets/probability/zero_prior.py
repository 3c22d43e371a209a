"""A prior of exactly 0 can never be updated, whatever the data say.

Someone certain that the coin is fair gives the biased coin prior 0. Bayes'
rule multiplies by the prior, so no run of heads can revive it; a tiny but
positive prior, by contrast, is overturned by enough evidence.
"""

import numpy as np

from mlfound.probability import bayes_posterior

p_heads = np.array([0.5, 0.9])  # fair, biased
priors = {"0": [1.0, 0.0], "1e-6": [1 - 1e-6, 1e-6]}

print("heads   P(biased), prior 0   P(biased), prior 1e-6")
for n_heads in (10, 20, 30, 100):
    likelihood = p_heads**n_heads
    post = {k: bayes_posterior(pr, likelihood) for k, pr in priors.items()}
    assert post["0"][1] == 0.0  # never updated, whatever the data
    print(f"{n_heads:5d}   {post['0'][1]:18.4f}   {post['1e-6'][1]:21.4f}")
assert post["1e-6"][1] > 0.99  # the tiny prior is overturned in the end
