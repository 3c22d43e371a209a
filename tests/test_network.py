"""Tests of mlfound.nn.Network and mlfound.datasets.digits_split."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from sklearn.metrics import log_loss

from mlfound.calculus import gradient_check
from mlfound.datasets import digits_split, line_separated
from mlfound.nn import (
    Network,
    TwoLayerNetwork,
    binary_cross_entropy_from_logits,
    sigmoid,
    softmax,
    softmax_cross_entropy,
)

ACTIVATIONS = {
    "relu": lambda z: np.maximum(z, 0.0),
    "tanh": np.tanh,
    "sigmoid": sigmoid,
}


def logits_by_hand(net: Network, X: np.ndarray) -> np.ndarray:
    """The forward pass written out independently of the library's loop."""
    H = X
    for W, b in zip(net.weights[:-1], net.biases[:-1], strict=True):
        H = ACTIVATIONS[net.activation](H @ W + b)
    return H @ net.weights[-1] + net.biases[-1]


def gradient_error(net: Network, X: np.ndarray, y: np.ndarray) -> float:
    """gradient_check of Network.gradients against central differences of loss."""
    params = net.weights + net.biases
    theta = np.concatenate([p.ravel() for p in params])

    def at(flat, compute):
        saved = [p.copy() for p in params]
        start = 0
        for p in params:
            p[...] = flat[start : start + p.size].reshape(p.shape)
            start += p.size
        try:
            return compute()
        finally:
            for p, old in zip(params, saved, strict=True):
                p[...] = old

    def grad():
        g = net.gradients(X, y)
        return np.concatenate([a.ravel() for a in g["weights"] + g["biases"]])

    return gradient_check(
        lambda t: at(t, lambda: net.loss(X, y)), lambda t: at(t, grad), theta
    )


def data(n: int = 30, d: int = 3, k: int = 4, seed: int = 0):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, d)), rng.integers(0, k, size=n)


# --- construction --------------------------------------------------------------------


def test_repr_shapes_and_seeds():
    net = Network([64, 32, 10])
    assert repr(net) == "Network(64-32-10, activation='relu', output='softmax', seed=0)"
    other = Network((2, 5, 1), activation="tanh", output="sigmoid", seed=3)
    assert repr(other) == "Network(2-5-1, activation='tanh', output='sigmoid', seed=3)"
    assert [W.shape for W in net.weights] == [(64, 32), (32, 10)]
    assert [b.shape for b in net.biases] == [(32,), (10,)]
    assert all(np.all(b == 0) for b in net.biases)
    again, changed = Network([64, 32, 10]), Network([64, 32, 10], seed=1)
    np.testing.assert_array_equal(net.weights[0], again.weights[0])
    assert not np.array_equal(net.weights[0], changed.weights[0])


@pytest.mark.parametrize(
    ("activation", "variance"),
    [("relu", lambda i, o: 2 / i), ("tanh", lambda i, o: 2 / (i + o))],
)
def test_he_for_relu_and_xavier_otherwise(activation, variance):
    net = Network([400, 300, 200], activation=activation, seed=0)
    for W in net.weights:
        n_in, n_out = W.shape
        # the sample variance of 60,000+ draws is within 2% of the true one
        assert W.var() == pytest.approx(variance(n_in, n_out), rel=0.02)
        assert abs(W.mean()) < 0.01 * W.std()
    sig = Network([400, 300], activation="sigmoid")
    assert sig.weights[0].var() == pytest.approx(2 / 700, rel=0.02)


# --- the parameters are the model's own ----------------------------------------------


def test_editing_the_parameters_in_place_changes_the_model():
    X, _ = data()
    net = Network([3, 5, 4], seed=1)
    before = net.forward(X)
    net.weights[1][...] = 0.0
    net.biases[1][...] = [0.0, 0.0, 0.0, np.log(3.0)]
    after = net.forward(X)  # all rows (1, 1, 1, 3) / 6
    np.testing.assert_allclose(after, np.tile([1 / 6, 1 / 6, 1 / 6, 1 / 2], (30, 1)))
    assert not np.allclose(before, after)
    net.weights[0] = np.ones((3, 5))  # replacing an entry works too
    np.testing.assert_allclose(net.forward(X), after)


def test_fit_updates_the_same_arrays_in_place():
    X, y = data()
    net = Network([3, 5, 4])
    W0, b1 = net.weights[0], net.biases[1]
    start = W0.copy()
    net.fit(X, y, epochs=3, learning_rate=0.1, batch_size=8)
    assert net.weights[0] is W0 and net.biases[1] is b1
    assert not np.array_equal(W0, start)


# --- forward, predict, loss ----------------------------------------------------------


@pytest.mark.parametrize("activation", ["relu", "tanh", "sigmoid"])
def test_forward_matches_a_hand_written_pass(activation):
    X, y = data(seed=2)
    net = Network([3, 6, 5, 4], activation=activation, seed=2)
    Z = logits_by_hand(net, X)
    P = net.forward(X)
    np.testing.assert_allclose(P, softmax(Z), rtol=1e-13)
    np.testing.assert_array_equal(net.predict_proba(X), P)
    np.testing.assert_array_equal(net.predict(X), np.argmax(Z, axis=1))
    assert net.predict(X).dtype.kind == "i"
    assert net.loss(X, y) == pytest.approx(softmax_cross_entropy(y, Z), rel=1e-13)
    assert net.loss(X, y) == pytest.approx(log_loss(y, P, labels=range(4)), rel=1e-10)


def test_sigmoid_outputs():
    X, _ = data(seed=4)
    Y = np.random.default_rng(4).integers(0, 2, size=(30, 3))
    net = Network([3, 4, 3], activation="tanh", output="sigmoid", seed=4)
    Z = logits_by_hand(net, X)
    np.testing.assert_allclose(net.forward(X), sigmoid(Z), rtol=1e-13)
    assert net.predict(X).shape == (30, 3)
    np.testing.assert_array_equal(net.predict(X), (sigmoid(Z) >= 0.5).astype(int))
    expected = binary_cross_entropy_from_logits(Y, Z)
    assert net.loss(X, Y) == pytest.approx(expected, rel=1e-13)
    one = Network([3, 4, 1], output="sigmoid")
    y = Y[:, 0]
    assert one.predict(X).shape == (30,)
    assert one.loss(X, y) == pytest.approx(one.loss(X, y[:, None]), rel=1e-15)


def test_extreme_logits_give_exact_probabilities_without_warnings():
    net = Network([1, 2], activation="tanh", seed=0)
    net.weights[0][...] = [[1.0, -1.0]]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        P = net.forward([[1e300], [0.0]])
        loss = net.loss([[400.0]], [1])
    np.testing.assert_array_equal(P, [[1.0, 0.0], [0.5, 0.5]])
    assert loss == 800.0


# --- gradients -----------------------------------------------------------------------


@pytest.mark.parametrize("activation", ["relu", "tanh", "sigmoid"])
@pytest.mark.parametrize("output", ["softmax", "sigmoid"])
def test_gradients_agree_with_central_differences(activation, output):
    X, y = data(seed=5)
    if output == "sigmoid":
        y = np.random.default_rng(5).integers(0, 2, size=(30, 4))
    net = Network([3, 6, 5, 4], activation=activation, output=output, seed=5)
    assert gradient_error(net, X, y) < 1e-6
    grads = net.gradients(X, y)
    assert list(grads) == ["weights", "biases"]
    assert [g.shape for g in grads["weights"]] == [W.shape for W in net.weights]
    assert [g.shape for g in grads["biases"]] == [b.shape for b in net.biases]


def test_gradient_of_a_wrong_loss_fails_the_check():
    # a network whose labels are shifted by one class has another loss: the check
    # compares the gradient for y with the loss for y, so a mismatch is visible
    X, y = data(seed=6)
    net = Network([3, 5, 4], activation="tanh", seed=6)
    params = net.weights + net.biases
    theta = np.concatenate([p.ravel() for p in params])
    shifted = (y + 1) % 4

    def flat_grad(labels):
        g = net.gradients(X, labels)
        return np.concatenate([a.ravel() for a in g["weights"] + g["biases"]])

    right, wrong = flat_grad(y), flat_grad(shifted)
    assert not np.allclose(right, wrong)
    assert gradient_error(net, X, y) < 1e-6
    np.testing.assert_array_equal(
        theta, np.concatenate([p.ravel() for p in params])
    )  # the check restored the parameters


def test_the_two_layer_sigmoid_case_is_chapter_5s_network():
    X, y = line_separated(40, seed=1)
    old = TwoLayerNetwork(2, 4, seed=0)
    new = Network([2, 4, 1], activation="sigmoid", output="sigmoid")
    new.weights[0][...], new.weights[1][...] = old.W1, old.W2
    assert new.loss(X, y) == pytest.approx(old.loss(X, y), rel=1e-14)
    g_new, g_old = new.gradients(X, y), old.gradients(X, y)
    for a, b in zip(
        g_new["weights"] + g_new["biases"], ("W1", "W2", "b1", "b2"), strict=True
    ):
        np.testing.assert_allclose(a, g_old[b], rtol=1e-12, atol=1e-16)
    losses_old = old.fit(X, y, epochs=200, learning_rate=1.0)
    losses_new = new.fit(X, y, epochs=200, learning_rate=1.0)
    np.testing.assert_allclose(losses_new, losses_old, rtol=1e-10)
    np.testing.assert_allclose(new.weights[0], old.W1, rtol=1e-9)


# --- fit -----------------------------------------------------------------------------


def test_full_batch_fit_records_the_loss_before_each_update():
    X, y = data(seed=7)
    net = Network([3, 8, 4], seed=7)
    first = net.loss(X, y)
    grads = net.gradients(X, y)
    expected_W0 = net.weights[0] - 0.2 * grads["weights"][0]
    losses = net.fit(X, y, epochs=1, learning_rate=0.2)
    assert losses == [first] and type(losses[0]) is float
    np.testing.assert_allclose(net.weights[0], expected_W0, rtol=1e-14)


def test_the_objective_includes_the_weight_decay_penalty():
    X, y = data(seed=8)
    net = Network([3, 8, 4], seed=8)
    penalty = sum(float(np.sum(W**2)) for W in net.weights)
    before = net.loss(X, y)
    W1 = net.weights[1].copy()
    grad = net.gradients(X, y)["weights"][1]
    objective = net.fit(X, y, epochs=1, learning_rate=0.1, weight_decay=0.5)[0]
    assert objective == pytest.approx(before + 0.25 * penalty, rel=1e-14)
    np.testing.assert_allclose(net.weights[1], W1 - 0.1 * (grad + 0.5 * W1), rtol=1e-13)


def test_mini_batches_are_seeded_and_cover_the_data():
    X, y = data(n=50, seed=9)
    runs = []
    for seed in (0, 0, 1):
        net = Network([3, 8, 4], seed=9)
        losses = net.fit(X, y, epochs=5, learning_rate=0.1, batch_size=7, seed=seed)
        runs.append((losses, net.weights[0].copy()))
    np.testing.assert_array_equal(runs[0][1], runs[1][1])
    assert not np.array_equal(runs[0][1], runs[2][1])
    # one batch of all n rows is full-batch gradient descent, in another row order
    a, b = Network([3, 8, 4]), Network([3, 8, 4])
    la = a.fit(X, y, epochs=4, learning_rate=0.3, batch_size=50, seed=3)
    lb = b.fit(X, y, epochs=4, learning_rate=0.3)
    np.testing.assert_allclose(la, lb, rtol=1e-12)
    np.testing.assert_allclose(a.weights[0], b.weights[0], rtol=1e-11)


def test_mini_batch_sgd_learns_the_chapter_data():
    X, y = line_separated()
    net = Network([2, 8, 2], seed=0)
    losses = net.fit(X, y, epochs=60, learning_rate=0.5, batch_size=10)
    assert len(losses) == 60 and losses[-1] < 0.3 * losses[0]
    assert np.mean(net.predict(X) == y) >= 0.97


def test_weight_decay_finds_the_map_point_where_the_gradient_balances():
    # On separable data the plain loss has no finite minimum; with decay alpha the
    # objective does, and there grad L + alpha W = 0 for every weight matrix.
    X, y = line_separated()
    plain, decayed = Network([2, 4, 2], seed=0), Network([2, 4, 2], seed=0)
    plain.fit(X, y, epochs=3000, learning_rate=1.0)
    decayed.fit(X, y, epochs=3000, learning_rate=1.0, weight_decay=0.01)
    size = lambda net: sum(float(np.sum(W**2)) for W in net.weights)  # noqa: E731
    assert size(decayed) < 0.5 * size(plain)

    def imbalance(net):  # |grad L + alpha W| relative to |alpha W|, at alpha = 0.01
        grads = net.gradients(X, y)["weights"]
        residual = max(
            np.abs(g + 0.01 * W).max() for g, W in zip(grads, net.weights, strict=True)
        )
        return residual / max(np.abs(0.01 * W).max() for W in net.weights)

    assert imbalance(decayed) < 5e-3  # about 8e-4 after 3000 epochs
    assert imbalance(plain) > 0.1  # plain training is not at that point


def test_fit_for_zero_epochs_changes_nothing():
    X, y = data()
    net = Network([3, 5, 4])
    W = net.weights[0].copy()
    assert net.fit(X, y, epochs=0, learning_rate=0.1) == []
    np.testing.assert_array_equal(net.weights[0], W)


def test_a_huge_learning_rate_stops_with_an_error_and_finite_weights():
    X, y = data()
    net = Network([3, 5, 4])
    with pytest.raises(
        ValueError, match=r"learning_rate=1e\+300 made training diverge"
    ):
        net.fit(X, y, epochs=20, learning_rate=1e300, batch_size=5)
    assert all(np.all(np.isfinite(p)) for p in net.weights + net.biases)


def test_nothing_mutates_its_inputs():
    X, y = data()
    before = X.copy(), y.copy()
    net = Network([3, 5, 4])
    net.fit(X, y, epochs=2, learning_rate=0.1, batch_size=4)
    net.gradients(X, y)
    net.predict(X)
    np.testing.assert_array_equal(X, before[0])
    np.testing.assert_array_equal(y, before[1])


# --- bad inputs ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "message"),
    [
        ((5,), {}, TypeError, r"layer_sizes must be a list of integers: got 5"),
        (("64",), {}, TypeError, r"layer_sizes must be a list of integers"),
        (([64, 10.0],), {}, TypeError, r"layer_sizes\[1\] must be an integer"),
        (([64, True],), {}, TypeError, r"layer_sizes\[1\] must be an integer"),
        (([64, 0, 10],), {}, ValueError, r"layer_sizes\[1\] must satisfy 1 <="),
        (([64],), {}, ValueError, r"layer_sizes must hold at least 2 widths"),
        (([64, 1],), {}, ValueError, r"the last >= 2 for output='softmax'"),
        (([2, 3],), {"activation": "elu"}, ValueError, r"activation must be one of"),
        (([2, 3],), {"activation": None}, TypeError, r"activation must be a str"),
        (([2, 3],), {"output": "linear"}, ValueError, r"output must be one of"),
        (([2, 3],), {"seed": -1}, ValueError, r"seed must be >= 0"),
        (([2, 3],), {"seed": 1.0}, TypeError, r"seed must be an integer"),
    ],
)
def test_network_rejects_bad_settings(args, kwargs, error, message):
    with pytest.raises(error, match=message):
        Network(*args, **kwargs)


@pytest.mark.parametrize("method", ["forward", "predict", "predict_proba"])
@pytest.mark.parametrize(
    ("X", "error", "message"),
    [
        (np.zeros(3), ValueError, r"X must be 2-D: shape is \(3,\)"),
        (np.zeros((4, 2)), ValueError, r"X must have 3 columns \(layer_sizes\[0\]\)"),
        ([[0.0, np.nan, 1.0]], ValueError, r"X must not contain NaN or inf"),
        ([["a", "b", "c"]], TypeError, r"^X must be real numbers"),
        (np.ones((2, 3), dtype=bool), TypeError, r"^X must be real numbers"),
        (np.ones((2, 3), dtype=complex), TypeError, r"^X must be real numbers"),
    ],
)
def test_network_rejects_bad_inputs(method, X, error, message):
    with pytest.raises(error, match=message):
        getattr(Network([3, 5, 4]), method)(X)


def test_network_rejects_edited_parameters_of_the_wrong_shape_or_value():
    X = np.zeros((2, 3))
    net = Network([3, 5, 4])
    net.weights[1] = np.zeros((5, 3))
    with pytest.raises(
        ValueError, match=r"weights\[1\] must be a finite array of shape"
    ):
        net.forward(X)
    net.weights[1] = np.zeros((5, 4))
    net.biases[0][2] = np.nan
    with pytest.raises(ValueError, match=r"biases\[0\] .* got NaN or inf"):
        net.loss(X, [0, 1])


@pytest.mark.parametrize("method", ["loss", "gradients", "fit"])
@pytest.mark.parametrize(
    ("y", "error", "message"),
    [
        ([0, 1, 4, 2], ValueError, r"y must hold class labels 0, \.\.\., 3"),
        ([0, 1, 1.5, 2], ValueError, r"bad values \[1\.5\]"),
        ([0, 1, 2], ValueError, r"y must hold one label for each of the 4 rows of X"),
        ([True, False, True, True], TypeError, r"^y must be real numbers"),
    ],
)
def test_network_rejects_bad_labels(method, y, error, message):
    kwargs = {"epochs": 1, "learning_rate": 0.1} if method == "fit" else {}
    with pytest.raises(error, match=message):
        getattr(Network([3, 5, 4]), method)(np.zeros((4, 3)), y, **kwargs)


@pytest.mark.parametrize(
    ("y", "message"),
    [
        ([0, 1, 2, 1], r"y must contain only 0 and 1: bad values \[2\.\]"),
        (np.zeros((4, 2)), r"y must have shape \(4, 1\) to match X: got \(4, 2\)"),
    ],
)
def test_sigmoid_output_rejects_bad_labels(y, message):
    net = Network([3, 5, 1], output="sigmoid")
    with pytest.raises(ValueError, match=message):
        net.loss(np.zeros((4, 3)), y)


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"epochs": -1}, ValueError, r"epochs must be >= 0"),
        ({"epochs": 2.0}, TypeError, r"epochs must be an integer"),
        ({"epochs": True}, TypeError, r"epochs must be an integer"),
        ({"learning_rate": 0.0}, ValueError, r"learning_rate must be > 0"),
        ({"learning_rate": -1.0}, ValueError, r"learning_rate must be > 0"),
        ({"learning_rate": np.nan}, ValueError, r"learning_rate must be"),
        ({"learning_rate": np.inf}, ValueError, r"learning_rate must be"),
        ({"learning_rate": "0.1"}, TypeError, r"learning_rate must be"),
        ({"learning_rate": True}, TypeError, r"learning_rate must be"),
        (
            {"batch_size": 0},
            ValueError,
            r"batch_size must satisfy 1 <= batch_size <= 6",
        ),
        (
            {"batch_size": 7},
            ValueError,
            r"batch_size must satisfy 1 <= batch_size <= 6",
        ),
        ({"batch_size": 2.0}, TypeError, r"batch_size must be an integer"),
        ({"batch_size": True}, TypeError, r"batch_size must be an integer"),
        ({"weight_decay": -0.1}, ValueError, r"weight_decay must be >= 0"),
        ({"weight_decay": np.nan}, ValueError, r"weight_decay must not contain NaN"),
        ({"weight_decay": "0"}, TypeError, r"^weight_decay must be real numbers"),
        ({"weight_decay": True}, TypeError, r"^weight_decay must be real numbers"),
        ({"weight_decay": [0.1]}, ValueError, r"weight_decay must be 0-D"),
        ({"seed": -2}, ValueError, r"seed must be >= 0"),
    ],
)
def test_fit_rejects_bad_settings(kwargs, error, message):
    X, y = data(n=6)
    settings = {"epochs": 1, "learning_rate": 0.1, **kwargs}
    with pytest.raises(error, match=message):
        Network([3, 5, 4]).fit(X, y, **settings)


# --- digits_split --------------------------------------------------------------------


def test_digits_split_sizes_scaling_and_strata():
    X_train, X_val, X_test, y_train, y_val, y_test = digits_split()
    assert [len(a) for a in (X_train, X_val, X_test)] == [1077, 360, 360]
    assert [len(a) for a in (y_train, y_val, y_test)] == [1077, 360, 360]
    assert all(
        a.shape[1] == 64 and a.min() >= 0 and a.max() <= 1
        for a in (X_train, X_val, X_test)
    )
    for y in (y_train, y_val, y_test):  # each digit about a tenth of every set
        share = np.bincount(y, minlength=10) / len(y)
        assert np.all(np.abs(share - 0.1) < 0.01)
    # together they are the whole data set, each image once (sorted rows agree)
    from sklearn.datasets import load_digits

    X_all, y_all = load_digits(return_X_y=True)
    ours = np.vstack([X_train, X_val, X_test]) * 16
    assert np.array_equal(np.sort(ours, axis=0), np.sort(X_all, axis=0))
    assert np.array_equal(
        np.bincount(np.concatenate([y_train, y_val, y_test])), np.bincount(y_all)
    )


def test_digits_split_is_seeded():
    a, b, c = digits_split(seed=0), digits_split(seed=0), digits_split(seed=1)
    np.testing.assert_array_equal(a[0], b[0])
    assert not np.array_equal(a[0], c[0])


@pytest.mark.parametrize(
    ("seed", "error"), [(-1, ValueError), (1.0, TypeError), (True, TypeError)]
)
def test_digits_split_rejects_bad_seeds(seed, error):
    with pytest.raises(error, match=r"seed must be"):
        digits_split(seed=seed)


def test_layer_sizes_may_be_a_numpy_integer_array_but_not_nested():
    assert Network(np.array([2, 3, 2]), seed=0).layer_sizes == (2, 3, 2)
    with pytest.raises(ValueError, match="layer_sizes must be a flat list"):
        Network([[2, 3], 2])
    with pytest.raises(ValueError, match="layer_sizes must be 1-D"):
        Network(np.array([[2, 3, 2]]))
