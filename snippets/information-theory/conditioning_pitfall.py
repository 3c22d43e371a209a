"""One observation can raise uncertainty; conditioning lowers it on average.

A screening test for a disease that 100 of 10,000 people have. It detects 90
of the 100, and wrongly flags 495 of the 9,900 healthy people. The labels
below reproduce these counts exactly, so the empirical distribution is the
population's. D is the disease (1 = ill), T the test (1 = positive).
"""

import numpy as np

from mlfound.information import conditional_entropy, entropy, joint_entropy

n_ill, n_healthy = 100, 9_900
detected, false_alarms = 90, 495
counts = {  # (d, t): number of people
    (1, 1): detected,
    (1, 0): n_ill - detected,
    (0, 1): false_alarms,
    (0, 0): n_healthy - false_alarms,
}
d = np.repeat([pair[0] for pair in counts], list(counts.values()))
t = np.repeat([pair[1] for pair in counts], list(counts.values()))
n = d.size


def h_disease_among(mask):
    """Entropy of the disease label among the people selected by mask."""
    p_ill = d[mask].mean()
    return entropy([p_ill, 1 - p_ill])


h_d = h_disease_among(np.ones(n, dtype=bool))
h_d_pos = h_disease_among(t == 1)
h_d_neg = h_disease_among(t == 0)
p_pos = np.mean(t == 1)
p_ill_pos = d[t == 1].mean()
h_d_given_t = conditional_entropy(d, t)
h_t_given_d = conditional_entropy(t, d)
print(f"H(D)              = {h_d:.3f} bits   (1 person in 100 is ill)")
print(
    f"H(D | T = pos)    = {h_d_pos:.3f} bits   (P(ill | pos) = "
    f"{p_ill_pos:.3f})"
)
print(f"H(D | T = neg)    = {h_d_neg:.3f} bits")
print(
    f"H(D | T) average  = {h_d_given_t:.3f} bits   "
    f"(weights P(pos) = {p_pos:.4f}, P(neg) = {1 - p_pos:.4f})"
)
print(f"H(T | D)          = {h_t_given_d:.3f} bits")
info = h_d - h_d_given_t
print(f"I(D; T)           = {info:.3f} bits")

# the average of the two cases, weighted by how often they occur
assert np.isclose(h_d_given_t, p_pos * h_d_pos + (1 - p_pos) * h_d_neg)
assert h_d_pos > 5 * h_d  # a positive result makes us far less sure ...
assert h_d_given_t < h_d  # ... yet on average the test removes uncertainty
assert h_t_given_d > 5 * h_d_given_t  # and the two conditionals differ
assert np.isclose(joint_entropy(d, t), h_d + h_t_given_d)
