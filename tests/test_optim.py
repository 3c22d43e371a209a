"""Tests of mlfound.optim: momentum and Adam against step-by-step reference loops."""

from __future__ import annotations

import inspect
import math
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlfound.calculus import gradient_descent
from mlfound.optim import adam, momentum

seeds = st.integers(0, 2**32 - 1)


def spd(seed: int, d: int, low: float = 1.0, high: float = 10.0):
    """A symmetric positive definite matrix with eigenvalues in [low, high], and b."""
    rng = np.random.default_rng(seed)
    Q, _ = np.linalg.qr(rng.normal(size=(d, d)))
    return Q @ np.diag(rng.uniform(low, high, size=d)) @ Q.T, rng.normal(size=d)


# --- momentum ---------------------------------------------------------------------


def heavy_ball_reference(grad, x0, eta, n_steps, beta):
    """The heavy-ball method written out coordinate by coordinate in plain Python."""
    x = [float(v) for v in np.atleast_1d(x0)]
    v = [0.0] * len(x)
    path = [list(x)]
    for _ in range(n_steps):
        g = [float(c) for c in np.atleast_1d(grad(np.array(x)))]
        v = [beta * vi + gi for vi, gi in zip(v, g, strict=True)]
        x = [xi - eta * vi for xi, vi in zip(x, v, strict=True)]
        path.append(list(x))
    return np.array(path)


@settings(max_examples=40, deadline=None)
@given(seeds, st.integers(1, 5), st.floats(0.0, 0.99), st.floats(0.01, 0.2))
def test_momentum_matches_reference_loop(seed, d, beta, eta):
    A, b = spd(seed, d)

    def grad(x):
        return A @ x - b

    x0 = np.random.default_rng(seed + 1).normal(size=d)
    path = momentum(grad, x0, learning_rate=eta, n_steps=30, beta=beta)
    reference = heavy_ball_reference(grad, x0, eta, 30, beta)
    assert path.shape == (31, d)
    np.testing.assert_allclose(path, reference, rtol=1e-12, atol=1e-12)


def test_momentum_with_beta_zero_is_gradient_descent():
    A, b = spd(3, 4)
    plain = gradient_descent(
        lambda x: A @ x - b, np.ones(4), learning_rate=0.1, n_steps=25
    )
    heavy = momentum(
        lambda x: A @ x - b, np.ones(4), learning_rate=0.1, n_steps=25, beta=0.0
    )
    np.testing.assert_array_equal(heavy, plain)


def test_momentum_tuned_reaches_the_heavy_ball_rate():
    # On a quadratic with curvatures mu..L, the tuned heavy ball contracts the error
    # by (sqrt(kappa) - 1) / (sqrt(kappa) + 1) per step (asymptotically).
    H = np.array([[2.0, 4.0], [4.0, 20.0]])
    mu, L = np.linalg.eigvalsh(H)
    root = math.sqrt(L / mu)
    rate = (root - 1) / (root + 1)
    eta = 4 / (math.sqrt(L) + math.sqrt(mu)) ** 2
    path = momentum(
        lambda w: H @ w, [3.0, 2.0], learning_rate=eta, n_steps=200, beta=rate**2
    )
    distance = np.linalg.norm(path, axis=1)
    # a double eigenvalue: the error behaves like t rate^t, so measure over a long
    # window, where the factor t changes the rate by (200 / 100)^(1/100) < 1%
    measured = (distance[200] / distance[100]) ** (1 / 100)
    assert measured == pytest.approx(rate, rel=0.02)
    gd_rate = (L / mu - 1) / (L / mu + 1)
    assert measured < gd_rate - 0.2


def test_momentum_scalar_start_gives_flat_path_and_converges():
    # curvature 2, eta = 0.1, beta = 0.9: complex roots, error shrinks by sqrt(0.9)
    path = momentum(lambda x: 2 * x + 2, 5.0, learning_rate=0.1, n_steps=600)
    assert path.shape == (601,)
    assert abs(path[-1] + 1) < 1e-10


def test_momentum_divergence_stops_before_non_finite_without_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        path = momentum(lambda x: 2 * x, [1.0, -1.0], learning_rate=5.0, n_steps=5000)
    assert len(path) < 5001
    assert np.all(np.isfinite(path))


def test_momentum_calls_grad_once_per_step_with_copies():
    calls = []

    def grad(x):
        calls.append(x.copy())
        g = 2 * x
        x[:] = 1e9  # misbehaving grad mutates its argument
        return g

    x0 = np.array([1.0, 2.0])
    path = momentum(grad, x0, learning_rate=0.1, n_steps=7, beta=0.5)
    assert len(calls) == 7
    np.testing.assert_array_equal(x0, [1.0, 2.0])
    np.testing.assert_allclose(path[:-1], calls)


# --- adam ---------------------------------------------------------------------------


def adam_reference(grad, x0, eta, n_steps, beta1, beta2, eps):
    """Algorithm 1 of Kingma and Ba (2015), coordinate by coordinate."""
    theta = [float(v) for v in np.atleast_1d(x0)]
    m = [0.0] * len(theta)
    v = [0.0] * len(theta)
    path = [list(theta)]
    for t in range(1, n_steps + 1):
        g = [float(c) for c in np.atleast_1d(grad(np.array(theta)))]
        for i, gi in enumerate(g):
            m[i] = beta1 * m[i] + (1 - beta1) * gi
            v[i] = beta2 * v[i] + (1 - beta2) * (gi * gi)  # g_t^2, then scale
            m_hat = m[i] / (1 - beta1**t)
            v_hat = v[i] / (1 - beta2**t)
            theta[i] -= eta * m_hat / (math.sqrt(v_hat) + eps)
        path.append(list(theta))
    return np.array(path)


@settings(max_examples=40, deadline=None)
@given(
    seeds,
    st.integers(1, 5),
    st.floats(0.0, 0.99),
    st.floats(0.0, 0.9999),
    st.floats(1e-3, 0.5),
    st.sampled_from([1e-8, 1e-3, 1.0]),
)
def test_adam_matches_reference_loop(seed, d, beta1, beta2, eta, eps):
    # An elementwise gradient: the same arithmetic in both loops, so that no
    # kernel choice (BLAS, SIMD, alignment) can differ. With a small beta2 Adam
    # behaves like sign descent, which amplifies any rounding difference.
    rng = np.random.default_rng(seed)
    scale, centre = rng.uniform(0.5, 10, size=d), rng.normal(size=d)

    def grad(x):
        x = np.asarray(x, dtype=float)
        return scale * (x - centre) + 0.1 * x**3

    x0 = rng.normal(size=d)
    path = adam(
        grad, x0, learning_rate=eta, n_steps=30, beta1=beta1, beta2=beta2, eps=eps
    )
    reference = adam_reference(grad, x0, eta, 30, beta1, beta2, eps)
    assert path.shape == (31, d)
    np.testing.assert_allclose(path, reference, rtol=1e-10, atol=1e-12)


def test_adam_first_step_is_eta_against_the_sign():
    g = np.array([1e6, -3e-4, 2.0])
    path = adam(lambda x: g, np.zeros(3), learning_rate=0.05, n_steps=1, eps=1e-8)
    np.testing.assert_allclose(path[1], -0.05 * g / (np.abs(g) + 1e-8), rtol=1e-12)
    assert np.allclose(np.abs(path[1]), 0.05, rtol=1e-4)


def test_adam_is_nearly_invariant_to_scaling_the_loss():
    A, b = spd(7, 3)
    x0 = np.ones(3)
    base = adam(lambda x: A @ x - b, x0, learning_rate=0.1, n_steps=200)
    scaled = adam(lambda x: 1e3 * (A @ x - b), x0, learning_rate=0.1, n_steps=200)
    np.testing.assert_allclose(scaled, base, atol=1e-6)


def test_adam_converges_on_a_quadratic():
    A, b = spd(11, 4)
    for eta in (0.01, 0.05):
        path = adam(lambda x: A @ x - b, np.zeros(4), learning_rate=eta, n_steps=1000)
        np.testing.assert_allclose(
            path[-1], np.linalg.lstsq(A, b, rcond=None)[0], atol=1e-8
        )


def test_adam_with_a_stochastic_gradient():
    # Mini-batch gradients of the mean of (x - a_i)^2 / 2: the minimiser is mean(a).
    a = np.random.default_rng(0).normal(size=200)
    rng = np.random.default_rng(1)
    calls = []

    def grad(x):
        calls.append(1)
        batch = rng.choice(a, size=10, replace=False)
        return np.array([x[0] - batch.mean()])

    path = adam(grad, [5.0], learning_rate=0.01, n_steps=2000)
    assert len(calls) == 2000 and path.shape == (2001, 1)
    assert abs(path[-200:, 0].mean() - a.mean()) < 0.05


def test_adam_overflowing_gradient_stops_without_warning():
    # The gradient -e^(10 x) pushes x right by about eta per step; its square
    # overflows once 20 x > 709, and the run stops before that step.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        path = adam(lambda x: -np.exp(10 * x), [0.0], learning_rate=1.0, n_steps=100)
    assert np.all(np.isfinite(path)) and 20 < len(path) < 101
    with np.errstate(over="ignore"):  # the next step's squared gradient is inf
        assert not np.isfinite(np.exp(10 * path[-1, 0]) ** 2)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        path = adam(
            lambda x: 1e200 * np.ones_like(x), [0.0], learning_rate=1.0, n_steps=10
        )
    assert path.shape == (1, 1)  # the squared gradient overflows at once


# --- the public signatures are fixed -----------------------------------------------


@pytest.mark.parametrize(
    ("func", "keyword"),
    [
        (momentum, ["learning_rate", "n_steps", "beta"]),
        (adam, ["learning_rate", "n_steps", "beta1", "beta2", "eps"]),
    ],
)
def test_signatures(func, keyword):
    params = inspect.signature(func).parameters.values()
    assert [p.name for p in params if p.kind is p.POSITIONAL_OR_KEYWORD] == [
        "grad",
        "x0",
    ]
    assert [p.name for p in params if p.kind is p.KEYWORD_ONLY] == keyword
    defaults = {p.name: p.default for p in params if p.default is not p.empty}
    expected = (
        {"beta": 0.9}
        if func is momentum
        else {"beta1": 0.9, "beta2": 0.999, "eps": 1e-8}
    )
    assert defaults == expected


# --- every bad input names its parameter -------------------------------------------


def double(x):
    return 2 * np.asarray(x)


RUNS = {
    "momentum": lambda **kw: momentum(
        kw.pop("grad", double),
        kw.pop("x0", [1.0]),
        **{"learning_rate": 0.1, "n_steps": 3, **kw},
    ),
    "adam": lambda **kw: adam(
        kw.pop("grad", double),
        kw.pop("x0", [1.0]),
        **{"learning_rate": 0.1, "n_steps": 3, **kw},
    ),
}
BOTH = ["momentum", "adam"]

VALUE_ERRORS = [
    (BOTH, {"x0": [[1.0]]}, r"x0 must be 0-D or 1-D: shape is \(1, 1\)"),
    (BOTH, {"x0": [1.0, np.nan]}, "x0 must not contain NaN or inf"),
    (BOTH, {"x0": np.inf}, "x0 must not contain NaN or inf"),
    (BOTH, {"learning_rate": 0.0}, "learning_rate must be > 0: got 0.0"),
    (BOTH, {"learning_rate": -1}, "learning_rate must be > 0: got -1"),
    (BOTH, {"learning_rate": np.nan}, "learning_rate must be finite and > 0: got nan"),
    (BOTH, {"n_steps": -1}, "n_steps must be >= 0: got -1"),
    (BOTH, {"grad": lambda x: [1.0, 2.0]}, r"grad must return shape \(1,\) like x0"),
    (["momentum"], {"beta": 1.0}, "beta must be < 1: got 1.0"),
    (["momentum"], {"beta": -0.1}, r"beta must lie in \[0, 1\]"),
    (["momentum"], {"beta": 1.5}, r"beta must lie in \[0, 1\]"),
    (["momentum"], {"beta": np.nan}, "beta must not contain NaN or inf"),
    (["momentum"], {"beta": np.array([0.5, 0.5])}, "beta must be 0-D"),
    (["adam"], {"beta1": 1}, "beta1 must be < 1: got 1"),
    (["adam"], {"beta2": 1.0}, "beta2 must be < 1: got 1.0"),
    (["adam"], {"beta2": -0.5}, r"beta2 must lie in \[0, 1\]"),
    (["adam"], {"eps": 0.0}, "eps must be > 0: got 0.0"),
    (["adam"], {"eps": -1e-8}, "eps must be > 0"),
]


@pytest.mark.parametrize(
    ("which", "kwargs", "message"),
    [(w, kw, m) for ws, kw, m in VALUE_ERRORS for w in ws],
)
def test_bad_value_raises_value_error_naming_parameter(which, kwargs, message):
    with pytest.raises(ValueError, match=message):
        RUNS[which](**dict(kwargs))


TYPE_ERRORS = [
    (BOTH, {"grad": "not a function"}, "grad must be callable"),
    (BOTH, {"grad": lambda x: None}, "grad must return real numbers .*: got None"),
    (BOTH, {"grad": lambda x: np.array([1j])}, "grad must return real numbers"),
    (BOTH, {"grad": lambda x: np.array([True])}, "grad must return real numbers"),
    (BOTH, {"grad": lambda x: "1.0"}, "grad must return real numbers"),
    (BOTH, {"learning_rate": "0.1"}, "learning_rate must be a real number"),
    (BOTH, {"learning_rate": True}, "learning_rate must be a real number"),
    (BOTH, {"learning_rate": None}, "learning_rate must be a real number"),
    (BOTH, {"n_steps": 2.5}, "n_steps must be an integer .*: got float 2.5"),
    (BOTH, {"n_steps": 3.0}, "n_steps must be an integer"),
    (BOTH, {"n_steps": True}, "n_steps must be an integer"),
    (BOTH, {"x0": "abc"}, "x0 must be real numbers"),
    (["momentum"], {"beta": True}, "beta must be (a )?real number"),
    (["momentum"], {"beta": "0.9"}, "beta must be (a )?real number"),
    (["momentum"], {"beta": None}, "beta must be (a )?real number"),
    (["momentum"], {"beta": 0.5 + 0j}, "beta must be (a )?real number"),
    (["adam"], {"beta1": False}, "beta1 must be (a )?real number"),
    (["adam"], {"beta2": "0.999"}, "beta2 must be (a )?real number"),
    (["adam"], {"eps": "1e-8"}, "eps must be a real number"),
    (["adam"], {"eps": True}, "eps must be a real number"),
]


@pytest.mark.parametrize(
    ("which", "kwargs", "message"),
    [(w, kw, m) for ws, kw, m in TYPE_ERRORS for w in ws],
)
def test_wrong_type_raises_type_error_naming_parameter(which, kwargs, message):
    with pytest.raises(TypeError, match=message):
        RUNS[which](**dict(kwargs))


def test_numpy_scalars_are_accepted():
    path = momentum(
        double,
        np.float32(1.0),
        learning_rate=np.float64(0.1),
        n_steps=np.int64(3),
        beta=np.float32(0.5),
    )
    assert path.shape == (4,)
    path = adam(
        double,
        [np.int64(1)],
        learning_rate=np.int32(1),
        n_steps=np.uint8(2),
        beta1=np.float16(0.5),
        beta2=np.float64(0.9),
        eps=np.float32(1e-6),
    )
    assert path.shape == (3, 1)


def test_options_are_keyword_only():
    with pytest.raises(TypeError):
        momentum(double, 1.0, 0.1, 5)  # type: ignore[misc]
    with pytest.raises(TypeError):
        adam(double, 1.0, 0.1, 5)  # type: ignore[misc]
