"""Our network beside scikit-learn's LogisticRegression and MLPClassifier.

All three are trained on the same 100 points and then scored on them and on
1,000 fresh points from the same distribution (a different seed).
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
logistic = LogisticRegression().fit(X, y)
mlp = MLPClassifier(
    hidden_layer_sizes=(4,),
    activation="logistic",
    solver="lbfgs",
    random_state=0,
    max_iter=1000,
).fit(X, y)

print("model                      train acc   test acc")
for name, model in (
    ("TwoLayerNetwork 2-4-1", ours),
    ("LogisticRegression", logistic),
    ("MLPClassifier (4,)", mlp),
):
    train = np.mean(model.predict(X) == y)
    test = np.mean(model.predict(X_test) == y_test)
    print(f"{name:26} {train:9.3f} {test:10.3f}")
print(f"MLPClassifier converged in {mlp.n_iter_} L-BFGS iterations")
w = logistic.coef_[0]
print(
    f"logistic regression weights [{w[0]:.3f}, {w[1]:.3f}], "
    f"bias {logistic.intercept_[0]:.3f}"
)
