"""Tests of mlfound.nn: stability, sklearn agreement, gradient checks, bad inputs."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import scipy.special
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import log_loss
from sklearn.metrics import mean_squared_error as sklearn_mse

from mlfound.calculus import numerical_gradient
from mlfound.nn import (
    BCE_EPS,
    TwoLayerNetwork,
    binary_cross_entropy,
    binary_cross_entropy_from_logits,
    mean_squared_error,
    sigmoid,
)
from mlfound.probability import bernoulli_nll

quick = settings(max_examples=50, deadline=None)
NAMES = ("W1", "b1", "W2", "b2")


def separable_data(n: int = 100, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """The chapter-5 data: points labelled by x0 + x1 > 0."""
    X = np.random.default_rng(seed).normal(size=(n, 2))
    return X, (X[:, 0] + X[:, 1] > 0).astype(int)


def flat_params(net: TwoLayerNetwork) -> np.ndarray:
    return np.concatenate([getattr(net, name).ravel() for name in NAMES])


def set_flat_params(net: TwoLayerNetwork, theta: np.ndarray) -> None:
    start = 0
    for name in NAMES:
        shape = getattr(net, name).shape
        size = int(np.prod(shape))
        setattr(net, name, theta[start : start + size].reshape(shape))
        start += size


def gradient_error(net: TwoLayerNetwork, loss, X, y) -> float:
    """Largest |analytic - numerical| over the largest gradient entry."""
    theta = flat_params(net)
    analytic = np.concatenate([net.gradients(X, y)[k].ravel() for k in NAMES])

    def f(t: np.ndarray) -> float:
        set_flat_params(net, t)
        return loss()

    numeric = numerical_gradient(f, theta, eps=1e-6)
    set_flat_params(net, theta)
    return float(np.max(np.abs(analytic - numeric)) / np.max(np.abs(numeric)))


# --- sigmoid -------------------------------------------------------------------------


def test_sigmoid_saturates_exactly_without_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert sigmoid(-1000.0) == 0.0
        assert sigmoid(1000.0) == 1.0
        extremes = sigmoid(np.array([-1e308, -745.0, 0.0, 745.0, 1e308]))
    np.testing.assert_array_equal(extremes[[0, 2, 4]], [0.0, 0.5, 1.0])
    assert type(sigmoid(0.0)) is float
    assert isinstance(extremes, np.ndarray) and extremes.shape == (5,)


def test_sigmoid_matches_scipy_expit():
    z = np.random.default_rng(0).normal(scale=20, size=(50, 3))
    np.testing.assert_allclose(sigmoid(z), scipy.special.expit(z), rtol=1e-15)


@quick
@given(st.floats(-1e308, 1e308, allow_nan=False))
def test_sigmoid_is_a_probability_and_symmetric(z):
    s = sigmoid(z)
    assert 0.0 <= s <= 1.0
    assert sigmoid(-z) == pytest.approx(1.0 - s, rel=0, abs=2.3e-16)


# --- losses --------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(5))
def test_binary_cross_entropy_matches_sklearn_log_loss(seed):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, size=200)
    p = rng.uniform(0.001, 0.999, size=200)
    assert binary_cross_entropy(y, p) == pytest.approx(log_loss(y, p), rel=1e-12)
    assert binary_cross_entropy(y, p) == pytest.approx(bernoulli_nll(y, p), rel=1e-12)
    z = scipy.special.logit(p)
    loss = binary_cross_entropy_from_logits(y, z)
    assert loss == pytest.approx(log_loss(y, p), rel=1e-10)


def test_binary_cross_entropy_is_finite_at_exact_zero_and_one():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        loss = binary_cross_entropy([1, 0, 1, 0], [0.0, 1.0, 1.0, 0.0])
    assert loss == pytest.approx(-np.log(BCE_EPS) / 2, rel=1e-15)  # 2 sure mistakes
    assert binary_cross_entropy([1, 0], [1.0, 0.0]) == 0.0  # two sure hits


def test_binary_cross_entropy_from_logits_is_stable_at_extremes():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert binary_cross_entropy_from_logits([1, 0], [1000.0, -1000.0]) == 0.0
        assert binary_cross_entropy_from_logits([0], [1000.0]) == 1000.0
        assert binary_cross_entropy_from_logits([1], [-1000.0]) == 1000.0
    # the two forms agree; 1 - sigmoid(20) keeps only ~8 digits, which is why the
    # logit form is preferred when logits are available
    z = np.linspace(-20, 20, 41)
    y = (np.arange(41) % 2).astype(float)
    assert binary_cross_entropy_from_logits(y, z) == pytest.approx(
        binary_cross_entropy(y, sigmoid(z)), rel=1e-8
    )


def test_column_predictions_do_not_broadcast_against_row_labels():
    y = np.array([1, 0, 1])
    p = np.array([[0.9], [0.2], [0.6]])
    assert binary_cross_entropy(y, p) == pytest.approx(binary_cross_entropy(y, p[:, 0]))
    assert mean_squared_error(y, p) == pytest.approx((0.01 + 0.04 + 0.16) / 3)


def test_mean_squared_error_matches_sklearn():
    rng = np.random.default_rng(1)
    y, p = rng.integers(0, 2, size=(30, 2)), rng.random((30, 2))
    assert mean_squared_error(y, p) == pytest.approx(sklearn_mse(y, p), rel=1e-12)


# --- the network ---------------------------------------------------------------------


def test_network_shapes_repr_and_seeded_initialisation():
    net = TwoLayerNetwork(2, 4, seed=0)
    assert repr(net) == "TwoLayerNetwork(2-4-1, seed=0)"
    assert repr(TwoLayerNetwork(3, 5, 2, seed=7)) == "TwoLayerNetwork(3-5-2, seed=7)"
    shapes = {name: getattr(net, name).shape for name in NAMES}
    assert shapes == {"W1": (2, 4), "b1": (4,), "W2": (4, 1), "b2": (1,)}
    again, other = TwoLayerNetwork(2, 4, seed=0), TwoLayerNetwork(2, 4, seed=1)
    np.testing.assert_array_equal(net.W1, again.W1)
    assert not np.array_equal(net.W1, other.W1)
    assert np.all(net.W1 != 0) and np.abs(net.W1).max() < 5


def test_forward_gives_probabilities_of_shape_n_by_outputs():
    X, _ = separable_data(10)
    P = TwoLayerNetwork(2, 3, 2).forward(X)
    assert P.shape == (10, 2)
    assert np.all((P > 0) & (P < 1))
    net = TwoLayerNetwork(2, 3)
    np.testing.assert_array_equal(net.predict_proba(X), net.forward(X))


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("column", [False, True])
def test_gradients_agree_with_central_differences(seed, column):
    rng = np.random.default_rng(seed)
    X, y = rng.normal(size=(20, 3)), rng.integers(0, 2, size=20)
    y = y[:, None] if column else y
    net = TwoLayerNetwork(3, 5, seed=seed)
    # the loss exactly as the issue states it: binary_cross_entropy of forward(X)
    error = gradient_error(net, lambda: binary_cross_entropy(y, net.forward(X)), X, y)
    assert error < 1e-6
    assert gradient_error(net, lambda: net.loss(X, y), X, y) < 1e-6


def test_gradients_with_several_outputs_agree_with_central_differences():
    rng = np.random.default_rng(5)
    X, Y = rng.normal(size=(15, 4)), rng.integers(0, 2, size=(15, 3))
    net = TwoLayerNetwork(4, 6, 3, seed=2)
    assert gradient_error(net, lambda: net.loss(X, Y), X, Y) < 1e-6
    grads = net.gradients(X, Y)
    assert list(grads) == list(NAMES)
    assert all(grads[name].shape == getattr(net, name).shape for name in NAMES)


def test_the_gradient_check_catches_a_loss_that_does_not_match():
    # chapter 5's pitfall: descending the cross-entropy gradient while reporting MSE
    X, y = separable_data(30)
    net = TwoLayerNetwork(2, 4, seed=0)
    mse = lambda: mean_squared_error(y, net.forward(X))  # noqa: E731
    assert gradient_error(net, mse, X, y) > 0.1


def test_fit_separates_the_chapter_data():
    X, y = separable_data(100)
    net = TwoLayerNetwork(2, 4, seed=0)
    before = net.loss(X, y)
    losses = net.fit(X, y, epochs=500, learning_rate=1.0)
    assert len(losses) == 500 and all(type(v) is float for v in losses)
    assert losses[0] == before  # entry t is the loss before update t
    assert losses[-1] < losses[0]
    assert net.loss(X, y) <= losses[-1]
    predictions = net.predict(X)
    assert predictions.shape == (100,) and predictions.dtype.kind == "i"
    assert set(np.unique(predictions)) <= {0, 1}
    assert np.mean(predictions == y) >= 0.95


def test_fit_for_zero_epochs_changes_nothing():
    X, y = separable_data(10)
    net = TwoLayerNetwork(2, 4)
    W1 = net.W1.copy()
    assert net.fit(X, y, epochs=0, learning_rate=0.1) == []
    np.testing.assert_array_equal(net.W1, W1)


def test_fit_with_a_huge_learning_rate_stops_with_an_error_and_finite_weights():
    X, y = separable_data(20)
    net = TwoLayerNetwork(2, 4)
    net.W2 *= 1e300  # hidden units not saturated, so the gradient for W1 is ~1e297
    before = flat_params(net)
    with pytest.raises(
        ValueError,
        match=r"learning_rate=1000000000000.0 made training diverge at epoch 0",
    ):
        net.fit(X, y, epochs=10, learning_rate=1e12)
    np.testing.assert_array_equal(flat_params(net), before)  # the last finite ones


# --- every bad input -----------------------------------------------------------------


@pytest.mark.parametrize("z", [np.nan, [0.0, np.inf], [-np.inf]])
def test_sigmoid_rejects_non_finite_input(z):
    with pytest.raises(ValueError, match=r"z must not contain NaN or inf"):
        sigmoid(z)


@pytest.mark.parametrize(
    ("y", "p", "message"),
    [
        ([0, 2], [0.5, 0.5], r"y_true must contain only 0 and 1: bad values \[2.\]"),
        ([0, 1], [0.5, 1.5], r"p must lie in \[0, 1\]: bad values \[1.5\]"),
        ([0, 1], [-0.5, 0.5], r"p must lie in \[0, 1\]: bad values \[-0.5\]"),
        ([0, 1], [0.5, np.nan], r"p must not contain NaN or inf"),
        ([0, 1], [0.5, 0.5, 0.5], r"y_true and p must have the same shape: \(2,\)"),
        ([0, 1], [[0.5, 0.5]], r"y_true and p must have the same shape"),
        ([0, 1], np.full((2, 1, 1), 0.5), r"p must be 1-D or 2-D: shape is"),
        ([[[0, 1]]], [0.5, 0.5], r"y_true must be 1-D or 2-D: shape is \(1, 1, 2\)"),
    ],
)
def test_binary_cross_entropy_rejects(y, p, message):
    with pytest.raises(ValueError, match=message):
        binary_cross_entropy(y, p)


@pytest.mark.parametrize(
    ("y", "z", "message"),
    [
        ([0, 1], [0.0, np.inf], r"z must not contain NaN or inf"),
        ([0, 3], [0.0, 1.0], r"y_true must contain only 0 and 1"),
        ([0, 1], [0.0], r"y_true and z must have the same shape: \(2,\) and \(1,\)"),
    ],
)
def test_binary_cross_entropy_from_logits_rejects(y, z, message):
    with pytest.raises(ValueError, match=message):
        binary_cross_entropy_from_logits(y, z)


def test_mean_squared_error_rejects():
    with pytest.raises(ValueError, match=r"y_true and p must have the same shape"):
        mean_squared_error([0, 1], [0.5])
    with pytest.raises(ValueError, match=r"p must not contain NaN or inf"):
        mean_squared_error([0, 1], [0.5, np.nan])


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "message"),
    [
        ((0, 4), {}, ValueError, r"n_inputs must be >= 1: got 0"),
        ((2, -1), {}, ValueError, r"n_hidden must be >= 1: got -1"),
        ((2, 4, 0), {}, ValueError, r"n_outputs must be >= 1: got 0"),
        ((2.0, 4), {}, TypeError, r"n_inputs must be an integer .*: got float 2.0"),
        ((2, 4), {"seed": -1}, ValueError, r"seed must be >= 0: got -1"),
    ],
)
def test_network_rejects_bad_sizes(args, kwargs, error, message):
    with pytest.raises(error, match=message):
        TwoLayerNetwork(*args, **kwargs)


@pytest.mark.parametrize("method", ["forward", "predict", "predict_proba"])
@pytest.mark.parametrize(
    ("X", "message"),
    [
        (np.zeros(2), r"X must be 2-D: shape is \(2,\)"),
        (np.zeros((5, 3)), r"X must have 2 columns \(n_inputs\): shape is \(5, 3\)"),
        ([[0.0, np.nan]], r"X must not contain NaN or inf"),
    ],
)
def test_network_rejects_bad_inputs(method, X, message):
    with pytest.raises(ValueError, match=message):
        getattr(TwoLayerNetwork(2, 4), method)(X)


@pytest.mark.parametrize("method", ["gradients", "loss", "fit"])
@pytest.mark.parametrize(
    ("y", "message"),
    [
        (np.zeros(4), r"y must have shape \(5, 1\) to match X: got \(4, 1\)"),
        (np.zeros((5, 2)), r"y must have shape \(5, 1\) to match X: got \(5, 2\)"),
        ([0, 1, 2, 1, 0], r"y must contain only 0 and 1: bad values \[2.\]"),
        ([0, 1, np.nan, 1, 0], r"y must not contain NaN or inf"),
    ],
)
def test_network_rejects_bad_labels(method, y, message):
    net, X = TwoLayerNetwork(2, 4), np.zeros((5, 2))
    kwargs = {"epochs": 1, "learning_rate": 0.1} if method == "fit" else {}
    with pytest.raises(ValueError, match=message):
        getattr(net, method)(X, y, **kwargs)


@pytest.mark.parametrize(
    ("epochs", "learning_rate", "error", "message"),
    [
        (-1, 0.1, ValueError, r"epochs must be >= 0: got -1"),
        (10.5, 0.1, TypeError, r"epochs must be an integer .*: got float 10.5"),
        (10, 0.0, ValueError, r"learning_rate must be > 0: got 0.0"),
        (10, -0.5, ValueError, r"learning_rate must be > 0: got -0.5"),
        (
            10,
            float("nan"),
            ValueError,
            r"learning_rate must be finite and > 0: got nan",
        ),
        (
            10,
            float("inf"),
            ValueError,
            r"learning_rate must be finite and > 0: got inf",
        ),
    ],
)
def test_fit_rejects_bad_settings(epochs, learning_rate, error, message):
    X, y = separable_data(10)
    with pytest.raises(error, match=message):
        TwoLayerNetwork(2, 4).fit(X, y, epochs=epochs, learning_rate=learning_rate)
