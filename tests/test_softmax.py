"""Tests of mlfound.nn.softmax and softmax_cross_entropy: scipy, sklearn, gradients."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import scipy.special
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from sklearn.metrics import log_loss

from mlfound.calculus import gradient_check
from mlfound.nn import binary_cross_entropy_from_logits, softmax, softmax_cross_entropy

quick = settings(max_examples=60, deadline=None)
finite = st.floats(-1e308, 1e308, allow_nan=False, allow_infinity=False)


# --- softmax -------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("axis", [0, 1, -1, -2])
def test_softmax_matches_scipy(seed, axis):
    Z = np.random.default_rng(seed).normal(scale=30, size=(7, 5))
    ours = softmax(Z, axis=axis)
    np.testing.assert_allclose(ours, scipy.special.softmax(Z, axis=axis), rtol=1e-13)
    assert ours.shape == Z.shape
    np.testing.assert_allclose(ours.sum(axis=axis), 1.0, rtol=1e-14)


def test_softmax_of_a_vector_and_of_three_dimensions():
    z = np.array([1.0, 2.0, 3.0])
    by_hand = np.exp(z) / np.exp(z).sum()
    np.testing.assert_allclose(softmax(z), by_hand, rtol=1e-15)
    T = np.random.default_rng(1).normal(size=(2, 3, 4))
    np.testing.assert_allclose(
        softmax(T, axis=1), scipy.special.softmax(T, axis=1), rtol=1e-14
    )
    assert softmax([5.0]).tolist() == [1.0]  # one class is certain


def test_softmax_does_not_overflow_at_extremes():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert softmax([1e308, -1e308]).tolist() == [1.0, 0.0]
        assert softmax([-1e308, -1e308]).tolist() == [0.5, 0.5]
        assert softmax([1e308, 1e308, 1e308]).tolist() == pytest.approx([1 / 3] * 3)
        big = softmax([1000.0, 1001.0, 1002.0])
    np.testing.assert_allclose(big, softmax([0.0, 1.0, 2.0]), rtol=1e-14)


@quick
@given(hnp.arrays(np.float64, st.integers(1, 8), elements=finite))
def test_softmax_is_a_distribution_for_any_finite_input(z):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        p = softmax(z)
    assert np.all((p >= 0) & (p <= 1))
    assert p.sum() == pytest.approx(1.0, rel=1e-12)
    assert p[np.argmax(z)] == p.max()  # the largest score wins


@quick
@given(
    hnp.arrays(np.float64, 4, elements=st.floats(-50, 50)),
    st.floats(-1e3, 1e3),
)
def test_softmax_is_shift_invariant(z, shift):
    np.testing.assert_allclose(softmax(z + shift), softmax(z), rtol=1e-9, atol=1e-300)


def test_softmax_with_two_classes_is_the_sigmoid():
    t = np.linspace(-30, 30, 61)
    two = softmax(np.column_stack([t, np.zeros_like(t)]))
    np.testing.assert_allclose(two[:, 0], scipy.special.expit(t), rtol=1e-13)


def test_softmax_does_not_change_its_input():
    Z = np.array([[3.0, 1.0], [0.0, -2.0]])
    before = Z.copy()
    softmax(Z)
    np.testing.assert_array_equal(Z, before)


# --- softmax_cross_entropy -----------------------------------------------------------


@pytest.mark.parametrize("seed", range(5))
def test_cross_entropy_matches_sklearn_and_scipy(seed):
    rng = np.random.default_rng(seed)
    n, k = 40, 6
    logits = rng.normal(scale=4, size=(n, k))
    y = rng.integers(0, k, size=n)
    loss = softmax_cross_entropy(y, logits)
    assert type(loss) is float
    P = scipy.special.softmax(logits, axis=1)
    assert loss == pytest.approx(log_loss(y, P, labels=range(k)), rel=1e-12)
    log_p = scipy.special.log_softmax(logits, axis=1)
    assert loss == pytest.approx(-np.mean(log_p[np.arange(n), y]), rel=1e-13)


def test_cross_entropy_with_two_classes_is_the_binary_one():
    rng = np.random.default_rng(3)
    logits = rng.normal(scale=5, size=(30, 2))
    y = rng.integers(0, 2, size=30)
    binary = binary_cross_entropy_from_logits(y, logits[:, 1] - logits[:, 0])
    assert softmax_cross_entropy(y, logits) == pytest.approx(binary, rel=1e-12)


def test_cross_entropy_of_uniform_scores_is_log_k():
    for k in (2, 3, 10):
        loss = softmax_cross_entropy(np.arange(k), np.zeros((k, k)))
        assert loss == pytest.approx(np.log(k), rel=1e-15)


def test_cross_entropy_is_exact_where_the_probability_underflows():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert softmax_cross_entropy([0], [[0.0, 800.0]]) == 800.0
        assert softmax_cross_entropy([1], [[0.0, 800.0]]) == 0.0
        assert softmax_cross_entropy([0], [[1e308, -1e308]]) == 0.0
        # three losses near 1.5e308: their sum would overflow, their mean does not
        huge = softmax_cross_entropy([1, 1, 1], [[1e308, -5e307]] * 3)
    assert huge == pytest.approx(1.5e308, rel=1e-12)
    assert softmax_cross_entropy([0.0, 2.0], [[5.0, 0, 0], [0, 0, 5.0]]) == (
        pytest.approx(np.log(1 + 2 * np.exp(-5.0)), rel=1e-13)
    )


@quick
@given(
    hnp.arrays(np.float64, (3, 4), elements=st.floats(-1e300, 1e300)),
    st.lists(st.integers(0, 3), min_size=3, max_size=3),
)
def test_cross_entropy_is_finite_and_non_negative_for_finite_logits(logits, y):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        loss = softmax_cross_entropy(y, logits)
    assert np.isfinite(loss) and loss >= 0.0


def test_cross_entropy_beyond_the_float_range_is_an_error():
    with pytest.raises(ValueError, match=r"logits must span less than the float64"):
        softmax_cross_entropy([1], [[1e308, -1e308]])


@pytest.mark.parametrize("seed", range(3))
def test_gradient_is_softmax_minus_one_hot(seed):
    rng = np.random.default_rng(seed)
    n, k = 6, 4
    logits, y = rng.normal(size=(n, k)), rng.integers(0, k, size=n)

    def loss(flat):
        return softmax_cross_entropy(y, flat.reshape(n, k))

    def grad(flat):
        return ((softmax(flat.reshape(n, k)) - np.eye(k)[y]) / n).ravel()

    assert gradient_check(loss, grad, logits.ravel()) < 1e-7
    wrong = lambda flat: grad(flat) * n  # noqa: E731  (forgets the mean's 1/n)
    assert gradient_check(loss, wrong, logits.ravel()) > 0.5


def test_cross_entropy_does_not_change_its_inputs():
    y, logits = np.array([0, 1]), np.array([[1.0, 2.0], [3.0, -1.0]])
    before = logits.copy(), y.copy()
    softmax_cross_entropy(y, logits)
    np.testing.assert_array_equal(logits, before[0])
    np.testing.assert_array_equal(y, before[1])


# --- bad inputs ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("Z", "kwargs", "error", "message"),
    [
        (np.nan, {}, ValueError, r"Z must not contain NaN or inf"),
        ([1.0, np.inf], {}, ValueError, r"Z must not contain NaN or inf"),
        (1.0, {}, ValueError, r"Z must have at least 1 dimension: shape is \(\)"),
        (np.zeros((2, 0)), {}, ValueError, r"Z must have at least 1 element"),
        ([1.0, 2.0], {"axis": 1}, ValueError, r"axis must satisfy -1 <= axis <= 0"),
        ([[1.0, 2.0]], {"axis": -3}, ValueError, r"axis must satisfy -2 <= axis"),
        ([1.0, 2.0], {"axis": 0.0}, TypeError, r"axis must be an integer"),
        ([1.0, 2.0], {"axis": True}, TypeError, r"axis must be an integer"),
        (["a", "b"], {}, TypeError, r"^Z must be real numbers"),
        ([True, False], {}, TypeError, r"^Z must be real numbers"),
        (np.array([1 + 2j, 0j]), {}, TypeError, r"^Z must be real numbers"),
        (np.array([0.5, 1.5], dtype=object), {}, TypeError, r"^Z must be real"),
        (None, {}, TypeError, r"^Z must be real numbers"),
    ],
)
def test_softmax_rejects(Z, kwargs, error, message):
    with pytest.raises(error, match=message):
        softmax(Z, **kwargs)


@pytest.mark.parametrize(
    ("y", "logits", "error", "message"),
    [
        (
            [0, 3],
            np.zeros((2, 3)),
            ValueError,
            r"y must hold class labels 0, \.\.\., 2",
        ),
        ([0, -1], np.zeros((2, 3)), ValueError, r"bad values \[-1\.\]"),
        ([0, 0.5], np.zeros((2, 3)), ValueError, r"bad values \[0\.5\]"),
        ([0, 1, 2], np.zeros((2, 3)), ValueError, r"y must hold one label for each"),
        ([[0, 1]], np.zeros((2, 3)), ValueError, r"y must be 1-D: shape is \(1, 2\)"),
        ([0, 1], np.zeros(3), ValueError, r"logits must be 2-D: shape is \(3,\)"),
        ([0], [[0.0, np.nan]], ValueError, r"logits must not contain NaN or inf"),
        ([0, np.nan], np.zeros((2, 3)), ValueError, r"y must not contain NaN or inf"),
        ([True, False], np.zeros((2, 3)), TypeError, r"^y must be real numbers"),
        (["0", "1"], np.zeros((2, 3)), TypeError, r"^y must be real numbers"),
        ([0], np.array([[1j, 0j]]), TypeError, r"^logits must be real numbers"),
        ([0], None, TypeError, r"^logits must be real numbers"),
    ],
)
def test_cross_entropy_rejects(y, logits, error, message):
    with pytest.raises(error, match=message):
        softmax_cross_entropy(y, logits)
