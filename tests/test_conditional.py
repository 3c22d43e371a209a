"""Tests of joint_entropy, conditional_entropy and gaussian_entropy.

References: scipy.stats.entropy on contingency tables that scikit-learn builds,
sklearn.metrics.mutual_info_score, scipy.stats.multivariate_normal and
scipy.stats.norm; properties with hypothesis; every bad-input rule.
"""

from __future__ import annotations

import numpy as np
import pytest
import scipy.stats
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import mutual_info_score
from sklearn.metrics.cluster import contingency_matrix

from mlfound.information import (
    conditional_entropy,
    entropy,
    gaussian_entropy,
    joint_entropy,
    mutual_information,
)

quick = settings(max_examples=60, deadline=None)
BASES = [2, np.e, 10]


def scipy_joint(x, y, base):
    """H(X, Y): scipy's entropy of sklearn's contingency table, flattened."""
    return scipy.stats.entropy(contingency_matrix(x, y).ravel(), base=base)


def scipy_conditional(x, y, base):
    """H(X | Y) = sum_b p(b) H(X | Y = b), each column's entropy from scipy."""
    table = contingency_matrix(x, y).astype(float)
    p_b = table.sum(axis=0) / table.sum()
    columns = [scipy.stats.entropy(col, base=base) for col in table.T]
    return float(np.dot(p_b, columns))


def label_entropy(labels, base=2):
    return scipy.stats.entropy(np.unique(labels, return_counts=True)[1], base=base)


def noisy_pairs(seed, n=400):
    """x on a few labels, y a noisy, many-to-one view of it: H(X|Y) != H(Y|X)."""
    rng = np.random.default_rng(seed)
    x = rng.integers(0, 3 + seed, size=n)
    y = np.where(rng.random(n) < 0.7, x // 2, rng.integers(0, 4, size=n))
    return x, y


# --- agreement with scipy and scikit-learn ---------------------------------------


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("base", BASES)
def test_joint_and_conditional_entropy_match_scipy_on_tables(seed, base):
    x, y = noisy_pairs(seed)
    assert joint_entropy(x, y, base=base) == pytest.approx(
        scipy_joint(x, y, base), rel=1e-12
    )
    for a, b in ((x, y), (y, x)):
        assert conditional_entropy(a, b, base=base) == pytest.approx(
            scipy_conditional(a, b, base), rel=1e-12
        )


@pytest.mark.parametrize("seed", range(5))
def test_information_is_the_drop_in_entropy_in_sklearn_nats(seed):
    x, y = noisy_pairs(seed)
    h_x = label_entropy(x, base=np.e)
    drop = h_x - conditional_entropy(x, y, base=np.e)
    assert drop == pytest.approx(mutual_info_score(x, y), rel=1e-10)
    assert drop == pytest.approx(mutual_information(x, y, base=np.e), rel=1e-10)


def test_conditional_entropy_is_not_symmetric():
    x, y = noisy_pairs(3)
    forward, backward = conditional_entropy(x, y), conditional_entropy(y, x)
    assert abs(forward - backward) > 0.5
    # their difference is the difference of the marginal entropies
    assert forward - backward == pytest.approx(
        label_entropy(x) - label_entropy(y), abs=1e-12
    )


def test_a_function_of_y_leaves_no_uncertainty():
    x = np.arange(12) % 6  # a die face
    parity = x % 2
    assert conditional_entropy(parity, x) == 0.0  # exactly: log 1 = 0
    assert conditional_entropy(x, parity) == pytest.approx(np.log2(3), rel=1e-15)
    assert joint_entropy(x, parity) == pytest.approx(np.log2(6), rel=1e-15)
    assert conditional_entropy(x, x) == 0.0
    assert joint_entropy(x, x) == pytest.approx(np.log2(6), rel=1e-15)


def test_independent_labels_keep_all_their_entropy():
    # every pair of a 3 x 4 grid once: the empirical table is exactly p(a) p(b)
    x, y = np.repeat(np.arange(3), 4), np.tile(np.arange(4), 3)
    assert conditional_entropy(x, y) == pytest.approx(np.log2(3), rel=1e-15)
    assert conditional_entropy(y, x) == pytest.approx(2.0, rel=1e-15)
    assert joint_entropy(x, y) == pytest.approx(np.log2(12), rel=1e-15)


def test_a_single_sample_and_a_constant_have_no_entropy():
    assert joint_entropy([7], ["a"]) == 0.0
    assert conditional_entropy([7], ["a"]) == 0.0
    x = np.array([0, 1, 1, 0, 2])
    assert conditional_entropy(x, np.zeros(5)) == pytest.approx(label_entropy(x))
    assert conditional_entropy(np.zeros(5), x) == 0.0
    assert type(joint_entropy(x, x)) is float
    assert type(conditional_entropy(x, x)) is float


def test_string_and_boolean_labels():
    x = np.array(["cat", "dog", "cat", "bird", "dog", "cat"])
    y = np.array([True, False, True, False, False, True])
    assert joint_entropy(x, y, base=np.e) == pytest.approx(scipy_joint(x, y, np.e))
    assert conditional_entropy(y, x) == 0.0  # each animal has one label here
    assert conditional_entropy(x, y) == pytest.approx(scipy_conditional(x, y, 2))


def test_many_labels_match_sklearn():
    rng = np.random.default_rng(1)
    x = rng.integers(0, 3000, size=2000)  # a dense table would have 9 million cells
    y = (x + rng.integers(0, 5, size=2000)) % 3000
    drop = label_entropy(x, np.e) - conditional_entropy(x, y, base=np.e)
    assert drop == pytest.approx(mutual_info_score(x, y), rel=1e-10)


def test_inputs_are_not_modified():
    x, y = noisy_pairs(0)
    cov = np.array([[2.0, 0.5], [0.5, 1.0]])
    copies = x.copy(), y.copy(), cov.copy()
    joint_entropy(x, y), conditional_entropy(x, y), gaussian_entropy(cov)
    for before, after in zip(copies, (x, y, cov), strict=True):
        np.testing.assert_array_equal(before, after)


# --- properties --------------------------------------------------------------------


@st.composite
def label_pairs(draw: st.DrawFn) -> tuple[list[int], list[int]]:
    x = draw(st.lists(st.integers(0, 5), min_size=1, max_size=60))
    y = draw(st.lists(st.integers(-2, 2), min_size=len(x), max_size=len(x)))
    return x, y


@quick
@given(label_pairs(), st.sampled_from(BASES))
def test_chain_rule_in_both_directions(pair, base):
    x, y = pair
    h_xy = joint_entropy(x, y, base=base)
    h_x, h_y = label_entropy(x, base), label_entropy(y, base)
    assert h_xy == pytest.approx(h_y + conditional_entropy(x, y, base=base), abs=1e-12)
    assert h_xy == pytest.approx(h_x + conditional_entropy(y, x, base=base), abs=1e-12)
    assert joint_entropy(y, x, base=base) == pytest.approx(h_xy, abs=1e-12)


@quick
@given(label_pairs())
def test_conditioning_never_adds_uncertainty_on_average(pair):
    x, y = pair
    h_x, h_y = label_entropy(x), label_entropy(y)
    h_x_given_y = conditional_entropy(x, y)
    assert 0.0 <= h_x_given_y <= h_x + 1e-12
    h_xy = joint_entropy(x, y)
    assert max(h_x, h_y) - 1e-12 <= h_xy <= h_x + h_y + 1e-12  # subadditivity
    info = mutual_information(x, y)
    assert info == pytest.approx(h_x - h_x_given_y, abs=1e-12)
    assert info == pytest.approx(h_x + h_y - h_xy, abs=1e-12)


@quick
@given(label_pairs())
def test_relabelling_changes_nothing(pair):
    x, y = pair
    renamed = [f"label {v}" for v in y]
    assert conditional_entropy(x, renamed) == pytest.approx(
        conditional_entropy(x, y), abs=1e-15
    )
    assert joint_entropy(renamed, x) == pytest.approx(joint_entropy(x, y), abs=1e-15)


# --- the entropy of a Gaussian -----------------------------------------------------


def random_covariance(rng: np.random.Generator, d: int) -> np.ndarray:
    a = rng.normal(size=(d, d))
    return a @ a.T + 0.1 * np.eye(d)


@pytest.mark.parametrize("d", [1, 2, 3, 6])
@pytest.mark.parametrize("base", BASES)
def test_gaussian_entropy_matches_scipy_multivariate_normal(d, base):
    cov = random_covariance(np.random.default_rng(d), d)
    nats = scipy.stats.multivariate_normal(mean=np.zeros(d), cov=cov).entropy()
    assert gaussian_entropy(cov, base=base) == pytest.approx(
        nats / np.log(base), rel=1e-12
    )


@pytest.mark.parametrize("sigma", [1e-3, 0.5, 1.0, 7.0, 1e4])
def test_one_variable_matches_scipy_norm(sigma):
    nats = scipy.stats.norm(scale=sigma).entropy()
    assert gaussian_entropy([[sigma**2]], base=np.e) == pytest.approx(nats, rel=1e-12)
    assert gaussian_entropy(np.array([[sigma**2]])) == pytest.approx(
        nats / np.log(2), rel=1e-12
    )


def test_standard_normal_and_a_narrow_one():
    h = gaussian_entropy(np.eye(1))
    assert h == pytest.approx(0.5 * np.log2(2 * np.pi * np.e), rel=1e-15)
    assert type(h) is float
    # narrower than 1 / sqrt(2 pi e): negative differential entropy
    assert gaussian_entropy([[0.01]]) < 0
    assert gaussian_entropy(np.eye(3, dtype=np.int64)) == pytest.approx(3 * h)
    assert gaussian_entropy(np.float32([[1.0]])) == pytest.approx(h)


@pytest.mark.parametrize(
    ("cov", "log_det"),
    [
        ([[1e-300]], -300 * np.log(10)),
        ([[5e-324]], np.log(5e-324)),
        ([[1e300]], 300 * np.log(10)),
        ([[1.7e308, 1e308], [1e308, 1.7e308]], np.log(0.7 * 2.7) + 616 * np.log(10)),
        ([[1e-200, 0.0], [0.0, 1e200]], 0.0),  # det 1 though det underflows ...
        (np.diag([1e-200] * 3), -600 * np.log(10)),  # ... or this one is 0.0
    ],
)
def test_extreme_magnitudes_give_the_exact_finite_answer(cov, log_det):
    d = len(cov)
    nats = (d * np.log(2 * np.pi * np.e) + log_det) / 2
    assert gaussian_entropy(cov, base=np.e) == pytest.approx(nats, rel=1e-12)


@quick
@given(
    st.integers(1, 4).flatmap(
        lambda d: st.tuples(
            st.just(d),
            st.integers(0, 2**32 - 1),
            st.floats(-20, 20),  # log of a scale factor
        )
    )
)
def test_a_linear_map_adds_log_abs_det(args):
    d, seed, log_c = args
    rng = np.random.default_rng(seed)
    cov = random_covariance(rng, d)
    a = rng.normal(size=(d, d)) + 3 * np.eye(d)
    h = gaussian_entropy(cov, base=np.e)
    _, log_abs_det = np.linalg.slogdet(a)
    assert gaussian_entropy(a @ cov @ a.T, base=np.e) == pytest.approx(
        h + log_abs_det, abs=1e-8
    )
    scaled = gaussian_entropy(np.exp(2 * log_c) * cov, base=np.e)
    assert scaled == pytest.approx(h + d * log_c, abs=1e-9)
    assert gaussian_entropy(cov, base=2) == pytest.approx(h / np.log(2), abs=1e-12)


# --- every bad input ---------------------------------------------------------------

LABEL_FUNCTIONS = [joint_entropy, conditional_entropy]


@pytest.mark.parametrize("func", LABEL_FUNCTIONS)
@pytest.mark.parametrize(
    ("x", "y", "error", "message"),
    [
        ([[0, 1], [1, 0]], [0, 1], ValueError, r"x must be 1-D: shape is \(2, 2\)"),
        ([0, 1], np.zeros((2, 1)), ValueError, r"y must be 1-D: shape is \(2, 1\)"),
        ([0, 1, 1], [0, 1], ValueError, r"same length: got 3 and 2"),
        ([], [], ValueError, r"x must have at least 1 label"),
        ([0], [], ValueError, r"y must have at least 1 label"),
        (5, [0], ValueError, r"x must be 1-D: shape is \(\)"),
        ([0.0, np.nan], [0, 1], ValueError, r"x must not contain NaN or inf"),
        ([0, 1], [np.inf, 1.0], ValueError, r"y must not contain NaN or inf"),
        ([[0, 1], [2]], [0, 1], ValueError, r"x must be 1-D: got ragged"),
        (
            [0, 1],
            [1j, 2j],
            TypeError,
            r"y must hold int, float, bool or str labels: got complex",
        ),
        (np.array([1, "a", None], object), [0, 1, 2], TypeError, r"x must hold"),
    ],
)
def test_label_functions_reject_bad_labels(func, x, y, error, message):
    with pytest.raises(error, match=message):
        func(x, y)


CALLS = {
    "joint_entropy": lambda base: joint_entropy([0, 1], [1, 0], base=base),
    "conditional_entropy": lambda base: conditional_entropy([0, 1], [1, 0], base=base),
    "gaussian_entropy": lambda base: gaussian_entropy([[1.0]], base=base),
}


@pytest.mark.parametrize("call", CALLS.values(), ids=list(CALLS))
@pytest.mark.parametrize(
    ("base", "error", "message"),
    [
        (1, ValueError, r"base must be > 0 and != 1: got 1.0"),
        (0, ValueError, r"base must be > 0: got 0"),
        (-2.0, ValueError, r"base must be > 0: got -2.0"),
        (float("nan"), ValueError, r"base must be finite and > 0: got nan"),
        (float("inf"), ValueError, r"base must be finite and > 0: got inf"),
        ("e", TypeError, r"base must be a real number \(int or float\): got str 'e'"),
        (
            True,
            TypeError,
            r"base must be a real number \(int or float\): got bool True",
        ),
        (None, TypeError, r"base must be a real number \(int or float\): got None"),
    ],
)
def test_every_function_rejects_a_bad_base(call, base, error, message):
    with pytest.raises(error, match=message):
        call(base)


@pytest.mark.parametrize(
    ("cov", "error", "message"),
    [
        (2.0, ValueError, r"cov must be 2-D: shape is \(\)"),
        ([1.0, 2.0], ValueError, r"cov must be 2-D: shape is \(2,\)"),
        (np.ones((2, 3)), ValueError, r"cov must be a square \(d, d\) matrix: shape"),
        (np.zeros((0, 0)), ValueError, r"cov must have at least 1 element"),
        ([[1.0, np.nan], [np.nan, 1.0]], ValueError, r"cov must not contain NaN"),
        ([[np.inf]], ValueError, r"cov must not contain NaN or inf"),
        (
            [[1.0, 0.5], [0.4, 1.0]],
            ValueError,
            r"cov must be symmetric: cov\[0, 1\] = 0.5 but cov\[1, 0\] = 0.4",
        ),
        ([[1.0, 2.0], [2.0, 1.0]], ValueError, r"positive definite: .* eigenvalue -1"),
        ([[1.0, 1.0], [1.0, 1.0]], ValueError, r"cov must be positive definite"),
        ([[-4.0]], ValueError, r"positive definite: cov\[0, 0\] = -4 is not > 0"),
        ([[0.0, 0.0], [0.0, 0.0]], ValueError, r"cov\[0, 0\] = 0 is not > 0"),
        ([[1.0, 0.0], [0.0]], ValueError, r"cov must be a \(d, d\) matrix: its rows"),
        ([[True]], TypeError, r"cov must hold real numbers: got dtype bool"),
        ([[1 + 0j]], TypeError, r"cov must hold real numbers: got dtype complex128"),
        ([["1.0"]], TypeError, r"cov must hold real numbers: got dtype <U3"),
        (None, TypeError, r"cov must hold real numbers: got dtype object"),
    ],
)
def test_gaussian_entropy_rejects_bad_covariances(cov, error, message):
    with pytest.raises(error, match=message):
        gaussian_entropy(cov)


def test_bits_are_nats_over_ln_2():
    x, y = noisy_pairs(2)
    for func in LABEL_FUNCTIONS:
        assert func(x, y) == pytest.approx(func(x, y, base=np.e) / np.log(2))
    assert entropy([0.5, 0.5]) == 1.0  # the re-export keeps the old names working
