"""Tests of mlfound.bayes: scikit-learn and closed-form agreement, properties, and
every bad input."""

from __future__ import annotations

import dataclasses
import warnings

import numpy as np
import pytest
import scipy.stats
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from sklearn.gaussian_process import GaussianProcessRegressor
from sklearn.gaussian_process.kernels import RBF, DotProduct, WhiteKernel
from sklearn.gaussian_process.kernels import ConstantKernel as Constant
from sklearn.linear_model import Ridge

from mlfound.bayes import (
    WeightPosterior,
    autocorrelation,
    bayesian_linear_regression,
    effective_sample_size,
    gaussian_process_regression,
    metropolis_hastings,
    rbf_kernel,
)

quick = settings(max_examples=40, deadline=None)
moderate = st.floats(-10, 10, allow_nan=False, allow_subnormal=False)
variances = st.floats(1e-3, 1e3, allow_nan=False)


def regression_data(seed, n=30, d=4):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d))
    return X, X @ rng.normal(size=d) + 0.5 * rng.normal(size=n)


def sklearn_gp(signal_var, length_scale, noise_var, *, white=False):
    kernel = Constant(signal_var, "fixed") * RBF(length_scale, "fixed")
    if white:
        kernel = kernel + WhiteKernel(noise_var, "fixed")
        return GaussianProcessRegressor(kernel, alpha=0.0, optimizer=None)
    return GaussianProcessRegressor(kernel, alpha=noise_var, optimizer=None)


def acceptance_rate(chain):
    return float(np.mean(np.any(np.diff(chain, axis=0) != 0, axis=1)))


# --- bayesian_linear_regression ---------------------------------------------------


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize(("noise_var", "prior_var"), [(0.25, 4.0), (1.0, 0.1), (3, 50)])
def test_posterior_mean_is_sklearn_ridge(seed, noise_var, prior_var):
    X, y = regression_data(seed)
    post = bayesian_linear_regression(X, y, noise_var=noise_var, prior_var=prior_var)
    # Ridge minimises ||y - Xw||^2 + alpha ||w||^2: alpha = noise_var / prior_var.
    ridge = Ridge(alpha=noise_var / prior_var, fit_intercept=False, tol=1e-12)
    np.testing.assert_allclose(post.mean, ridge.fit(X, y).coef_, rtol=1e-9)


@pytest.mark.parametrize("seed", range(3))
def test_posterior_covariance_is_the_inverse_precision(seed):
    X, y = regression_data(seed, n=12, d=3)
    post = bayesian_linear_regression(X, y, noise_var=0.5, prior_var=2.0)
    precision = X.T @ X / 0.5 + np.eye(3) / 2.0
    np.testing.assert_allclose(post.cov, np.linalg.inv(precision), rtol=1e-10)
    np.testing.assert_allclose(post.mean, post.cov @ X.T @ y / 0.5, rtol=1e-10)
    assert np.array_equal(post.cov, post.cov.T)


def test_one_weight_posterior_matches_prior_times_likelihood_on_a_grid():
    rng = np.random.default_rng(7)
    x = rng.normal(size=8)
    y = 1.3 * x + 0.4 * rng.normal(size=8)
    post = bayesian_linear_regression(x[:, None], y, noise_var=0.16, prior_var=0.5)
    w = np.linspace(-1, 4, 20_001)
    log_joint = scipy.stats.norm.logpdf(w, 0, np.sqrt(0.5)) + np.sum(
        scipy.stats.norm.logpdf(y[:, None], w * x[:, None], 0.4), axis=0
    )
    density = np.exp(log_joint - log_joint.max())
    density /= np.trapezoid(density, w)
    exact = scipy.stats.norm.pdf(w, post.mean[0], np.sqrt(post.cov[0, 0]))
    assert np.max(np.abs(density - exact)) < 1e-6 * exact.max()


@pytest.mark.parametrize("seed", range(3))
def test_predictive_matches_a_gaussian_process_with_the_linear_kernel(seed):
    X, y = regression_data(seed, n=20, d=3)
    X_new = np.random.default_rng(seed + 10).normal(size=(6, 3))
    post = bayesian_linear_regression(X, y, noise_var=0.3, prior_var=2.0)
    mean, var = post.predict(X_new)
    linear = Constant(2.0, "fixed") * DotProduct(sigma_0=0.0, sigma_0_bounds="fixed")
    gp = GaussianProcessRegressor(linear, alpha=0.3, optimizer=None).fit(X, y)
    ref_mean, ref_std = gp.predict(X_new, return_std=True)
    np.testing.assert_allclose(mean, ref_mean, rtol=1e-9, atol=1e-12)
    # sklearn's std is of the latent function; var adds the noise of a new y.
    np.testing.assert_allclose(var, ref_std**2 + 0.3, rtol=1e-9)


def test_no_data_gives_back_the_prior():
    post = bayesian_linear_regression(np.empty((0, 3)), [], noise_var=1, prior_var=2)
    np.testing.assert_array_equal(post.mean, np.zeros(3))
    np.testing.assert_allclose(post.cov, 2 * np.eye(3))
    mean, var = post.predict([[1.0, 0.0, 2.0]])
    np.testing.assert_allclose([mean[0], var[0]], [0.0, 2 * 5 + 1])


def test_a_wide_prior_gives_least_squares_and_a_narrow_one_gives_zero():
    X, y = regression_data(1)
    wide = bayesian_linear_regression(X, y, noise_var=0.25, prior_var=1e12)
    lstsq = np.linalg.lstsq(X, y, rcond=None)[0]
    np.testing.assert_allclose(wide.mean, lstsq, rtol=1e-8)
    narrow = bayesian_linear_regression(X, y, noise_var=0.25, prior_var=1e-12)
    assert np.max(np.abs(narrow.mean)) < 1e-9
    np.testing.assert_allclose(narrow.cov, 1e-12 * np.eye(4), rtol=1e-6, atol=1e-20)


def test_rank_deficient_data_still_have_a_proper_posterior():
    X = np.ones((5, 2))  # both columns equal: X^T X is singular
    post = bayesian_linear_regression(X, np.arange(5.0), noise_var=1, prior_var=1)
    assert np.all(np.linalg.eigvalsh(post.cov) > 0)
    np.testing.assert_allclose(post.mean[0], post.mean[1])


def test_the_posterior_is_frozen_and_readable():
    X, y = regression_data(0, n=10, d=2)
    post = bayesian_linear_regression(X, y, noise_var=0.5, prior_var=1.0)
    assert isinstance(post, WeightPosterior) and post.n_features == 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        post.mean = np.zeros(2)
    with pytest.raises(ValueError, match="read-only"):
        post.cov[0, 0] = 1.0
    text = repr(post)
    assert text.startswith("WeightPosterior(n_features=2, noise_var=0.5, mean=[")
    assert f"{post.mean[0]:.4g}" in text
    many = bayesian_linear_regression(np.eye(9), np.ones(9), noise_var=1, prior_var=1)
    assert repr(many).endswith(", ...])")


def test_inputs_are_not_modified():
    X, y = regression_data(2, n=8, d=2)
    X0, y0 = X.copy(), y.copy()
    bayesian_linear_regression(X, y, noise_var=0.5, prior_var=1.0).predict(X)
    gaussian_process_regression(
        X, y, X, length_scale=1.0, signal_var=1.0, noise_var=0.1
    )
    np.testing.assert_array_equal(X, X0)
    np.testing.assert_array_equal(y, y0)


@quick
@given(
    hnp.arrays(
        float, st.tuples(st.integers(0, 8), st.integers(1, 4)), elements=moderate
    ),
    st.data(),
    variances,
    variances,
)
def test_posterior_properties(X, data, noise_var, prior_var):
    y = data.draw(hnp.arrays(float, X.shape[0], elements=moderate))
    post = bayesian_linear_regression(X, y, noise_var=noise_var, prior_var=prior_var)
    d = X.shape[1]
    # Data can only shrink the uncertainty: 0 < S <= prior_var I.
    eig = np.linalg.eigvalsh(post.cov)
    # An eigenvalue with no data along it equals prior_var up to rounding, which
    # is relative to the largest precision: allow eps times the condition number.
    kappa = np.linalg.cond(X.T @ X / noise_var + np.eye(d) / prior_var)
    slack = 1 + 100 * np.finfo(float).eps * kappa
    assert np.all(eig > 0) and np.all(eig <= prior_var * slack)
    gram = X.T @ X + noise_var / prior_var * np.eye(d)
    np.testing.assert_allclose(gram @ post.mean, X.T @ y, rtol=1e-6, atol=1e-6)
    _, var = post.predict(X)
    assert np.all(var >= noise_var)


bad_variances = [
    (0, ValueError, "be > 0: got 0"),
    (-1.5, ValueError, "be > 0: got -1.5"),
    (float("nan"), ValueError, "be finite and > 0: got nan"),
    (np.inf, ValueError, "be finite and > 0: got inf"),
    (True, TypeError, "be a .*number"),
    ("1", TypeError, "be a .*number"),
    (None, TypeError, "be a .*number"),
    (1 + 0j, TypeError, "be a .*number"),
]


@pytest.mark.parametrize("name", ["noise_var", "prior_var"])
@pytest.mark.parametrize(("value", "error", "message"), bad_variances)
def test_blr_rejects_bad_variances(name, value, error, message):
    kwargs = {"noise_var": 1.0, "prior_var": 1.0, name: value}
    with pytest.raises(error, match=f"{name} must {message}"):
        bayesian_linear_regression([[1.0]], [1.0], **kwargs)


@pytest.mark.parametrize("value", [2, 0.5, np.float32(0.5), np.int64(3)])
def test_blr_accepts_real_scalars_of_any_kind(value):
    post = bayesian_linear_regression([[1.0]], [1.0], noise_var=value, prior_var=value)
    assert type(post.noise_var) is float
    assert post.mean[0] == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("X", "y", "message"),
    [
        ([1.0, 2.0], [1.0, 2.0], r"X must be 2-D: shape is \(2,\)"),
        (np.empty((3, 0)), [1, 2, 3], r"X must have at least 1 column"),
        ([[1.0], [2.0]], [1.0], r"y must have one entry per row of X \(2\)"),
        ([[1.0], [2.0]], [[1.0, 2.0]], r"y must be 1-D"),
        ([[1.0], [np.nan]], [1.0, 2.0], r"X must not contain NaN or inf"),
        ([[1.0], [2.0]], [1.0, np.inf], r"y must not contain NaN or inf"),
        ([["a"], ["b"]], [1.0, 2.0], r"X must be real numbers"),
    ],
)
def test_blr_rejects_bad_data(X, y, message):
    with pytest.raises((ValueError, TypeError), match=message):
        bayesian_linear_regression(X, y, noise_var=1.0, prior_var=1.0)


def test_blr_extreme_magnitudes_raise_a_clear_error_and_never_warn():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError, match="not representable in float64"):
            bayesian_linear_regression([[1e200]], [1.0], noise_var=1, prior_var=1)
        with pytest.raises(ValueError, match="noise_var / prior_var must be"):
            bayesian_linear_regression(
                [[1.0]], [1.0], noise_var=1e300, prior_var=1e-300
            )
        tiny = bayesian_linear_regression([[1.0]], [2.0], noise_var=1e-300, prior_var=1)
        assert tiny.mean[0] == pytest.approx(2.0)
        post = bayesian_linear_regression([[1.0]], [1.0], noise_var=1, prior_var=1)
        with pytest.raises(ValueError, match="X_new is too large"):
            post.predict([[1e300]])


def test_predict_rejects_bad_points():
    post = bayesian_linear_regression([[1.0, 0.0]], [1.0], noise_var=1, prior_var=1)
    with pytest.raises(ValueError, match=r"X_new must have 2 columns .*\(1, 3\)"):
        post.predict([[1.0, 2.0, 3.0]])
    with pytest.raises(ValueError, match=r"X_new must be 2-D"):
        post.predict([1.0, 2.0])
    mean, var = post.predict(np.empty((0, 2)))
    assert mean.shape == var.shape == (0,)


# --- rbf_kernel -------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(3))
def test_rbf_kernel_matches_sklearn_and_the_distance_formula(seed):
    rng = np.random.default_rng(seed)
    A, B = rng.normal(size=(7, 3)), rng.normal(size=(5, 3))
    K = rbf_kernel(A, B, length_scale=0.8, signal_var=2.5)
    ref = (Constant(2.5) * RBF(0.8))(A, B)
    np.testing.assert_allclose(K, ref, rtol=1e-12)
    sq = scipy.spatial.distance.cdist(A, B, "sqeuclidean")
    np.testing.assert_allclose(K, 2.5 * np.exp(-sq / (2 * 0.8**2)), rtol=1e-12)


@quick
@given(
    hnp.arrays(
        float, st.tuples(st.integers(1, 8), st.integers(1, 3)), elements=moderate
    )
)
def test_rbf_kernel_matrix_properties(A):
    K = rbf_kernel(A, A, length_scale=1.5, signal_var=3.0)
    np.testing.assert_array_equal(K, K.T)
    np.testing.assert_array_equal(np.diag(K), 3.0)
    assert np.all((K >= 0) & (K <= 3.0))
    assert np.linalg.eigvalsh(K).min() > -1e-10 * 3.0 * len(A)


def test_rbf_kernel_extreme_distances_give_the_limits_without_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        K = rbf_kernel(
            [[-1.7e308], [0.0]], [[1.7e308], [0.0]], length_scale=1.0, signal_var=1.0
        )
        np.testing.assert_array_equal(K, [[0.0, 0.0], [0.0, 1.0]])
        K = rbf_kernel([[1.0], [2.0]], [[1.0]], length_scale=1e-300, signal_var=2.0)
        np.testing.assert_array_equal(K, [[2.0], [0.0]])
        K = rbf_kernel(np.empty((0, 2)), [[1.0, 2.0]], length_scale=1, signal_var=1)
        assert K.shape == (0, 1)


@pytest.mark.parametrize(
    ("A", "B", "kwargs", "error", "message"),
    [
        ([1.0, 2.0], [[1.0]], {}, ValueError, r"A must be 2-D: shape is \(2,\)"),
        ([[1.0]], [[1.0, 2.0]], {}, ValueError, r"B must have 1 columns to match A"),
        ([[np.nan]], [[1.0]], {}, ValueError, r"A must not contain NaN or inf"),
        (
            [[1.0]],
            [[1.0]],
            {"length_scale": 0},
            ValueError,
            r"length_scale must be > 0",
        ),
        ([[1.0]], [[1.0]], {"signal_var": -1}, ValueError, r"signal_var must be > 0"),
        ([[1.0]], [[1.0]], {"length_scale": False}, TypeError, r"length_scale must be"),
        ([[1.0]], [[1.0]], {"signal_var": "2"}, TypeError, r"signal_var must be"),
    ],
)
def test_rbf_kernel_rejects(A, B, kwargs, error, message):
    params = {"length_scale": 1.0, "signal_var": 1.0, **kwargs}
    with pytest.raises(error, match=message):
        rbf_kernel(A, B, **params)


# --- gaussian_process_regression ---------------------------------------------------


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("white", [False, True])
def test_gp_matches_sklearn_with_fixed_hyperparameters(seed, white):
    rng = np.random.default_rng(seed)
    X, X_new = rng.uniform(-3, 3, size=(25, 2)), rng.uniform(-4, 4, size=(9, 2))
    y = np.sin(X[:, 0]) + X[:, 1] ** 2 / 4 + 0.1 * rng.normal(size=25)
    mean, var = gaussian_process_regression(
        X, y, X_new, length_scale=0.9, signal_var=1.7, noise_var=0.05
    )
    gp = sklearn_gp(1.7, 0.9, 0.05, white=white).fit(X, y)
    ref_mean, ref_std = gp.predict(X_new, return_std=True)
    np.testing.assert_allclose(mean, ref_mean, rtol=1e-8, atol=1e-10)
    # With a WhiteKernel sklearn's variance includes the noise; with alpha it does not.
    np.testing.assert_allclose(var + (0.05 if white else 0.0), ref_std**2, atol=1e-10)


def test_gp_matches_the_textbook_formulas_with_an_explicit_inverse():
    rng = np.random.default_rng(4)
    X, y, X_new = rng.normal(size=(10, 1)), rng.normal(size=10), rng.normal(size=(4, 1))
    kw = {"length_scale": 0.5, "signal_var": 2.0}
    mean, var = gaussian_process_regression(X, y, X_new, noise_var=0.2, **kw)
    K_inv = np.linalg.inv(rbf_kernel(X, X, **kw) + 0.2 * np.eye(10))
    K_star = rbf_kernel(X, X_new, **kw)
    np.testing.assert_allclose(mean, K_star.T @ K_inv @ y, rtol=1e-10)
    np.testing.assert_allclose(
        var, 2.0 - np.sum(K_star * (K_inv @ K_star), 0), atol=1e-12
    )


def test_gp_with_many_gaussian_features_is_bayesian_linear_regression():
    # sum_c exp(-(x-c)^2 / (2 s^2)) exp(-(x'-c)^2 / (2 s^2)) over a dense grid of
    # centres c (spacing h) is close to (s sqrt(pi) / h) exp(-(x-x')^2 / (4 s^2)).
    rng = np.random.default_rng(5)
    x, x_new = rng.uniform(-2, 2, size=15), np.linspace(-2, 2, 9)
    y = np.cos(2 * x) + 0.1 * rng.normal(size=15)
    ell, s2, noise = 0.6, 1.3, 0.04
    s, centres = ell / np.sqrt(2), np.arange(-8, 8, 0.01)

    def features(v):
        return np.exp(-((v[:, None] - centres) ** 2) / (2 * s**2))

    prior = s2 * 0.01 / (s * np.sqrt(np.pi))
    post = bayesian_linear_regression(features(x), y, noise_var=noise, prior_var=prior)
    blr_mean, blr_var = post.predict(features(x_new))
    gp_mean, gp_var = gaussian_process_regression(
        x[:, None], y, x_new[:, None], length_scale=ell, signal_var=s2, noise_var=noise
    )
    np.testing.assert_allclose(blr_mean, gp_mean, atol=1e-6)
    np.testing.assert_allclose(blr_var - noise, gp_var, atol=1e-6)


def test_gp_without_data_is_the_prior_and_far_away_forgets_the_data():
    mean, var = gaussian_process_regression(
        np.empty((0, 1)), [], [[0.0], [3.0]], length_scale=1, signal_var=2, noise_var=1
    )
    np.testing.assert_array_equal(mean, [0.0, 0.0])
    np.testing.assert_array_equal(var, [2.0, 2.0])
    mean, var = gaussian_process_regression(
        [[0.0]], [5.0], [[100.0]], length_scale=1, signal_var=2, noise_var=0.1
    )
    assert mean[0] == 0.0 and var[0] == 2.0


def test_gp_with_little_noise_interpolates_the_data():
    X = np.array([[-1.0], [0.0], [0.7], [2.0]])
    y = np.array([0.3, -0.2, 0.5, 1.0])
    mean, var = gaussian_process_regression(
        X, y, X, length_scale=1.0, signal_var=1.0, noise_var=1e-10
    )
    np.testing.assert_allclose(mean, y, atol=1e-6)
    assert np.all(var < 1e-6)


@quick
@given(
    hnp.arrays(float, st.tuples(st.integers(1, 6), st.just(1)), elements=moderate),
    st.data(),
    st.floats(0.1, 5),
    variances,
    st.floats(1e-2, 10),
)
def test_gp_variance_lies_between_zero_and_the_prior(X, data, ell, s2, noise):
    y = data.draw(hnp.arrays(float, X.shape[0], elements=moderate))
    X_new = data.draw(hnp.arrays(float, (4, 1), elements=moderate))
    mean, var = gaussian_process_regression(
        X, y, X_new, length_scale=ell, signal_var=s2, noise_var=noise
    )
    assert mean.shape == var.shape == (4,)
    assert np.all(var >= 0) and np.all(var <= s2 * (1 + 1e-12))


def test_gp_cholesky_failure_names_noise_var():
    X = np.linspace(0, 1, 100)[:, None]  # dense points: k(X, X) is singular
    with pytest.raises(np.linalg.LinAlgError):
        np.linalg.cholesky(rbf_kernel(X, X, length_scale=1.0, signal_var=1.0))
    with pytest.raises(ValueError, match=r"increase noise_var, now 1e-300"):
        gaussian_process_regression(
            X, np.zeros(100), X, length_scale=1.0, signal_var=1.0, noise_var=1e-300
        )


def test_gp_scales_with_y_and_reports_overflow():
    X = np.array([[0.0], [1.0]])
    kw = {"length_scale": 1.0, "signal_var": 1.0, "noise_var": 0.1}
    small, _ = gaussian_process_regression(X, [1.0, -1.0], X, **kw)
    large, _ = gaussian_process_regression(X, [1e150, -1e150], X, **kw)
    np.testing.assert_allclose(large, 1e150 * small, rtol=1e-12)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError, match="y is too large"):
            gaussian_process_regression(
                X,
                [1.7e308, -1.7e308],
                X,
                length_scale=1.0,
                signal_var=1.0,
                noise_var=1e-3,
            )


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "message"),
    [
        (([[0.0]], [1.0, 2.0], [[0.0]]), {}, ValueError, r"y must have one entry per"),
        (([0.0], [1.0], [[0.0]]), {}, ValueError, r"X must be 2-D"),
        (([[0.0]], [1.0], [[0.0, 1.0]]), {}, ValueError, r"X_new must have 1 columns"),
        (([[0.0]], [np.nan], [[0.0]]), {}, ValueError, r"y must not contain NaN"),
        (
            ([[0.0]], [1.0], [[0.0]]),
            {"noise_var": 0},
            ValueError,
            r"noise_var must be > 0",
        ),
        (
            ([[0.0]], [1.0], [[0.0]]),
            {"noise_var": None},
            TypeError,
            r"noise_var must be",
        ),
        (([[0.0]], [1.0], [[0.0]]), {"length_scale": -1}, ValueError, r"length_scale"),
        (
            ([[0.0]], [1.0], [[0.0]]),
            {"signal_var": 1j},
            TypeError,
            r"signal_var must be",
        ),
    ],
)
def test_gp_rejects(args, kwargs, error, message):
    params = {"length_scale": 1.0, "signal_var": 1.0, "noise_var": 0.1, **kwargs}
    with pytest.raises(error, match=message):
        gaussian_process_regression(*args, **params)


# --- metropolis_hastings ----------------------------------------------------------


def beta_log_density(a, b):
    def log_density(p):
        return (a - 1) * np.log(p) + (b - 1) * np.log1p(-p) if 0 < p < 1 else -np.inf

    return log_density


def test_same_seed_same_chain_and_another_seed_another():
    kwargs = {"n_samples": 500, "step_size": 0.5}
    one = metropolis_hastings(lambda x: -0.5 * x @ x, [1.0, 2.0], seed=3, **kwargs)
    two = metropolis_hastings(lambda x: -0.5 * x @ x, [1.0, 2.0], seed=3, **kwargs)
    three = metropolis_hastings(lambda x: -0.5 * x @ x, [1.0, 2.0], seed=4, **kwargs)
    np.testing.assert_array_equal(one, two)
    assert not np.array_equal(one, three)
    assert one.shape == (500, 2)
    np.testing.assert_array_equal(one[0], [1.0, 2.0])


def test_the_point_handed_to_log_density_is_shaped_like_x0():
    seen = []
    metropolis_hastings(
        lambda x: seen.append(x) or 0.0, 1.0, n_samples=3, step_size=1, seed=0
    )
    assert all(isinstance(x, float) for x in seen)
    seen.clear()
    metropolis_hastings(
        lambda x: seen.append(x) or 0.0, [1.0], n_samples=3, step_size=1, seed=0
    )
    assert all(isinstance(x, np.ndarray) and x.shape == (1,) for x in seen)


def test_beta_posterior_of_the_coin_within_monte_carlo_error():
    # Ten heads and no tails with a Beta(2, 2) prior: Beta(12, 2).
    chain = metropolis_hastings(
        beta_log_density(12, 2), 0.5, n_samples=40_000, step_size=0.15, seed=1
    )[2000:, 0]
    exact = scipy.stats.beta(12, 2)
    se = exact.std() / np.sqrt(effective_sample_size(chain))
    assert abs(chain.mean() - exact.mean()) < 4 * se
    assert chain.std() == pytest.approx(exact.std(), rel=0.05)
    assert np.all((chain > 0) & (chain < 1))  # -inf outside the support: never left


def test_correlated_gaussian_mean_and_covariance():
    cov = np.array([[1.0, 0.8], [0.8, 1.0]])
    precision, mean = np.linalg.inv(cov), np.array([1.0, -2.0])

    def log_density(x):
        return -0.5 * (x - mean) @ precision @ (x - mean)

    chain = metropolis_hastings(
        log_density, [0.0, 0.0], n_samples=60_000, step_size=1.0, seed=2
    )[2000:]
    se = np.sqrt(np.diag(cov) / effective_sample_size(chain))
    assert np.all(np.abs(chain.mean(axis=0) - mean) < 4 * se)
    np.testing.assert_allclose(np.cov(chain, rowvar=False), cov, atol=0.08)


@pytest.mark.parametrize("tau", [0.5, 2.4, 6.0])
def test_acceptance_rate_matches_the_closed_form_for_a_normal_target(tau):
    # For N(0, 1) and a N(x, tau^2) proposal the stationary acceptance rate is
    # (2 / pi) arctan(2 / tau).
    chain = metropolis_hastings(
        lambda x: -0.5 * x**2, 0.0, n_samples=100_000, step_size=tau, seed=5
    )
    assert acceptance_rate(chain) == pytest.approx(
        2 / np.pi * np.arctan(2 / tau), abs=0.01
    )


def test_a_flat_density_accepts_every_proposal():
    chain = metropolis_hastings(
        lambda x: 0.0, [0.0, 0.0], n_samples=200, step_size=1, seed=0
    )
    assert acceptance_rate(chain) == 1.0


@pytest.mark.parametrize(
    ("log_density", "error", "message"),
    [
        (
            lambda x: np.nan,
            ValueError,
            r"log_density must return a float < inf: got nan",
        ),
        (
            lambda x: np.inf,
            ValueError,
            r"log_density must return a float < inf: got inf",
        ),
        (
            lambda x: None,
            TypeError,
            r"log_density must return real numbers .*: got None",
        ),
        (lambda x: "1.0", TypeError, r"log_density must return real numbers"),
        (lambda x: True, TypeError, r"log_density must return real numbers"),
        (lambda x: 1j, TypeError, r"log_density must return real numbers"),
        (lambda x: np.zeros(2), ValueError, r"log_density must return one number"),
        (lambda x: -np.inf, ValueError, r"log_density must be finite at x0"),
        ("not a function", TypeError, r"log_density must be callable"),
    ],
)
def test_mh_rejects_bad_log_densities(log_density, error, message):
    with pytest.raises(error, match=message):
        metropolis_hastings(log_density, 0.0, n_samples=10, step_size=1.0, seed=0)


@pytest.mark.parametrize(
    ("x0", "kwargs", "error", "message"),
    [
        ([[0.0]], {}, ValueError, r"x0 must be 0-D or 1-D"),
        ([np.nan], {}, ValueError, r"x0 must not contain NaN or inf"),
        ([], {}, ValueError, r"x0 must have at least 1 element"),
        (0.0, {"n_samples": 0}, ValueError, r"n_samples must be >= 1: got 0"),
        (0.0, {"n_samples": -1}, ValueError, r"n_samples must be >= 0"),
        (0.0, {"n_samples": 10.0}, TypeError, r"n_samples must be an integer"),
        (0.0, {"n_samples": True}, TypeError, r"n_samples must be an integer"),
        (0.0, {"step_size": 0}, ValueError, r"step_size must be > 0: got 0"),
        (0.0, {"step_size": "1"}, TypeError, r"step_size must be a real number"),
        (0.0, {"seed": -1}, ValueError, r"seed must be >= 0: got -1"),
        (0.0, {"seed": 1.5}, TypeError, r"seed must be an integer"),
    ],
)
def test_mh_rejects_bad_arguments(x0, kwargs, error, message):
    params = {"n_samples": 10, "step_size": 1.0, "seed": 0, **kwargs}
    with pytest.raises(error, match=message):
        metropolis_hastings(lambda x: 0.0, x0, **params)


def test_mh_survives_huge_steps_without_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        chain = metropolis_hastings(
            lambda x: -0.5 * x**2, 0.0, n_samples=1000, step_size=1e300, seed=0
        )
    assert np.all(np.isfinite(chain))


# --- autocorrelation and effective_sample_size ----------------------------------


@pytest.mark.parametrize("seed", range(3))
def test_autocorrelation_matches_the_direct_sums(seed):
    x = np.random.default_rng(seed).normal(size=200).cumsum()
    rho = autocorrelation(x, max_lag=30)
    xc = x - x.mean()
    direct = [xc[: x.size - k] @ xc[k:] / (xc @ xc) for k in range(31)]
    np.testing.assert_allclose(rho, direct, atol=1e-12)
    assert rho[0] == 1.0 and rho.shape == (31,)
    assert autocorrelation(x).shape == (200,)


def test_autocorrelation_is_scale_free_even_at_extreme_magnitudes():
    x = np.random.default_rng(1).normal(size=50)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        np.testing.assert_allclose(autocorrelation(1e300 * x), autocorrelation(x))


def ar1(phi, n, seed):
    rng = np.random.default_rng(seed)
    x, noise = np.zeros(n), rng.standard_normal(n)
    for t in range(1, n):
        x[t] = phi * x[t - 1] + noise[t]
    return x


@pytest.mark.parametrize(("phi", "seed"), [(0.0, 0), (0.5, 1), (0.9, 2), (-0.3, 3)])
def test_ess_of_an_ar1_sequence_matches_its_closed_form(phi, seed):
    x = ar1(phi, 100_000, seed)
    expected = x.size * (1 - phi) / (1 + phi)  # n / tau, tau = (1 + phi) / (1 - phi)
    assert effective_sample_size(x) == pytest.approx(expected, rel=0.1)


def test_ess_per_coordinate_and_of_a_stuck_chain():
    chain = np.column_stack([ar1(0.0, 20_000, 4), ar1(0.9, 20_000, 5), np.ones(20_000)])
    ess = effective_sample_size(chain)
    assert ess.shape == (3,)
    assert ess[0] > 5 * ess[1] and ess[2] == 1.0
    assert type(effective_sample_size(chain[:, 0])) is float


@pytest.mark.parametrize(
    ("func", "value", "kwargs", "message"),
    [
        (autocorrelation, [1.0], {}, r"x must have at least 2 element"),
        (autocorrelation, [[1.0, 2.0]], {}, r"x must be 1-D"),
        (autocorrelation, [1.0, 1.0, 1.0], {}, r"x must not be constant"),
        (autocorrelation, [1.0, 2.0], {"max_lag": 2}, r"max_lag must be <= n - 1 = 1"),
        (autocorrelation, [1.0, 2.0], {"max_lag": -1}, r"max_lag must be >= 0"),
        (autocorrelation, [1.0, np.nan], {}, r"x must not contain NaN or inf"),
        (
            effective_sample_size,
            [1.0, 2.0, 3.0],
            {},
            r"chain must have at least 4 rows",
        ),
        (effective_sample_size, np.ones((4, 2, 2)), {}, r"chain must be 1-D or 2-D"),
        (effective_sample_size, [1.0, 2, 3, np.inf], {}, r"chain must not contain NaN"),
    ],
)
def test_diagnostics_reject(func, value, kwargs, message):
    with pytest.raises(ValueError, match=message):
        func(value, **kwargs)
