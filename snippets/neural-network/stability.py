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
    """Print func(z) and every distinct warning it raised."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = func(np.float64(z))
    messages = dict.fromkeys(str(w.message) for w in caught) or ["none"]
    print(f"{label}, z = {z}: {float(value):.4f}")
    print(f"    warnings: {'; '.join(messages)}")


largest = np.finfo(np.float64).max
print(
    f"largest double {largest:.4g}: exp(z) overflows for "
    f"z > {np.log(largest):.2f}"
)
print()
attempt("naive 1/(1 + exp(-z))", lambda z: 1 / (1 + np.exp(-z)), -1000)
attempt(
    "naive exp(z)/(1 + exp(z))", lambda z: np.exp(z) / (1 + np.exp(z)), 1000
)
attempt("mlfound.nn.sigmoid", sigmoid, -1000)
attempt("mlfound.nn.sigmoid", sigmoid, 1000)
attempt("scipy.special.expit", expit, -1000)
print(f"sigmoid(-1000.0) == 0.0 exactly: {sigmoid(-1000.0) == 0.0}")

print()
print("loss of label 1 at logit z: log(1 + e^-z) = 1000 + log(1 + e^-1000)")
attempt(
    "naive -log(1/(1 + exp(-z)))",
    lambda z: -np.log(1 / (1 + np.exp(-z))),
    -1000,
)
attempt(
    "binary_cross_entropy(sigmoid(z))",
    lambda z: binary_cross_entropy([1], [sigmoid(z)]),
    -1000,
)
attempt(
    "binary_cross_entropy_from_logits",
    lambda z: binary_cross_entropy_from_logits([1], [z]),
    -1000,
)
attempt("scipy -log_expit(z)", lambda z: -log_expit(z), -1000)
print(
    f"clipping at BCE_EPS = {BCE_EPS:.0e} caps the loss at "
    f"-log(BCE_EPS) = {-np.log(BCE_EPS):.4f}"
)
