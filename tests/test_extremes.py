"""Every example of issue 23, and exact answers at extreme magnitudes.

The first half pins down each call the issue quotes: what it raises, naming which
parameter, or the exact value it returns. The second half checks, with hypothesis,
that results stay right (not merely finite) across the float range: scaling the
input of a homogeneous function by a power of two $2^k$ (an exact operation) must
scale the answer by $2^{k}$ or $2^{2k}$, or raise a `ValueError` exactly when that
answer leaves the float64 range.
"""

from __future__ import annotations

import math
import warnings

import matplotlib
import numpy as np
import pytest
import scipy.stats
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from sklearn.metrics import mutual_info_score

from mlfound.calculus import (
    gradient_check,
    gradient_descent,
    hessian,
    numerical_gradient,
)
from mlfound.figures import figure, to_html
from mlfound.information import entropy, mutual_information
from mlfound.linalg import (
    covariance,
    low_rank_approximation,
    pca,
    project_onto_hyperplane,
    project_onto_subspace,
    sorted_eigh,
)
from mlfound.nn import (
    TwoLayerNetwork,
    binary_cross_entropy_from_logits,
    mean_squared_error,
)
from mlfound.probability import (
    bayes_posterior,
    bernoulli_nll,
    beta_bernoulli_posterior,
    normal_log_likelihood,
    normal_mle,
    normal_pdf,
)

matplotlib.use("Agg")
import matplotlib.pyplot as plt

quick = settings(max_examples=40, deadline=None)
FLOAT_MAX = np.finfo(float).max


def square(x):
    return float(np.sum(np.asarray(x) ** 2))


# --- the first list: things that are not real numbers -------------------------


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: entropy([True, False]), "p"),
        (lambda: entropy(np.array([0.25, 0.75], dtype=object)), "p"),
        (lambda: entropy(["0.25", "0.75"]), "p"),
        (lambda: bernoulli_nll([0, 1], p="1"), "p"),
        (lambda: normal_pdf(0.0, mu="1"), "mu"),
        (lambda: entropy(np.array([0.25, 0.75], complex)), "p"),
        (lambda: entropy([0.25, 0.75], base=np.complex128(2)), "base"),
        (lambda: normal_pdf(0.0, sigma=np.complex128(1)), "sigma"),
        (lambda: numerical_gradient(square, 1.0, eps=np.complex128(1e-6)), "eps"),
        (
            lambda: gradient_descent(
                square, 1.0, learning_rate=np.complex128(0.1), n_steps=3
            ),
            "learning_rate",
        ),
        (
            lambda: gradient_descent(lambda x: None, 1.0, learning_rate=0.1, n_steps=3),
            "grad",
        ),
        (lambda: to_html(None, title="t", caption="c"), "fig"),
    ],
)
def test_what_is_not_a_real_number_is_a_type_error_naming_it(call, name):
    with pytest.raises(TypeError, match=rf"^{name} must"):
        call()


def test_the_rule_accepts_numpy_scalars_and_zero_d_arrays():
    assert entropy(np.array([0.5, 0.5], dtype=np.float32)) == 1.0
    assert entropy([np.float64(1.0), np.int64(0)], base=np.float32(2)) == 0.0
    assert normal_pdf(
        np.array(0.0), mu=np.array(0.0), sigma=np.int8(1)
    ) == pytest.approx(1 / math.sqrt(2 * math.pi))
    path = gradient_descent(
        lambda x: 2 * x,
        np.float32(1),
        learning_rate=np.array(0.25),
        n_steps=np.int16(2),
    )
    np.testing.assert_array_equal(path, [1.0, 0.5, 0.25])


def test_labels_may_be_numbers_bools_or_strings_but_one_kind():
    left = np.array([True, True, False, False, True, False])
    y = np.array([0, 0, 1, 2, 0, 2])
    # sklearn takes the same labels; its nats converted to bits
    ref = mutual_info_score(left, y) / math.log(2)
    assert mutual_information(left, y) == pytest.approx(ref)
    assert mutual_information(left.tolist(), y.astype(str)) == pytest.approx(ref)
    with pytest.raises(TypeError, match=r"^x must hold labels of one kind"):
        mutual_information([1, True, 0, False, 1, 0], y)
    with pytest.raises(TypeError, match=r"^y must hold int, float, bool or str labels"):
        mutual_information(y, [b"a", b"b", b"a", b"b", b"a", b"b"])


# --- the second list: errors of the wrong kind ----------------------------------


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: hessian(square, 1.0, eps=1e-170), ValueError, r"^eps must lie in"),
        (lambda: hessian(square, 0.0, eps=1e-170), ValueError, r"^eps must lie in"),
        (lambda: hessian(square, 1e10, eps=1e-7), ValueError, r"^eps must be large"),
        (lambda: entropy([10**400, 0]), ValueError, r"^p must lie within the float64"),
        (
            lambda: beta_bernoulli_posterior(1, 1, heads=10**400, tails=0),
            ValueError,
            r"^alpha \+ heads exceeds the float64 range",
        ),
        (
            lambda: mutual_information([[0, 1], [1]], [0, 1]),
            ValueError,
            r"^x must be 1-D: got ragged",
        ),
        (
            lambda: normal_log_likelihood([1.0, 2.0], [0.0, 1.0, 2.0], [1.0, 2.0]),
            ValueError,
            r"^mu and sigma must broadcast together: shapes \(3,\) and \(2,\)",
        ),
        (lambda: figure(nrows=0), ValueError, r"^nrows must satisfy 1 <= nrows <= 20"),
        (lambda: figure(foo=1), TypeError, r"^subplot_kw \['foo'\] rejected"),
    ],
)
def test_bad_arguments_raise_value_or_type_errors_naming_them(call, error, message):
    with pytest.raises(error, match=message):
        call()
    assert plt.get_fignums() == []  # no half-made figure left open


@pytest.mark.parametrize("width", [np.float32(5), np.int64(5), np.array(5.0)])
def test_figure_takes_numpy_sizes(width):
    fig, _ = figure(width=width, height=3)
    assert tuple(fig.get_size_inches()) == (5.0, 3.0)
    plt.close(fig)


# --- the third list: extreme but valid magnitudes ------------------------------
# What each returns, or the decision where the true answer is not a float64.


def test_normal_density_far_in_the_tail_is_zero():
    assert normal_pdf(1e300) == 0.0
    assert normal_pdf(1.7e308, mu=-1.7e308) == 0.0


def test_normal_density_too_large_for_a_float_is_a_value_error():
    # The density at the mean is 1 / (sigma sqrt(2 pi)) = 8e322: no float64 holds it.
    with pytest.raises(
        ValueError, match=r"^sigma is too small: got 5e-324, .* about 8\.1e\+322"
    ):
        normal_pdf(0, sigma=5e-324)
    # A subnormal sigma whose density is representable is computed exactly.
    sigma = 1e-308
    assert normal_pdf(0, sigma=sigma) == pytest.approx(
        1 / (sigma * math.sqrt(2 * math.pi))
    )


def test_normal_mle_of_huge_and_tiny_data():
    assert normal_mle([1e308, 1e308]) == (1e308, 0.0)
    assert normal_mle([-1.7e308, 1.7e308]) == (0.0, 1.7e308)
    mu, sigma = normal_mle([1e-300, 3e-300])
    assert mu == pytest.approx(2e-300) and sigma == pytest.approx(1e-300)


def test_normal_log_likelihood_with_a_tiny_sigma():
    # Both points sit at mu: l = -2 log(sigma) - log(2 pi).
    expected = 2 * 200 * math.log(10) - math.log(2 * math.pi)
    assert normal_log_likelihood([1, 1], 1, 1e-200) == pytest.approx(
        expected, rel=1e-14
    )
    with pytest.raises(ValueError, match=r"log-likelihood is below -1\.8e308"):
        normal_log_likelihood([1e300, -1e300], 0.0, 1e-300)  # 1e600 deviations


def test_mean_squared_error_beyond_the_float_range_is_a_value_error():
    with pytest.raises(ValueError, match=r"^p is too large: the mean squared error"):
        mean_squared_error([0, 1], [1e308, 1e308])  # the true value is about 1e616
    assert mean_squared_error([0, 0], [1e154, 1e154]) == pytest.approx(1e308)


def test_covariance_and_pca_of_huge_data():
    assert covariance([[1e150], [-1e150]])[0, 0] == pytest.approx(2e300)
    with pytest.raises(ValueError, match=r"^X is too large: its covariance"):
        covariance([[1e200], [-1e200]])  # the variance is 2e400
    X = np.random.default_rng(0).normal(size=(20, 3))
    with pytest.raises(ValueError, match=r"^X is too large: the variance"):
        pca(X * 1e200)
    big, ref = pca(X * 1e150), pca(X)
    np.testing.assert_allclose(big.components, ref.components, atol=1e-12)
    np.testing.assert_allclose(
        big.explained_variance_ratio, ref.explained_variance_ratio
    )
    np.testing.assert_allclose(big.explained_variance, ref.explained_variance * 1e300)


def test_sorted_eigh_at_the_edge_of_the_float_range():
    with pytest.raises(ValueError, match=r"^S must be symmetric: .* beyond 1.8e308"):
        sorted_eigh([[1, 1e308], [-1e308, 1]])
    with pytest.raises(ValueError, match=r"^S is too large: an eigenvalue"):
        sorted_eigh([[1e308] * 2] * 2)  # eigenvalues 2e308 and 0
    values, _ = sorted_eigh([[0.5e308] * 2] * 2)
    np.testing.assert_allclose(values, [1e308, 0.0], atol=1e292)


def test_projections_and_low_rank_of_huge_inputs_are_exact():
    np.testing.assert_allclose(
        project_onto_subspace([1.7e308] * 2, [[1], [1]]), [1.7e308] * 2, rtol=1e-15
    )
    A = np.full((2, 2), 1e308)  # rank 1 already: A_1 = A
    np.testing.assert_allclose(low_rank_approximation(A, 1), A, rtol=1e-15)
    # A normal of length 1e-160: a . a = 1e-320 loses its digits, the answer must not.
    z = project_onto_hyperplane([1.0], [1e-160])
    assert abs(z[0]) <= 1e-15
    np.testing.assert_allclose(
        project_onto_hyperplane([3.0, 0.0], [1e-160, 1e-160], offset=1e-160),
        [2.0, -1.0],
    )


def test_probabilities_that_overflow_their_sum_are_rejected():
    with pytest.raises(ValueError, match=r"^p must sum to 1 .*: sum is beyond 1.8e308"):
        entropy([1.7e308] * 2)


def test_log_loss_from_huge_logits_is_finite_and_exact():
    assert binary_cross_entropy_from_logits([0, 0], [1e308] * 2) == 1e308
    assert binary_cross_entropy_from_logits([0, 1], [1.7e308, -1.7e308]) == 1.7e308


def test_beta_posterior_beyond_the_float_range_is_a_value_error():
    with pytest.raises(TypeError, match=r"^heads must be an integer"):
        beta_bernoulli_posterior(1.7e308, 1, 1e308, 0)  # as quoted: a float count
    with pytest.raises(ValueError, match=r"^alpha \+ heads exceeds the float64 range"):
        beta_bernoulli_posterior(1.7e308, 1, int(1e308), 0)
    assert beta_bernoulli_posterior(1.0, 1.0, 2**1000, 0) == (2.0**1000 + 1.0, 1.0)


def test_bayes_posterior_with_likelihoods_that_underflow_their_product():
    np.testing.assert_array_equal(bayes_posterior([0.5, 0.5], [5e-324] * 2), [0.5, 0.5])
    np.testing.assert_allclose(
        bayes_posterior([0.5, 0.5], [5e-324, 1e-323]), [1 / 3, 2 / 3]
    )
    # Both products prior * likelihood are subnormal: their ratio 2**10 must survive.
    post = bayes_posterior([2.0**-1030, 1.0], [1.0, 2.0**-1040])
    np.testing.assert_allclose(post, [1024 / 1025, 1 / 1025], rtol=1e-12)
    np.testing.assert_allclose(
        bayes_posterior([0.5, 0.5], [1e308, 1.5e308]), [0.4, 0.6]
    )


def test_calculus_at_extreme_steps_and_values():
    with pytest.raises(ValueError, match=r"^eps is too large"):
        numerical_gradient(square, 1e308, eps=1e308)
    with pytest.raises(ValueError, match=r"^f changes too fast near x"):
        numerical_gradient(lambda x: 1.7e308 * math.sin(1e10 * x), 0.0, eps=1e-10)
    # f near 1.8e308 of opposite signs: the difference overflows, the slope does not
    slope = numerical_gradient(lambda x: 1.7e308 * math.tanh(x), 0.0, eps=10.0)
    assert slope == pytest.approx(1.7e308 * math.tanh(10.0) / 10.0)
    assert hessian(lambda x: 1e300 * x**2, 0.0, eps=1e-3) == pytest.approx(2e300)
    big = lambda w: 1e300 * np.sum(np.sin(w))  # noqa: E731
    assert gradient_check(big, lambda w: 1e300 * np.cos(w), [0.3, 1.0]) < 1e-6
    path = gradient_descent(lambda x: 1e300 * x, 1.0, learning_rate=1e10, n_steps=5)
    np.testing.assert_array_equal(path, [1.0])  # the first step overflows: run ends


def test_the_network_saturates_on_huge_inputs_instead_of_failing():
    net = TwoLayerNetwork(2, 3, seed=1)
    X = np.array([[1.0, -2.0], [-0.5, 0.25], [3.0, 1.0]])
    H = (X @ net.W1 > 0).astype(float)  # the sigmoid of +-1e308 and beyond
    expected = 1 / (1 + np.exp(-(H @ net.W2 + net.b2)))
    np.testing.assert_allclose(net.forward(np.ldexp(X, 1022)), expected, rtol=1e-15)
    grads = net.gradients(np.ldexp(X, 1022), [1, 0, 1])  # saturated: dA = 0 exactly
    np.testing.assert_array_equal(grads["W1"], 0.0)


# --- exact answers across the float range ------------------------------------------------

moderate = st.floats(1e-3, 1e3) | st.floats(-1e3, -1e-3) | st.just(0.0)
powers = st.integers(-1000, 1000)  # 2**k * moderate is a normal float: exact scaling


def scaled(a, k):
    with np.errstate(over="ignore"):
        return np.ldexp(np.asarray(a, dtype=float), k)


def check_scaled(call, expected):
    """`call()` equals `expected` (a float array), or raises if that overflowed.

    Entries are compared to 1e-9 relative to the largest one: an entry that is 0
    in exact arithmetic carries rounding error of that size.
    """
    expected = np.asarray(expected, dtype=float)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        if not np.all(np.isfinite(expected)):
            with pytest.raises(ValueError):
                call()
            return
        result = call()
    scale = float(np.max(np.abs(expected), initial=0.0))
    np.testing.assert_allclose(
        result, expected, rtol=1e-9, atol=max(1e-9 * scale, 1e-320)
    )


@quick
@given(
    hnp.arrays(
        float, st.tuples(st.integers(2, 6), st.integers(1, 3)), elements=moderate
    ),
    powers,
)
def test_covariance_scales_with_the_square_of_the_data(X, k):
    check_scaled(lambda: covariance(scaled(X, k)), scaled(covariance(X), 2 * k))


@quick
@given(hnp.arrays(float, (8, 3), elements=moderate), powers)
def test_pca_ratios_do_not_depend_on_the_scale(X, k):
    Y = X + np.eye(8, 3)
    assume(np.ptp(Y, axis=0).min() > 0)
    ref = pca(Y)
    expected = scaled(ref.explained_variance, 2 * k)
    check_scaled(lambda: pca(scaled(Y, k)).explained_variance, expected)
    if np.all(np.isfinite(expected)):
        ratios = pca(scaled(Y, k)).explained_variance_ratio
        np.testing.assert_allclose(ratios, ref.explained_variance_ratio, atol=1e-12)


@quick
@given(hnp.arrays(float, (3, 3), elements=moderate), powers)
def test_eigenvalues_scale_with_the_matrix(M, k):
    S = M + M.T
    values, _ = sorted_eigh(S)
    check_scaled(lambda: sorted_eigh(scaled(S, k))[0], scaled(values, k))


@quick
@given(hnp.arrays(float, (3, 4), elements=moderate), powers, st.integers(1, 3))
def test_low_rank_approximation_scales_with_the_matrix(A, k, rank):
    check_scaled(
        lambda: low_rank_approximation(scaled(A, k), rank),
        scaled(low_rank_approximation(A, rank), k),
    )


@quick
@given(hnp.arrays(float, 3, elements=moderate), powers, powers)
def test_projections_scale_with_the_point_not_with_the_basis(x, k, j):
    basis = np.array([[1.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
    p = project_onto_subspace(x, basis)
    check_scaled(
        lambda: project_onto_subspace(scaled(x, k), scaled(basis, j)), scaled(p, k)
    )
    # a . z = b and (2**j a) . z = 2**(j + k) b / 2**k are one hyperplane, scaled
    assume(-1000 <= j + k <= 1000)
    normal, offset = np.array([1.0, -2.0, 0.5]), 1.5
    z = project_onto_hyperplane(x, normal, offset)
    check_scaled(
        lambda: project_onto_hyperplane(
            scaled(x, k), scaled(normal, j), float(scaled(offset, k + j))
        ),
        scaled(z, k),
    )


@quick
@given(hnp.arrays(float, 4, elements=moderate), powers)
def test_normal_estimates_scale_with_the_data(data, k):
    mu, sigma = normal_mle(data)
    check_scaled(lambda: normal_mle(scaled(data, k)), scaled([mu, sigma], k))
    assume(sigma > 0)
    ll = normal_log_likelihood(data, mu, sigma)
    moved = normal_log_likelihood(scaled(data, k), scaled(mu, k), scaled(sigma, k))
    assert moved == pytest.approx(ll - data.size * k * math.log(2), rel=1e-12, abs=1e-9)
    density = normal_pdf(data, mu, sigma)
    check_scaled(
        lambda: normal_pdf(scaled(data, k), scaled(mu, k), scaled(sigma, k)),
        scaled(density, -k),
    )


@quick
@given(st.lists(st.floats(0.01, 1.0), min_size=2, max_size=4), st.integers(-1015, 1020))
def test_the_posterior_does_not_depend_on_the_scale_of_the_likelihood(lik, k):
    prior = np.full(len(lik), 1 / len(lik))
    post = bayes_posterior(prior, lik)
    np.testing.assert_allclose(bayes_posterior(prior, scaled(lik, k)), post, rtol=1e-12)


@quick
@given(st.floats(0.0, 1.0))
def test_entropy_of_a_coin_with_subnormal_probabilities(t):
    p = [1 - t, t]
    expected = scipy.stats.entropy(p, base=2)
    assert entropy(p) == pytest.approx(expected, rel=1e-12, abs=1e-320)


@quick
@given(hnp.arrays(float, 3, elements=moderate), powers)
def test_squared_error_scales_with_the_square(p, k):
    check_scaled(
        lambda: mean_squared_error([0, 0, 0], scaled(p, k)),
        scaled(mean_squared_error([0, 0, 0], p), 2 * k),
    )


@quick
@given(st.floats(-1e3, 1e3), st.floats(1e-290, 1e300))
def test_derivatives_scale_with_the_function(x, c):
    f = lambda w: c * math.sin(w)  # noqa: E731
    assert numerical_gradient(f, x) == pytest.approx(
        c * math.cos(x), rel=1e-6, abs=c * 1e-9
    )
    g = lambda w: c * w**2  # noqa: E731
    assert hessian(g, 0.5) == pytest.approx(2 * c, rel=1e-6)
