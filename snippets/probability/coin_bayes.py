"""Bayes' rule for a coin that shows 10 heads in 10 flips: fair or biased?

Two hypotheses, a fair coin (p = 0.5) and a biased one (p = 0.9), start at
prior probability 0.5 each. The data are the ten heads.
"""

import numpy as np

from mlfound.probability import bayes_posterior

p_heads = np.array([0.5, 0.9])  # fair, biased
prior = np.array([0.5, 0.5])
likelihood = p_heads**10  # P(10 heads | coin): independent flips multiply

posterior = bayes_posterior(prior, likelihood)
p_fair = posterior[0]
assert p_fair < 0.01  # tiny
print(f"likelihood   fair: {likelihood[0]:.6f}   biased: {likelihood[1]:.6f}")
print(f"posterior    P(fair | data) = {p_fair:.4f}")
print(f"             P(biased | data) = {posterior[1]:.4f}")

# The same numbers by hand: joint = prior x likelihood, divided by evidence
joint = prior * likelihood
evidence = joint.sum()
print(f"evidence P(data) = {evidence:.6f}")
assert np.allclose(joint / evidence, posterior)
print(f"by hand      P(fair | data) = {joint[0] / evidence:.4f}")
bayes_factor = likelihood[1] / likelihood[0]
# With even prior odds, the posterior odds are the Bayes factor itself.
assert np.isclose(posterior[1] / posterior[0], bayes_factor)
print(f"Bayes factor biased : fair = {bayes_factor:.1f}")
