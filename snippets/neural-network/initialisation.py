"""Activation spread through ten layers for four initial weight scales.

1,000 standard-normal inputs pass through ten layers of 100 units (biases
0). The weights are drawn with a naive standard deviation of 1 or 0.01, or
as Network draws them: Xavier/Glorot for tanh, He for ReLU. Printed: the
standard deviation of the activations after layers 1, 2, 5 and 10.
"""

import numpy as np

from mlfound.nn import Network

rng = np.random.default_rng(0)
X = rng.normal(size=(1000, 100))
width, depth = 100, 10
schemes = {
    "std 1": [rng.normal(0, 1.0, (width, width)) for _ in range(depth)],
    "std 0.01": [rng.normal(0, 0.01, (width, width)) for _ in range(depth)],
    # ten layers of Network's own draws: Xavier unless the activation is ReLU
    "Xavier": Network([width] * (depth + 1), activation="tanh").weights,
    "He": Network([width] * (depth + 1), activation="relu").weights,
}
activations = {"tanh": np.tanh, "relu": lambda z: np.maximum(z, 0.0)}

spread = {}
print("                    layer 1   layer 2   layer 5  layer 10")
for act, phi in activations.items():
    for name, weights in schemes.items():
        H, stds = X, []
        for W in weights:
            H = phi(H @ W)
            stds.append(H.std())
        spread[act, name] = stds
        shown = " ".join(f"{stds[j - 1]:9.1e}" for j in (1, 2, 5, 10))
        print(f"{act:4} {name:10} {shown}")
    if act == "tanh":
        H = X
        for W in schemes["std 1"]:
            H = np.tanh(H @ W)
        saturated = np.mean(np.abs(H) > 0.99)
        print(f"     (std 1: {saturated:.0%} of tanh outputs beyond +-0.99)")

tanh_xavier = spread["tanh", "Xavier"][-1]
relu_he = spread["relu", "He"][-1]
relu_xavier = spread["relu", "Xavier"][-1]
relu_big = spread["relu", "std 1"][-1]
relu_small = spread["relu", "std 0.01"][-1]
assert relu_big > 1e6 and relu_small < 1e-9
assert spread["tanh", "std 0.01"][-1] < 1e-8
tanh_saturated = saturated  # the last tanh run set it: std 1, tenth layer
assert tanh_saturated > 0.5  # std 1 keeps tanh's spread only by saturating it
assert 0.5 < relu_he < 2 and 0.1 < tanh_xavier < 1 and relu_xavier < 0.05


def factors(act, name):
    """How much each layer multiplies the spread, layers 2 to 10."""
    stds = np.array(spread[act, name])
    return stds[1:] / stds[:-1]


for act, name, low, high in (
    ("tanh", "std 0.01", 0.08, 0.12),  # about 1/10: sqrt(100) * 0.01
    ("relu", "std 0.01", 0.05, 0.1),  # a little less: ReLU halves the square
    ("relu", "std 1", 4, 10),  # about sqrt(100 / 2)
    ("relu", "Xavier", 0.5, 0.9),  # about 1 / sqrt(2)
):
    assert np.all((low < factors(act, name)) & (factors(act, name) < high))
