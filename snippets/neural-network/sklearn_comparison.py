"""Our network beside scikit-learn's LogisticRegression and MLPClassifier.

All three are trained on the same 100 points and then scored on them and on
1,000 fresh points from the same distribution (a different seed).
MLPClassifier with alpha=0 minimises exactly our loss, with another
optimiser (L-BFGS). LogisticRegression adds an L2 penalty on its weights by
default, of strength 1 / C with C = 1: without it, separable data would
have no finite minimum, and the weights grow as the penalty weakens.
"""

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier

from mlfound.nn import TwoLayerNetwork


def make_data(n, seed):
    X = np.random.default_rng(seed).normal(size=(n, 2))
    return X, (X[:, 0] + X[:, 1] > 0).astype(int)


X, y = make_data(100, seed=0)
X_test, y_test = make_data(1000, seed=1)

ours = TwoLayerNetwork(2, 4, seed=0)
ours.fit(X, y, epochs=2000, learning_rate=1.0)
logistic = LogisticRegression(C=1.0).fit(X, y)  # C = 1.0 is the default
mlp = MLPClassifier(
    hidden_layer_sizes=(4,),
    activation="logistic",
    solver="lbfgs",
    alpha=0.0,  # no penalty: the loss of our network (the default is 1e-4)
    random_state=0,
    max_iter=1000,
).fit(X, y)

print("model                      train acc   test acc")
test_accuracy = {}
for name, model in (
    ("TwoLayerNetwork 2-4-1", ours),
    ("LogisticRegression", logistic),
    ("MLPClassifier (4,)", mlp),
):
    # No point lies within rounding of a decision boundary, so these
    # accuracies are the same on every computer.
    for points in (X, X_test):
        p = model.predict_proba(points)[:, -1]
        assert np.min(np.abs(p - 0.5)) > 1e-6
    train = np.mean(model.predict(X) == y)
    test = test_accuracy[name] = np.mean(model.predict(X_test) == y_test)
    assert train == 1.0 and test > 0.98  # perfect fit, close to perfect
    print(f"{name:26} {train:9.3f} {test:10.3f}")
assert mlp.n_iter_ < mlp.max_iter
print(f"MLPClassifier converged in {mlp.n_iter_} L-BFGS iterations")

w, b = logistic.coef_[0], logistic.intercept_[0]
assert abs(w[0] - w[1]) < 0.1 * abs(w[0]) and abs(b) < 0.1  # x1 + x2 = 0
print(f"logistic regression weights [{w[0]:.3f}, {w[1]:.3f}], bias {b:.3f}")

# The penalty keeps the weights finite: weaken it and they grow.
sizes = [
    np.linalg.norm(LogisticRegression(C=C).fit(X, y).coef_)
    for C in (1.0, 100.0, 10_000.0)
]
assert sizes[0] < sizes[1] < sizes[2]
print(
    "|weights| of logistic regression for C = 1, 100, 10,000: "
    + ", ".join(f"{s:.1f}" for s in sizes)
)
