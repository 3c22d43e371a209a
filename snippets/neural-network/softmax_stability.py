"""Softmax and its loss at large scores: naive formulas against stable ones.

The textbook exp(z) / sum(exp(z)) overflows at z = 1000; subtracting the
largest score first does not. And log(softmax(z)) of a confidently wrong
answer is log(0): the loss must be computed from the logits instead.
"""

import warnings

import numpy as np
from scipy.special import log_softmax
from scipy.special import softmax as scipy_softmax

from mlfound.nn import softmax, softmax_cross_entropy


def attempt(label, func, z):
    """Print func(z) and every distinct warning numpy raised."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = func(np.asarray(z, dtype=float))
    messages = dict.fromkeys(str(w.message) for w in caught) or ["none"]
    print(f"{label}: {np.round(value, 4)}")
    print(f"    warnings: {'; '.join(messages)}")
    return value


z = [1000.0, 1001.0, 1002.0]
print(f"z = {z}")
naive = attempt(
    "naive exp(z)/sum(exp(z))", lambda v: np.exp(v) / np.exp(v).sum(), z
)
ours = attempt("mlfound.nn.softmax", softmax, z)
assert np.all(np.isnan(naive))
assert np.allclose(ours, scipy_softmax(z), rtol=1e-14)
assert np.allclose(ours, softmax(np.array(z) - 1000.0), rtol=1e-14)

print()
z, label = [0.0, 800.0], 0  # sure of class 1; the answer is class 0
print(f"z = {z}, label {label}: the true loss is 800 + log(1 + e^-800)")
p = attempt("softmax(z)", softmax, z)
naive_loss = attempt(
    "-log(softmax(z)[label])", lambda v: -np.log(softmax(v)[label]), z
)
loss = softmax_cross_entropy([label], [z])
print(f"softmax_cross_entropy, from the logits: {loss:.4f}")
print(f"scipy -log_softmax(z)[label]:           {-log_softmax(z)[label]:.4f}")
gradient = softmax(z) - np.eye(2)[label]
print(f"its gradient softmax(z) - one-hot: {gradient}")
assert p[0] == 0.0 and np.isinf(naive_loss) and loss == 800.0
assert np.isclose(-log_softmax(z)[label], 800.0, rtol=1e-15)
