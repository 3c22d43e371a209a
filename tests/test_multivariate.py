"""Tests of the multivariate normal in mlfound.probability: scipy, CLT, bad inputs."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import scipy.stats
from hypothesis import given, settings
from hypothesis import strategies as st

from mlfound.probability import (
    multivariate_normal_logpdf,
    multivariate_normal_sample,
)

quick = settings(max_examples=60, deadline=None)


def random_problem(seed: int, d: int) -> tuple[np.ndarray, np.ndarray]:
    """A random mean and a random symmetric positive definite covariance."""
    rng = np.random.default_rng(seed)
    A = rng.normal(size=(d, d))
    return rng.normal(scale=3.0, size=d), A @ A.T + 0.1 * np.eye(d)


# --- agreement with scipy and with the textbook formula ------------------------------


@pytest.mark.parametrize("d", [1, 2, 3, 6])
@pytest.mark.parametrize("seed", range(3))
def test_logpdf_matches_scipy_for_many_points(seed, d):
    mean, cov = random_problem(seed, d)
    x = np.random.default_rng(seed + 100).normal(scale=4.0, size=(25, d))
    ours = multivariate_normal_logpdf(x, mean, cov)
    reference = scipy.stats.multivariate_normal(mean, cov).logpdf(x)
    assert ours.shape == (25,)
    np.testing.assert_allclose(ours, reference, rtol=1e-10)


@pytest.mark.parametrize("seed", range(3))
def test_one_point_gives_a_float_equal_to_the_inverse_and_determinant_formula(seed):
    mean, cov = random_problem(seed, 4)
    x = np.random.default_rng(seed).normal(size=4)
    value = multivariate_normal_logpdf(x, mean, cov)
    assert type(value) is float
    diff = x - mean
    sign, log_det = np.linalg.slogdet(cov)
    direct = -0.5 * (4 * np.log(2 * np.pi) + log_det + diff @ np.linalg.inv(cov) @ diff)
    assert sign == 1.0
    assert value == pytest.approx(direct, rel=1e-10)
    # a stack of one point is an array of one value
    assert multivariate_normal_logpdf(x[None, :], mean, cov).shape == (1,)


def test_density_integrates_to_one_over_the_plane():
    mean, cov = np.array([0.5, -1.0]), np.array([[2.0, -0.8], [-0.8, 1.0]])
    grid = np.linspace(-12.0, 12.0, 601)
    u, v = np.meshgrid(grid, grid)
    points = np.column_stack([u.ravel(), v.ravel()])
    density = np.exp(multivariate_normal_logpdf(points, mean, cov)).reshape(u.shape)
    area = np.trapezoid(np.trapezoid(density, grid, axis=1), grid)
    assert area == pytest.approx(1.0, abs=1e-8)


def test_badly_scaled_coordinates_match_scipy_on_standardised_coordinates():
    # scipy's eigenvalue test calls this covariance singular; it is not. Dividing
    # each coordinate by its standard deviation D_i gives a correlation matrix,
    # and the log-density changes by -sum(log D_i).
    cov = np.array([[1e-12, 0.5], [0.5, 1e12]])  # correlation 0.5
    mean = np.array([0.0, 1e6])
    x = np.array([[1e-6, 2e6], [-3e-6, 0.0]])
    D = np.sqrt(np.diag(cov))
    standard = scipy.stats.multivariate_normal(mean / D, cov / np.outer(D, D))
    reference = standard.logpdf(x / D) - np.sum(np.log(D))
    np.testing.assert_allclose(
        multivariate_normal_logpdf(x, mean, cov), reference, rtol=1e-9
    )


# --- properties ----------------------------------------------------------------------


@quick
@given(
    st.integers(0, 10_000),
    st.integers(1, 5),
    st.integers(-150, 150),
)
def test_rescaling_all_coordinates_shifts_the_logpdf_by_d_log_c(seed, d, power):
    # x -> c x, mean -> c mean, cov -> c^2 cov divides the density by c^d
    mean, cov = random_problem(seed, d)
    x = np.random.default_rng(seed).normal(size=(3, d))
    c = 10.0**power
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        scaled = multivariate_normal_logpdf(c * x, c * mean, c * c * cov)
    expected = multivariate_normal_logpdf(x, mean, cov) - d * np.log(c)
    np.testing.assert_allclose(scaled, expected, rtol=1e-9, atol=1e-9)


@quick
@given(st.integers(0, 10_000), st.floats(-1e6, 1e6))
def test_shifting_point_and_mean_together_changes_nothing(seed, shift):
    mean, cov = random_problem(seed, 3)
    x = np.random.default_rng(seed).normal(size=(4, 3))
    np.testing.assert_allclose(
        multivariate_normal_logpdf(x + shift, mean + shift, cov),
        multivariate_normal_logpdf(x, mean, cov),
        rtol=1e-6,
        atol=1e-6 * (1 + abs(shift)),
    )


@quick
@given(st.integers(0, 10_000), st.integers(1, 5))
def test_the_density_is_largest_at_the_mean(seed, d):
    mean, cov = random_problem(seed, d)
    x = mean + np.random.default_rng(seed).normal(size=(10, d))
    assert np.all(
        multivariate_normal_logpdf(x, mean, cov)
        < multivariate_normal_logpdf(mean, mean, cov)
    )


@pytest.mark.parametrize("scale", [1e-300, 1e300])
def test_extreme_scales_give_finite_correct_values_without_warnings(scale):
    cov = scale * np.array([[2.0, 0.6], [0.6, 1.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        at_mean = multivariate_normal_logpdf([0.0, 0.0], [0.0, 0.0], cov)
    _sign, log_det = np.linalg.slogdet(cov / scale)
    expected = -0.5 * (2 * np.log(2 * np.pi) + log_det + 2 * np.log(scale))
    assert at_mean == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize(
    ("x", "mean", "cov"),
    [
        ([1e308, -1e308], [-1e308, 1e308], np.eye(2)),  # the difference overflows
        ([1e200, 0.0], [0.0, 0.0], np.eye(2)),  # its square overflows
        ([1.0, 0.0], [0.0, 0.0], 1e-320 * np.eye(2)),  # 1 / sigma overflows
    ],
)
def test_points_infinitely_far_away_get_minus_infinity_without_warnings(x, mean, cov):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert multivariate_normal_logpdf(x, mean, cov) == -np.inf


def test_a_representable_answer_beyond_the_square_root_of_the_float_range():
    # x - mean = 2e308 overflows, yet the log-density, about -1.2e308, does not
    sigma = 1.3e154
    value = multivariate_normal_logpdf([1e308], [-1e308], [[sigma**2]])
    half_z_squared = 2.0 * (1e308 / sigma) ** 2  # ((2e308 / sigma) ** 2) / 2
    expected = -0.5 * np.log(2 * np.pi) - np.log(sigma) - half_z_squared
    assert np.isfinite(value)
    assert value == pytest.approx(expected, rel=1e-12)


def test_inputs_are_not_modified():
    mean, cov = random_problem(0, 3)
    x = np.random.default_rng(1).normal(size=(5, 3))
    copies = [a.copy() for a in (x, mean, cov)]
    multivariate_normal_logpdf(x, mean, cov)
    multivariate_normal_sample(mean, cov, 5, seed=0)
    for before, after in zip(copies, (x, mean, cov), strict=True):
        np.testing.assert_array_equal(before, after)


# --- sampling -------------------------------------------------------------------------


def test_sample_is_the_mean_plus_the_cholesky_factor_times_standard_normals():
    mean, cov = random_problem(4, 3)
    x = multivariate_normal_sample(mean, cov, 50, seed=7)
    z = np.random.default_rng(7).standard_normal((50, 3))
    assert x.shape == (50, 3)
    np.testing.assert_allclose(x, mean + z @ np.linalg.cholesky(cov).T, rtol=1e-12)


def test_sample_is_reproducible_and_seeds_differ():
    mean, cov = random_problem(5, 2)
    a = multivariate_normal_sample(mean, cov, 10, seed=3)
    np.testing.assert_array_equal(a, multivariate_normal_sample(mean, cov, 10, seed=3))
    assert not np.allclose(a, multivariate_normal_sample(mean, cov, 10, seed=4))
    assert multivariate_normal_sample(mean, cov, 0, seed=3).shape == (0, 2)


@pytest.mark.parametrize("n", [50, 2_000])
def test_sample_mean_error_shrinks_at_the_clt_rate(n):
    # n (xbar - mu)^T Sigma^{-1} (xbar - mu) ~ chi^2_d: mean d, variance 2d, for
    # every n. Averaged over R data sets it must sit within 5 standard errors of d.
    d, reps = 3, 400
    mean, cov = random_problem(6, d)
    precision = np.linalg.inv(cov)
    stats = np.empty(reps)
    for r in range(reps):
        err = multivariate_normal_sample(mean, cov, n, seed=r).mean(axis=0) - mean
        stats[r] = n * err @ precision @ err
    assert abs(stats.mean() - d) < 5 * np.sqrt(2 * d / reps)


def test_sample_covariance_error_shrinks_at_the_clt_rate():
    # With the true mean, E[(S_ij - Sigma_ij)^2] = (Sigma_ii Sigma_jj + Sigma_ij^2)/n
    # (Isserlis' theorem), so n ||S - Sigma||_F^2 averages tr(Sigma)^2 + ||Sigma||_F^2.
    d, n, reps = 3, 500, 400
    mean, cov = random_problem(8, d)
    errors = np.empty(reps)
    for r in range(reps):
        centred = multivariate_normal_sample(mean, cov, n, seed=r) - mean
        S = centred.T @ centred / n
        errors[r] = n * np.sum((S - cov) ** 2)
    expected = np.trace(cov) ** 2 + np.sum(cov**2)
    se = errors.std(ddof=1) / np.sqrt(reps)
    assert abs(errors.mean() - expected) < 5 * se
    assert se < 0.1 * expected  # the check has teeth: a 10% error would show


def test_sample_logpdf_average_is_minus_the_entropy():
    # E[log f(x)] = -(d/2)(1 + log 2 pi) - log det(cov)/2, the negative entropy
    mean, cov = random_problem(9, 4)
    x = multivariate_normal_sample(mean, cov, 20_000, seed=0)
    values = multivariate_normal_logpdf(x, mean, cov)
    entropy = scipy.stats.multivariate_normal(mean, cov).entropy()
    assert abs(values.mean() + entropy) < 5 * values.std() / np.sqrt(values.size)


# --- every bad input -----------------------------------------------------------------

GOOD_MEAN, GOOD_COV = np.zeros(2), np.eye(2)


@pytest.mark.parametrize(
    ("mean", "cov", "message"),
    [
        ([[0.0, 0.0]], GOOD_COV, r"mean must be 1-D: shape is \(1, 2\)"),
        ([], np.eye(0), r"mean must have at least 1 element"),
        ([0.0, np.nan], GOOD_COV, r"mean must not contain NaN or inf"),
        (GOOD_MEAN, [1.0, 1.0], r"cov must be 2-D: shape is \(2,\)"),
        (
            GOOD_MEAN,
            np.eye(3),
            r"cov must have shape \(2, 2\) to match mean: .*\(3, 3\)",
        ),
        (GOOD_MEAN, [[1.0, np.inf], [0.0, 1.0]], r"cov must not contain NaN or inf"),
        (
            GOOD_MEAN,
            [[1.0, 0.5], [0.4, 1.0]],
            r"cov must be symmetric positive definite",
        ),
        (
            GOOD_MEAN,
            [[1.0, 2.0], [2.0, 1.0]],
            r"cov must be symmetric positive definite",
        ),
        (
            GOOD_MEAN,
            [[0.0, 0.0], [0.0, 1.0]],
            r"cov must be .* variances\) must be > 0",
        ),
        (GOOD_MEAN, [[-1.0, 0.0], [0.0, 1.0]], r"cov must be .*must be > 0, got -1.0"),
        (GOOD_MEAN, [[1e-320, 1e300], [1e300, 1e-320]], r"cov must be symmetric pos"),
    ],
)
def test_both_functions_reject_bad_mean_and_cov(mean, cov, message):
    with pytest.raises(ValueError, match=message):
        multivariate_normal_logpdf(GOOD_MEAN, mean, cov)
    with pytest.raises(ValueError, match=message):
        multivariate_normal_sample(mean, cov, 3, seed=0)


def test_a_covariance_singular_to_working_precision_is_rejected():
    # three points in three dimensions: the covariance has rank 2 (chapter 1)
    X = np.array([[1.5, 2.3, 0.8], [2.1, 1.9, 1.2], [0.9, 3.1, 0.5]])
    cov = np.cov(X.T)
    with pytest.raises(ValueError, match=r"cov must be symmetric positive definite"):
        multivariate_normal_logpdf(X[0], X.mean(axis=0), cov)
    with pytest.raises(ValueError, match=r"cov must be symmetric positive definite"):
        multivariate_normal_sample(X.mean(axis=0), cov, 3, seed=0)


@pytest.mark.parametrize(
    ("x", "message"),
    [
        (
            [0.0, 0.0, 0.0],
            r"x must have 2 coordinates to match the mean: shape is \(3,\)",
        ),
        (np.zeros((4, 3)), r"x must have 2 coordinates to match the mean"),
        (np.zeros((2, 2, 2)), r"x must be 1-D or 2-D: shape is \(2, 2, 2\)"),
        ([0.0, np.nan], r"x must not contain NaN or inf"),
        (np.zeros((0, 2)), r"x must have at least 1 element"),
    ],
)
def test_logpdf_rejects_bad_points(x, message):
    with pytest.raises(ValueError, match=message):
        multivariate_normal_logpdf(x, GOOD_MEAN, GOOD_COV)


NOT_REAL = [
    None,
    True,
    [True, False],
    np.array([0.0, 1.0], dtype=complex),
    1 + 0j,
    ["0.5", "1.0"],
    "abc",
    np.array([0.0, 1.0], dtype=object),
]
RAGGED = [[0.0, 1.0], [2.0]]


@pytest.mark.parametrize("bad", NOT_REAL, ids=repr)
@pytest.mark.parametrize("name", ["x", "mean", "cov"])
def test_logpdf_rejects_what_is_not_real_numbers(name, bad):
    args = {"x": GOOD_MEAN, "mean": GOOD_MEAN, "cov": GOOD_COV, name: bad}
    with pytest.raises(TypeError, match=rf"^{name} must be real numbers"):
        multivariate_normal_logpdf(**args)


@pytest.mark.parametrize("name", ["x", "mean", "cov"])
def test_ragged_input_is_a_value_error_naming_it(name):
    args = {"x": GOOD_MEAN, "mean": GOOD_MEAN, "cov": GOOD_COV, name: RAGGED}
    with pytest.raises(ValueError, match=rf"^{name} must be a rectangular array"):
        multivariate_normal_logpdf(**args)
    if name != "x":
        with pytest.raises(ValueError, match=rf"^{name} must be a rectangular array"):
            multivariate_normal_sample(mean=args["mean"], cov=args["cov"], n=3, seed=0)


@pytest.mark.parametrize("bad", NOT_REAL, ids=repr)
@pytest.mark.parametrize("name", ["mean", "cov"])
def test_sample_rejects_what_is_not_real_numbers(name, bad):
    args = {"mean": GOOD_MEAN, "cov": GOOD_COV, name: bad}
    with pytest.raises(TypeError, match=rf"^{name} must be real numbers"):
        multivariate_normal_sample(**args, n=3, seed=0)


def test_numpy_scalars_and_integer_arrays_are_accepted():
    cov = np.array([[2, 1], [1, 2]], dtype=np.int64)
    value = multivariate_normal_logpdf(np.array([1, 0]), np.zeros(2, np.float32), cov)
    expected = scipy.stats.multivariate_normal([0, 0], [[2, 1], [1, 2]]).logpdf([1, 0])
    assert value == pytest.approx(expected, rel=1e-6)
    x = multivariate_normal_sample([0, 0], cov, np.int64(4), seed=np.uint8(2))
    assert x.shape == (4, 2)


@pytest.mark.parametrize(
    ("n", "seed", "error", "message"),
    [
        (-1, 0, ValueError, r"n must be >= 0: got -1"),
        (
            2.0,
            0,
            TypeError,
            r"n must be an integer \(int or numpy integer\): got float 2.0",
        ),
        (
            True,
            0,
            TypeError,
            r"n must be an integer \(int or numpy integer\): got bool True",
        ),
        (
            None,
            0,
            TypeError,
            r"n must be an integer \(int or numpy integer\): got None",
        ),
        (3, -2, ValueError, r"seed must be >= 0: got -2"),
        (
            3,
            1.5,
            TypeError,
            r"seed must be an integer \(int or numpy integer\): got float 1.5",
        ),
        (
            3,
            False,
            TypeError,
            r"seed must be an integer \(int or numpy integer\): got bool False",
        ),
        (
            3,
            None,
            TypeError,
            r"seed must be an integer \(int or numpy integer\): got None",
        ),
    ],
)
def test_sample_rejects_bad_n_and_seed(n, seed, error, message):
    with pytest.raises(error, match=message):
        multivariate_normal_sample(GOOD_MEAN, GOOD_COV, n, seed=seed)


def test_seed_is_keyword_only():
    with pytest.raises(TypeError):
        multivariate_normal_sample(GOOD_MEAN, GOOD_COV, 3, 0)  # type: ignore[misc]
