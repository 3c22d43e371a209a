"""Tests of mlfound.probability: scipy agreement, properties, and every bad input."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.stats
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from mlfound.nn import binary_cross_entropy
from mlfound.probability import (
    bayes_posterior,
    bernoulli_log_likelihood,
    bernoulli_nll,
    beta_bernoulli_posterior,
    normal_log_likelihood,
    normal_mle,
    normal_pdf,
    sequential_posterior,
)

quick = settings(max_examples=50, deadline=None)
weights = hnp.arrays(
    float, st.integers(1, 8), elements=st.floats(0.01, 10, allow_subnormal=False)
)


# --- the syllabus numbers ------------------------------------------------------------


def test_ten_heads_posterior_of_fair_coin_is_0_0028():
    post = bayes_posterior([0.5, 0.5], [0.5**10, 0.9**10])
    assert f"{post[0]:.4f}" == "0.0028"
    steps = sequential_posterior([0.5, 0.5], np.tile([0.5, 0.9], (10, 1)))
    assert f"{steps[-1, 0]:.4f}" == "0.0028"


def test_normal_mle_on_the_chapter_sample_matches_scipy_fit():
    data = np.random.default_rng(0).normal(3.0, 1.5, size=100)
    mu, sigma = normal_mle(data)
    ref_mu, ref_sigma = scipy.stats.norm.fit(data)
    assert type(mu) is float and type(sigma) is float
    assert mu == pytest.approx(ref_mu, rel=1e-12)
    assert sigma == pytest.approx(ref_sigma, rel=1e-12)
    # the ddof=0 estimate is smaller than the ddof=1 one by sqrt((n - 1) / n)
    assert sigma == pytest.approx(np.std(data, ddof=1) * np.sqrt(99 / 100))


# --- agreement with references on seeded random inputs -------------------------------


@pytest.mark.parametrize("seed", range(5))
def test_bayes_posterior_matches_the_direct_formula(seed):
    rng = np.random.default_rng(seed)
    prior = rng.dirichlet(np.ones(6))
    likelihood = rng.uniform(0, 3, size=6)  # densities may exceed 1
    expected = prior * likelihood / np.sum(prior * likelihood)
    np.testing.assert_allclose(bayes_posterior(prior, likelihood), expected, rtol=1e-12)


@pytest.mark.parametrize("seed", range(5))
def test_sequential_posterior_matches_one_batch_update(seed):
    rng = np.random.default_rng(seed)
    prior = rng.dirichlet(np.ones(3))
    likelihoods = rng.uniform(0.1, 1.0, size=(20, 3))
    steps = sequential_posterior(prior, likelihoods)
    assert steps.shape == (21, 3)
    np.testing.assert_allclose(steps[0], prior)
    for t in (1, 7, 20):
        batch = bayes_posterior(prior, likelihoods[:t].prod(axis=0))
        np.testing.assert_allclose(steps[t], batch, rtol=1e-10)


def test_sequential_posterior_survives_runs_that_underflow_the_product():
    likelihoods = np.tile([0.5, 0.6], (2000, 1))
    products = likelihoods.prod(axis=0)  # 2**-2000 and 0.6**2000: below 5e-324
    assert products[0] == 0.0 and products[1] <= 5e-324
    steps = sequential_posterior([0.5, 0.5], likelihoods)
    assert np.all(np.isfinite(steps))
    assert steps[-1, 1] == 1.0
    np.testing.assert_allclose(steps.sum(axis=1), 1.0)


def test_a_zero_likelihood_rules_a_hypothesis_out_for_good():
    steps = sequential_posterior([0.5, 0.5], [[0.5, 1.0], [0.5, 0.0], [0.5, 1.0]])
    np.testing.assert_allclose(steps[2:, 1], 0.0)
    np.testing.assert_allclose(steps[2:, 0], 1.0)


@pytest.mark.parametrize("seed", range(3))
def test_normal_log_likelihood_matches_scipy_logpdf_sum(seed):
    rng = np.random.default_rng(seed)
    data = rng.normal(rng.uniform(-5, 5), rng.uniform(0.5, 3), size=50)
    mu, sigma = rng.uniform(-5, 5), rng.uniform(0.1, 4)
    ll = normal_log_likelihood(data, mu, sigma)
    assert type(ll) is float
    ref = scipy.stats.norm.logpdf(data, mu, sigma).sum()
    assert ll == pytest.approx(ref, rel=1e-12)


def test_normal_log_likelihood_on_a_grid_matches_pointwise_values():
    data = np.random.default_rng(1).normal(3.0, 1.5, size=100)
    mus, sigmas = np.meshgrid(np.linspace(2, 4, 5), np.linspace(1, 2, 4))
    surface = normal_log_likelihood(data, mus, sigmas)
    assert surface.shape == (4, 5)
    for i, j in np.ndindex(surface.shape):
        ref = scipy.stats.norm.logpdf(data, mus[i, j], sigmas[i, j]).sum()
        assert surface[i, j] == pytest.approx(ref, rel=1e-12)


def test_normal_log_likelihood_is_largest_at_the_mle():
    data = np.random.default_rng(2).normal(3.0, 1.5, size=100)
    mu, sigma = normal_mle(data)
    best = normal_log_likelihood(data, mu, sigma)
    for dm, ds in [(0.01, 0), (-0.01, 0), (0, 0.01), (0, -0.01)]:
        assert normal_log_likelihood(data, mu + dm, sigma + ds) < best


def test_normal_pdf_matches_scipy():
    x = np.linspace(-4, 6, 41).reshape(41, 1)
    np.testing.assert_allclose(
        normal_pdf(x, 1.0, 2.0), scipy.stats.norm.pdf(x, 1.0, 2.0), rtol=1e-13
    )
    assert type(normal_pdf(0.3)) is float
    assert normal_pdf(0.3) == pytest.approx(scipy.stats.norm.pdf(0.3))


@pytest.mark.parametrize("seed", range(3))
def test_bernoulli_log_likelihood_matches_scipy(seed):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, size=40)
    p = rng.uniform(0.01, 0.99, size=40)
    ref = scipy.stats.bernoulli.logpmf(y, p).sum()
    assert bernoulli_log_likelihood(y, p) == pytest.approx(ref, rel=1e-12)
    ref_shared = scipy.stats.bernoulli.logpmf(y, 0.7).sum()
    assert bernoulli_log_likelihood(y, 0.7) == pytest.approx(ref_shared, rel=1e-12)


def test_bernoulli_nll_is_the_binary_cross_entropy():
    rng = np.random.default_rng(3)
    y = rng.integers(0, 2, size=100)
    p = rng.uniform(0.01, 0.99, size=100)
    assert bernoulli_nll(y, p) == pytest.approx(binary_cross_entropy(y, p), rel=1e-12)
    assert bernoulli_nll(y, p) == pytest.approx(-bernoulli_log_likelihood(y, p) / 100)


def test_bernoulli_mle_is_the_fraction_of_ones():
    y = np.random.default_rng(4).binomial(1, 0.7, size=1000)
    grid = np.linspace(0.001, 0.999, 999)
    best = grid[np.argmin([bernoulli_nll(y, p) for p in grid])]
    assert best == pytest.approx(y.mean(), abs=1e-3)


def test_bernoulli_impossible_outcome_has_infinite_loss_without_warning():
    assert bernoulli_log_likelihood([1, 0], [0.0, 0.0]) == -np.inf
    assert bernoulli_nll([1, 0], [0.0, 0.0]) == np.inf
    assert bernoulli_log_likelihood([0, 1], [0.0, 1.0]) == 0.0


def test_beta_bernoulli_posterior_matches_the_hand_formula():
    a, b = beta_bernoulli_posterior(2.0, 3.0, heads=7, tails=4)
    assert (a, b) == (9.0, 7.0)
    assert type(a) is float and type(b) is float
    # the Beta(a, b) density is proportional to prior density times likelihood
    p = np.linspace(0.05, 0.95, 19)
    unnormalised = scipy.stats.beta.pdf(p, 2, 3) * p**7 * (1 - p) ** 4
    ratio = scipy.stats.beta.pdf(p, a, b) / unnormalised
    np.testing.assert_allclose(ratio, ratio[0], rtol=1e-10)


# --- properties ----------------------------------------------------------------------


@quick
@given(weights, st.data())
def test_posterior_is_a_probability_vector(w, data):
    prior = w / w.sum()
    lik = data.draw(hnp.arrays(float, w.size, elements=st.floats(0.01, 5)))
    post = bayes_posterior(prior, lik)
    assert np.all(post >= 0)
    assert post.sum() == pytest.approx(1.0, abs=1e-12)


@quick
@given(weights, st.integers(0, 30), st.integers(0, 30))
def test_sequential_coin_flips_agree_with_the_conjugate_update(w, heads, tails):
    # a grid of hypotheses p_j: flips in any order give the same posterior
    p = np.linspace(0.05, 0.95, w.size)
    prior = w / w.sum()
    flips = np.r_[np.ones(heads), np.zeros(tails)]
    likelihoods = np.where(flips[:, None] == 1, p, 1 - p).reshape(-1, w.size)
    final = sequential_posterior(prior, likelihoods)[-1]
    direct = prior * p**heads * (1 - p) ** tails
    np.testing.assert_allclose(final, direct / direct.sum(), rtol=1e-9, atol=1e-300)


# --- every bad input -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("prior", "likelihood", "message"),
    [
        ([[0.5, 0.5]], [1.0, 1.0], r"prior must be 1-D: shape is \(1, 2\)"),
        ([0.5, 0.6], [1.0, 1.0], r"prior must sum to 1 .*: sum is 1.1"),
        ([1.5, -0.5], [1.0, 1.0], r"prior must be non-negative"),
        ([np.nan, 1.0], [1.0, 1.0], r"prior must not contain NaN or inf"),
        ([0.5, 0.5], [1.0, 1.0, 1.0], r"likelihood must have one entry per .*\(3,\)"),
        ([0.5, 0.5], [[1.0, 1.0]], r"likelihood must be 1-D: shape is \(1, 2\)"),
        ([0.5, 0.5], [1.0, -0.2], r"likelihood must be non-negative: got -0.2"),
        ([0.5, 0.5], [np.inf, 1.0], r"likelihood must not contain NaN or inf"),
        ([0.5, 0.5], [0.0, 0.0], r"evidence .* is zero"),
        ([1.0, 0.0], [0.0, 0.7], r"evidence .* is zero"),
    ],
)
def test_bayes_posterior_rejects(prior, likelihood, message):
    with pytest.raises(ValueError, match=message):
        bayes_posterior(prior, likelihood)


@pytest.mark.parametrize(
    ("likelihoods", "message"),
    [
        ([0.5, 0.9], r"likelihoods must be 2-D: shape is \(2,\)"),
        ([[0.5, 0.9, 0.1]], r"likelihoods must have one entry per .*\(1, 3\)"),
        ([[0.5, -0.9]], r"likelihoods must be non-negative"),
        ([[0.5, np.nan]], r"likelihoods must not contain NaN"),
        ([[0.5, 0.9], [0.0, 0.0]], r"evidence is zero after observation 2"),
    ],
)
def test_sequential_posterior_rejects(likelihoods, message):
    with pytest.raises(ValueError, match=message):
        sequential_posterior([0.5, 0.5], likelihoods)


@pytest.mark.parametrize("sigma", [0.0, -1.5, [1.0, 0.0]])
def test_normal_log_likelihood_rejects_sigma_not_positive(sigma):
    with pytest.raises(ValueError, match=r"sigma must be > 0: got (0.0|-1.5)"):
        normal_log_likelihood([1.0, 2.0], 0.0, sigma)


@pytest.mark.parametrize(
    ("data", "mu", "message"),
    [
        ([[1.0, 2.0]], 0.0, r"data must be 1-D: shape is \(1, 2\)"),
        ([], 0.0, r"data must have at least 1 element"),
        ([1.0, np.nan], 0.0, r"data must not contain NaN or inf"),
        ([1.0, 2.0], np.inf, r"mu must not contain NaN or inf: got inf"),
    ],
)
def test_normal_log_likelihood_rejects(data, mu, message):
    with pytest.raises(ValueError, match=message):
        normal_log_likelihood(data, mu, 1.0)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([[1.0], [2.0]], r"data must be 1-D: shape is \(2, 1\)"),
        ([], r"data must have at least 1 element"),
        ([1.0, np.inf], r"data must not contain NaN or inf"),
    ],
)
def test_normal_mle_rejects(data, message):
    with pytest.raises(ValueError, match=message):
        normal_mle(data)


def test_normal_pdf_rejects_bad_sigma_and_values():
    with pytest.raises(ValueError, match=r"sigma must be > 0: got 0"):
        normal_pdf(1.0, 0.0, 0)
    with pytest.raises(ValueError, match=r"x must not contain NaN or inf"):
        normal_pdf([0.0, np.nan])
    with pytest.raises(ValueError, match=r"mu must be 0-D: shape is \(2,\)"):
        normal_pdf(0.0, [0.0, 1.0])


@pytest.mark.parametrize("func", [bernoulli_log_likelihood, bernoulli_nll])
@pytest.mark.parametrize(
    ("y", "p", "message"),
    [
        ([0, 2, 1], 0.5, r"y must contain only 0 and 1: bad values \[2.\]"),
        ([[0, 1]], 0.5, r"y must be 1-D: shape is \(1, 2\)"),
        ([0, 1], 1.2, r"p must lie in \[0, 1\]: bad values \[1.2\]"),
        ([0, 1], [0.5, -0.1], r"p must lie in \[0, 1\]: bad values \[-0.1\]"),
        ([0, 1], [0.5, np.nan], r"p must not contain NaN or inf"),
        ([0, 1], [0.5, 0.5, 0.5], r"p must be a scalar or match y: shapes \(3,\)"),
    ],
)
def test_bernoulli_rejects(func, y, p, message):
    with pytest.raises(ValueError, match=message):
        func(y, p)


@pytest.mark.parametrize(
    ("args", "error", "message"),
    [
        ((0, 1, 3, 2), ValueError, r"alpha must be > 0: got 0"),
        ((1, -2.0, 3, 2), ValueError, r"beta must be > 0: got -2.0"),
        ((1, 1, -3, 2), ValueError, r"heads must be >= 0: got -3"),
        ((1, 1, 3, -1), ValueError, r"tails must be >= 0: got -1"),
        ((1, 1, 3, 2.5), TypeError, r"tails must be an integer .*: got float 2.5"),
        ((1, float("nan"), 3, 2), ValueError, r"beta must be finite and > 0: got nan"),
    ],
)
def test_beta_bernoulli_posterior_rejects(args, error, message):
    with pytest.raises(error, match=message):
        beta_bernoulli_posterior(*args)
