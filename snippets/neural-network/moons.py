"""Two interleaved half-moons: a straight line is not enough.

Logistic regression can only draw a line. A hidden layer of sigmoid units
bends the boundary; with a single unit it is still a line. Test accuracy is
measured on 1,000 fresh points from make_moons with another seed. The best
line for accuracy is found by trying 3,600 directions, each with its best
threshold: logistic regression's line is not it, since logistic regression
minimises a penalised log-loss, not the number of errors.
"""

import numpy as np
from sklearn.datasets import make_moons
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier

from mlfound.nn import TwoLayerNetwork

X, y = make_moons(n_samples=200, noise=0.2, random_state=0)
X_test, y_test = make_moons(n_samples=1000, noise=0.2, random_state=1)
epochs, eta = 5000, 1.0


def accuracies(model):
    """Train and test accuracy, after checking that no point is within
    rounding of the decision boundary (so they are the same everywhere)."""
    for points in (X, X_test):
        p = model.predict_proba(points)[:, -1]
        assert np.min(np.abs(p - 0.5)) > 1e-6
    train = np.mean(model.predict(X) == y)
    return train, np.mean(model.predict(X_test) == y_test)


results = {}
print("model                      train acc   test acc")
logistic = LogisticRegression(C=1.0).fit(X, y)  # the default L2 penalty
results["logistic"] = accuracies(logistic)
print(
    "LogisticRegression         {:9.3f} {:10.3f}".format(*results["logistic"])
)
nets = {}
for hidden in (1, 2, 4, 8):
    net = nets[hidden] = TwoLayerNetwork(2, hidden, seed=0)
    losses = net.fit(X, y, epochs=epochs, learning_rate=eta)
    assert np.all(np.diff(losses) < 0)  # a smooth descent, no oscillation
    results[hidden] = accuracies(net)
    name = f"TwoLayerNetwork 2-{hidden}-1"
    print(f"{name:26}" + " {:9.3f} {:10.3f}".format(*results[hidden]))
mlp = MLPClassifier(
    hidden_layer_sizes=(8,),
    activation="logistic",
    solver="lbfgs",
    alpha=0.1,  # L2 penalty; at the default 1e-4 the fit depends on rounding
    random_state=0,
    max_iter=1000,
).fit(X, y)
results["mlp"] = accuracies(mlp)
print("MLPClassifier (8,)         {:9.3f} {:10.3f}".format(*results["mlp"]))
final_loss = losses[-1]
print(f"2-8-1 loss after {epochs} epochs: {final_loss:.4f} nats")

# The 2-1-1 network's boundary is a line: its output is a monotone function
# of x^T v + c, so it predicts 1 on one side of x^T v + c = threshold.
one = nets[1]
v, c, w, b = one.W1[:, 0], one.b1[0], one.W2[0, 0], one.b2[0]
threshold = np.log(-b / (w + b))  # sigma(u) = -b / w, solved for u
side = (X @ v + c > threshold) == (w > 0)
assert np.array_equal(one.predict(X), side.astype(int))

# The most accurate line on the training points, over 3,600 directions.
n_directions = 3600
best_line = 0.0
for angle in np.linspace(0.0, np.pi, n_directions, endpoint=False):
    order = np.argsort(X @ [np.cos(angle), np.sin(angle)])
    ones_below = np.concatenate([[0], np.cumsum(y[order])])
    below = np.arange(y.size + 1)
    # predict 0 below the cut and 1 above, or the other way round
    correct = below - ones_below + (y.sum() - ones_below)
    best_line = max(best_line, correct.max(), y.size - correct.min())
best_line /= y.size
print(f"best line found on the training points: {best_line:.3f} accuracy")
assert results["logistic"][0] < results[1][0] < best_line < results[4][0]

# What the page reads off the table.
logistic_test = results["logistic"][1]
assert abs(results[1][1] - logistic_test) < 0.01  # one unit: no better
assert 0 < results[2][1] - logistic_test < 0.02  # two units: a little
for hidden in (4, 8):  # four or eight: close to the MLPClassifier
    assert results[hidden][1] > logistic_test + 0.05
    assert abs(results[hidden][1] - results["mlp"][1]) < 0.01
    assert results[hidden][0] > results[hidden][1]  # better on training data
assert results["mlp"][0] > results["mlp"][1]
