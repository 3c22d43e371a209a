"""scikit-learn's MLPClassifier on the same digits split, for comparison.

Every setting is scikit-learn's default except `max_iter` (200 by default:
there Adam stops before its own convergence test is met, with a warning) and
`random_state`. The defaults are printed from the fitted model itself.
"""

import numpy as np
from sklearn.neural_network import MLPClassifier

from mlfound.datasets import digits_split

X_train, X_val, X_test, y_train, y_val, y_test = digits_split()

mlp = MLPClassifier(max_iter=1000, random_state=0).fit(X_train, y_train)
settings = mlp.get_params()
for name in (
    "hidden_layer_sizes",
    "activation",
    "solver",
    "learning_rate_init",
    "batch_size",
    "alpha",
    "early_stopping",
    "tol",
    "n_iter_no_change",
):
    print(f"{name:20} {settings[name]!r}")
hidden_units = settings["hidden_layer_sizes"][0]
adam_rate, alpha = settings["learning_rate_init"], settings["alpha"]
no_change = settings["n_iter_no_change"]
n_train = len(y_train)
# scikit-learn divides alpha by the batch size, min(200, n) for "auto"
assert settings["batch_size"] == "auto" and n_train > 200
equivalent_decay = alpha / 200
assert equivalent_decay < 1e-3 / 100  # far below the 1e-3 of our network
print(f"its penalty as our weight_decay: alpha / 200 = {equivalent_decay:.0e}")
mlp_correct = int(np.sum(mlp.predict(X_test) == y_test))
mlp_accuracy = mlp_correct / len(y_test)
epochs = mlp.n_iter_
top_two = np.sort(mlp.predict_proba(X_test), axis=1)[:, -2:]
margin = np.min(top_two[:, 1] - top_two[:, 0])
assert margin > 1e-3  # no test image within rounding of a decision
assert 200 < epochs < 1000  # the default 200 is too few; 1000 is enough
print(f"stopped by its own test after {epochs} epochs")
print(f"test accuracy: {mlp_correct} of {len(y_test)} = {mlp_accuracy:.1%}")
