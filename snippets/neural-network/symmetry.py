"""Pitfall: every hidden unit starts with the same weights.

Two 2-8-1 tanh networks on the half-moons of the previous page: one as
Network draws it, one with every weight set to 0.5 in place. Units that
start equal receive equal gradients, so they stay equal for ever: eight
copies of one unit.
"""

import numpy as np
from sklearn.datasets import make_moons

from mlfound.nn import Network

X, y = make_moons(n_samples=200, noise=0.2, random_state=0)
X_test, y_test = make_moons(n_samples=1000, noise=0.2, random_state=1)

print("initial weights   spread of the 8 units   train acc   test acc")
results = {}
for name in ("Xavier", "all 0.5"):
    net = Network([2, 8, 1], activation="tanh", output="sigmoid", seed=0)
    if name == "all 0.5":
        for W in net.weights:
            W[...] = 0.5  # in place: this changes the model
    net.fit(X, y, epochs=2000, learning_rate=1.0)
    W1 = net.weights[0]  # column j: the weights of hidden unit j
    spread = float(np.max(W1.max(axis=1) - W1.min(axis=1)))
    train = np.mean(net.predict(X) == y)
    test = np.mean(net.predict(X_test) == y_test)
    results[name] = spread, train, test
    shown = "< 1e-12" if spread < 1e-12 else f"{spread:.2f}"
    margin = np.min(np.abs(net.predict_proba(X_test) - 0.5))
    assert margin > 1e-6  # no test point within rounding of the boundary
    print(f"{name:17} {shown:>22} {train:11.3f} {test:10.3f}")

spread_random, _, test_random = results["Xavier"]
spread_equal, _, test_equal = results["all 0.5"]
assert spread_equal < 1e-12 and spread_random > 0.5
assert test_equal < test_random - 0.05
