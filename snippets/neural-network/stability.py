"""The sigmoid and the log-loss at z = -1000 (and +1000), naive and stable.

The textbook formula 1/(1 + exp(-z)) asks for exp(1000), which overflows;
the other textbook form exp(z)/(1 + exp(z)) does the same at z = +1000.
Each attempt runs inside warnings.catch_warnings, which records the
warnings numpy raises instead of letting them escape.
"""

import warnings

import numpy as np
from scipy.special import expit, log_expit

from mlfound.nn import (
    BCE_EPS,
    binary_cross_entropy,
    binary_cross_entropy_from_logits,
    sigmoid,
)


def attempt(label, func, z):
    """Print func(z) and every distinct warning it raised; return both."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = float(func(np.float64(z)))
    messages = list(dict.fromkeys(str(w.message) for w in caught))
    print(f"{label}, z = {z}: {value:.4f}")
    print(f"    warnings: {'; '.join(messages) or 'none'}")
    return value, messages


largest = np.finfo(np.float64).max
overflow_at = np.log(largest)
print(
    f"largest double {largest:.4g}: exp(z) overflows for z > {overflow_at:.2f}"
)
print()
value, caught = attempt(
    "naive 1/(1 + exp(-z))", lambda z: 1 / (1 + np.exp(-z)), -1000
)
assert value == 0.0 and "overflow encountered in exp" in caught
value, caught = attempt(
    "naive exp(z)/(1 + exp(z))", lambda z: np.exp(z) / (1 + np.exp(z)), 1000
)
assert np.isnan(value) and caught
for func, name, z, right in (
    (sigmoid, "mlfound.nn.sigmoid", -1000, 0.0),
    (sigmoid, "mlfound.nn.sigmoid", 1000, 1.0),
    (expit, "scipy.special.expit", -1000, 0.0),
):
    assert attempt(name, func, z) == (right, [])  # exact, no warning
print(f"sigmoid(-1000.0) == 0.0 exactly: {sigmoid(-1000.0) == 0.0}")

print()
print("loss of label 1 at logit z: log(1 + e^-z) = 1000 + log(1 + e^-1000)")
value, caught = attempt(
    "naive -log(1/(1 + exp(-z)))",
    lambda z: -np.log(1 / (1 + np.exp(-z))),
    -1000,
)
assert value == np.inf and len(caught) == 2
clipped, caught = attempt(
    "binary_cross_entropy(sigmoid(z))",
    lambda z: binary_cross_entropy([1], [sigmoid(z)]),
    -1000,
)
assert clipped == -np.log(BCE_EPS) and not caught  # finite, but capped
exact = attempt(
    "binary_cross_entropy_from_logits",
    lambda z: binary_cross_entropy_from_logits([1], [z]),
    -1000,
)
assert exact == (1000.0, [])  # the true loss, to every digit, no warning
assert attempt("scipy -log_expit(z)", lambda z: -log_expit(z), -1000) == exact
print(
    f"clipping at BCE_EPS = {BCE_EPS:.0e} caps the loss at "
    f"-log(BCE_EPS) = {-np.log(BCE_EPS):.4f}"
)
