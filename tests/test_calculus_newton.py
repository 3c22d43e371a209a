"""Tests of mlfound.calculus.jacobian and mlfound.calculus.newton."""

from __future__ import annotations

import inspect
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from scipy.optimize import minimize
from scipy.special import expit, logsumexp, softmax

from mlfound.calculus import hessian, jacobian, newton, numerical_gradient

seeds = st.integers(0, 2**32 - 1)
small = st.floats(-2, 2, allow_nan=False, allow_subnormal=False)


def spd(seed: int, d: int):
    rng = np.random.default_rng(seed)
    Q, _ = np.linalg.qr(rng.normal(size=(d, d)))
    return Q @ np.diag(rng.uniform(0.5, 20, size=d)) @ Q.T, rng.normal(size=d)


# --- jacobian ---------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(seeds, st.integers(1, 5), st.integers(1, 5))
def test_jacobian_of_linear_map_is_the_matrix(seed, m, n):
    rng = np.random.default_rng(seed)
    A, b, x = rng.normal(size=(m, n)), rng.normal(size=m), rng.normal(size=n)
    J = jacobian(lambda v: A @ v + b, x)
    assert J.shape == (m, n)
    np.testing.assert_allclose(J, A, atol=1e-8)


@settings(max_examples=40, deadline=None)
@given(seeds, st.integers(1, 4), st.integers(1, 4), st.data())
def test_jacobian_of_a_layer(seed, m, n, data):
    # h(x) = tanh(W x + b) has Jacobian diag(1 - h^2) W.
    rng = np.random.default_rng(seed)
    W, b = rng.normal(size=(m, n)), rng.normal(size=m)
    x = data.draw(hnp.arrays(float, n, elements=small))
    h = np.tanh(W @ x + b)
    np.testing.assert_allclose(
        jacobian(lambda v: np.tanh(W @ v + b), x), (1 - h**2)[:, None] * W, atol=1e-8
    )


def test_jacobian_of_softmax_against_its_formula_and_scipy():
    z = np.array([0.3, -1.2, 2.0, 0.5])
    p = softmax(z)
    J = jacobian(softmax, z)
    np.testing.assert_allclose(J, np.diag(p) - np.outer(p, p), atol=1e-9)
    # softmax is the gradient of log-sum-exp, so J is the Hessian of logsumexp
    np.testing.assert_allclose(J, hessian(logsumexp, z), atol=1e-6)
    np.testing.assert_allclose(J.sum(axis=0), 0.0, atol=1e-9)


def test_jacobian_chain_rule():
    # J of g(h(x)) is J_g(h(x)) @ J_h(x).
    rng = np.random.default_rng(5)
    W1, W2 = rng.normal(size=(4, 3)), rng.normal(size=(2, 4))

    def h(x):
        return expit(W1 @ x)

    def g(u):
        return np.tanh(W2 @ u)

    x = rng.normal(size=3)
    whole = jacobian(lambda v: g(h(v)), x)
    assert whole.shape == (2, 3)
    np.testing.assert_allclose(whole, jacobian(g, h(x)) @ jacobian(h, x), atol=1e-8)


def test_jacobian_of_scalar_function_is_gradient_row():
    def f(w):
        return np.array([w[0] ** 2 + 2 * w[1] ** 2 + w[0] * w[1]])

    J = jacobian(f, [3.0, 2.0])
    assert J.shape == (1, 2)
    np.testing.assert_allclose(J[0], [8.0, 11.0], atol=1e-7)
    np.testing.assert_allclose(
        J[0], numerical_gradient(lambda w: f(w)[0], [3.0, 2.0]), atol=1e-12
    )


def test_jacobian_of_gradient_is_hessian():
    def rosenbrock(w):
        return (1 - w[0]) ** 2 + 100 * (w[1] - w[0] ** 2) ** 2

    def grad(w):
        return np.array(
            [
                -2 * (1 - w[0]) - 400 * w[0] * (w[1] - w[0] ** 2),
                200 * (w[1] - w[0] ** 2),
            ]
        )

    point = [0.5, -0.3]
    np.testing.assert_allclose(
        jacobian(grad, point), hessian(rosenbrock, point), rtol=1e-5
    )


def test_jacobian_polar_determinant():
    def polar(p):
        return p[0] * np.array([np.cos(p[1]), np.sin(p[1])])

    for r, theta in [(2.0, 0.3), (0.5, -2.0), (3.0, 1.5)]:
        assert np.linalg.det(jacobian(polar, [r, theta])) == pytest.approx(r, rel=1e-8)


def test_jacobian_leaves_x_alone_and_silences_warnings():
    x = np.array([1.0, -1.0])

    def f(v):
        out = np.array([v @ v, 1 / (1 + np.exp(-1000 * v[0]))])  # exp may overflow
        v[:] = 99.0
        return out

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        J = jacobian(f, x)
    np.testing.assert_array_equal(x, [1.0, -1.0])
    np.testing.assert_allclose(J[0], 2 * x, atol=1e-7)


# --- newton -----------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(seeds, st.integers(1, 6))
def test_newton_one_step_to_the_minimum_of_a_quadratic(seed, d):
    A, b = spd(seed, d)
    x0 = np.random.default_rng(seed + 1).normal(size=d) * 10
    path = newton(lambda x: A @ x - b, lambda x: A, x0, n_steps=1)
    assert path.shape == (2, d)
    np.testing.assert_array_equal(path[0], x0)
    reference = minimize(
        lambda x: 0.5 * x @ A @ x - b @ x,
        x0,
        jac=lambda x: A @ x - b,
        method="BFGS",
        options={"gtol": 1e-12},
    ).x
    np.testing.assert_allclose(path[1], reference, atol=1e-6)
    np.testing.assert_allclose(A @ path[1], b, atol=1e-9 * np.abs(b).max() + 1e-12)


def test_newton_never_inverts_the_hessian(monkeypatch):
    def no_inverse(*args, **kwargs):
        raise AssertionError("the Hessian must not be inverted")

    monkeypatch.setattr(np.linalg, "inv", no_inverse)
    monkeypatch.setattr(np.linalg, "pinv", no_inverse)
    A, b = spd(0, 3)
    path = newton(lambda x: A @ x - b, lambda x: A, np.zeros(3), n_steps=2)
    np.testing.assert_allclose(path[-1], np.linalg.lstsq(A, b, rcond=None)[0])


def logistic(seed: int, lam: float = 0.1):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(60, 3))
    y = (X @ [1.0, -2.0, 0.5] + rng.normal(size=60) > 0).astype(float)

    def f(w):
        return np.mean(np.logaddexp(0, X @ w) - y * (X @ w)) + lam / 2 * w @ w

    def grad(w):
        return X.T @ (expit(X @ w) - y) / len(y) + lam * w

    def hess(w):
        p = expit(X @ w)
        return (X.T * (p * (1 - p))) @ X / len(y) + lam * np.eye(3)

    return f, grad, hess


@settings(max_examples=20, deadline=None)
@given(seeds)
def test_newton_matches_independent_loop_and_scipy_on_logistic_loss(seed):
    f, grad, hess = logistic(seed)
    path = newton(grad, hess, np.zeros(3), n_steps=8)
    x, reference = np.zeros(3), [np.zeros(3)]
    for _ in range(8):  # the same method by least squares on the Newton system
        x = x - np.linalg.lstsq(hess(x), grad(x), rcond=None)[0]
        reference.append(x)
    np.testing.assert_allclose(path, reference, rtol=1e-9, atol=1e-12)
    scipy_min = minimize(
        f,
        np.zeros(3),
        jac=grad,
        hess=hess,
        method="trust-exact",
        options={"gtol": 1e-12},
    )
    np.testing.assert_allclose(path[-1], scipy_min.x, atol=1e-7)


def test_newton_converges_quadratically():
    # On x - log x the error e = 1 - x becomes e^2 at every step.
    path = newton(lambda x: 1 - 1 / x, lambda x: 1 / x**2, 0.2, n_steps=6)
    assert path.shape == (7,)
    errors = 1 - path
    np.testing.assert_allclose(errors[1:], errors[:-1] ** 2, rtol=1e-9, atol=1e-16)
    _, grad, hess = logistic(3)
    norms = [
        np.linalg.norm(grad(w)) for w in newton(grad, hess, np.zeros(3), n_steps=6)
    ]
    assert norms[4] < 1e-5 and norms[5] < 10 * norms[4] ** 2 + 1e-15


def test_newton_tol_stops_early():
    _, grad, hess = logistic(1)
    path = newton(grad, hess, np.zeros(3), n_steps=100, tol=1e-10)
    steps = np.linalg.norm(np.diff(path, axis=0), axis=1)
    assert len(path) < 20
    assert steps[-1] < 1e-10 and np.all(steps[:-1] >= 1e-10)


def test_newton_finds_a_maximum_from_negative_curvature():
    # f = x^4 - 3x^2 + x: from x0 = 0.3, where f'' < 0, Newton climbs to the local
    # maximum, a root of f' = 4x^3 - 6x + 1 with f'' = 12x^2 - 6 < 0.
    path = newton(
        lambda x: 4 * x**3 - 6 * x + 1,
        lambda x: 12 * x**2 - 6,
        0.3,
        n_steps=20,
        tol=1e-14,
    )
    end = path[-1]
    roots = np.roots([4, 0, -6, 1])
    local_max = roots[np.argmin(np.abs(roots - 0.17))].real
    assert end == pytest.approx(local_max, abs=1e-12)
    assert 12 * end**2 - 6 < 0


def test_newton_zero_gradient_stays_put_even_with_singular_hessian():
    path = newton(
        lambda x: np.zeros(2), lambda x: np.zeros((2, 2)), [1.0, 2.0], n_steps=3
    )
    np.testing.assert_array_equal(path, [[1.0, 2.0]] * 4)


def test_newton_breakdown_stops_before_non_finite_without_warning():
    # f = |x|^1.25: the Newton step maps x to -3x, so |x| grows until it overflows.
    def grad(x):
        return 1.25 * np.abs(x) ** 0.25 * np.sign(x)

    def hess(x):
        return 1.25 * 0.25 * np.abs(x) ** -0.75

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        path = newton(grad, hess, 1.0, n_steps=1000)
    assert np.all(np.isfinite(path)) and 600 < len(path) < 1001
    np.testing.assert_allclose(path[1:], -3 * path[:-1], rtol=1e-9)
    assert abs(path[-1]) > np.finfo(float).max / 5  # 4x, inside the step, overflows


def test_newton_stops_at_non_finite_gradient():
    path = newton(lambda x: np.array([np.nan]), lambda x: np.eye(1), [1.0], n_steps=5)
    np.testing.assert_array_equal(path, [[1.0]])


# --- signatures and bad input ---------------------------------------------------------


def test_signatures():
    params = list(inspect.signature(jacobian).parameters.values())
    assert [p.name for p in params] == ["f", "x", "eps"]
    assert params[2].kind is params[2].KEYWORD_ONLY and params[2].default == 1e-6
    params = list(inspect.signature(newton).parameters.values())
    assert [p.name for p in params] == ["grad", "hess", "x0", "n_steps", "tol"]
    assert [p.kind for p in params[3:]] == [params[3].KEYWORD_ONLY] * 2
    assert params[4].default is None


def identity(v):
    return np.asarray(v, dtype=float)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: jacobian(identity, 1.0), r"x must be 1-D: shape is \(\)"),
        (lambda: jacobian(identity, [[1.0]]), r"x must be 1-D: shape is \(1, 1\)"),
        (lambda: jacobian(identity, []), "x must have at least 1 element"),
        (lambda: jacobian(identity, [1.0, np.nan]), "x must not contain NaN or inf"),
        (lambda: jacobian(identity, [1.0], eps=0.0), "eps must be > 0: got 0.0"),
        (lambda: jacobian(identity, [1.0], eps=-1.0), "eps must be > 0"),
        (lambda: jacobian(identity, [1e30]), "eps must be large enough to move x"),
        (
            lambda: jacobian(lambda v: float(v @ v), [1.0]),
            r"f must return a non-empty 1-D array: got shape \(\)",
        ),
        (
            lambda: jacobian(lambda v: np.outer(v, v), [1.0]),
            r"f must return a non-empty 1-D array: got shape \(1, 1\)",
        ),
        (
            lambda: jacobian(lambda v: np.ones(int(v[0] > 0) + 1), [0.0]),
            "f must return the same length everywhere",
        ),
        (
            lambda: jacobian(lambda v: np.log(v), [0.0]),
            "f must be finite near x",
        ),
        (
            lambda: newton(identity, lambda x: np.eye(1), [[1.0]], n_steps=1),
            r"x0 must be 0-D or 1-D: shape is \(1, 1\)",
        ),
        (
            lambda: newton(identity, lambda x: np.eye(1), [np.inf], n_steps=1),
            "x0 must not contain NaN or inf",
        ),
        (
            lambda: newton(identity, lambda x: np.eye(1), [1.0], n_steps=-1),
            "n_steps must be >= 0: got -1",
        ),
        (
            lambda: newton(identity, lambda x: np.eye(1), [1.0], n_steps=1, tol=0.0),
            "tol must be > 0: got 0.0",
        ),
        (
            lambda: newton(
                lambda x: np.ones(3), lambda x: np.eye(2), [1.0, 2.0], n_steps=1
            ),
            r"grad must return shape \(2,\) like x0: got \(3,\)",
        ),
        (
            lambda: newton(identity, lambda x: np.eye(3), [1.0, 2.0], n_steps=1),
            r"hess must return shape \(2, 2\): got \(3, 3\)",
        ),
        (
            lambda: newton(identity, lambda x: np.zeros((2, 2)), [1.0, 2.0], n_steps=1),
            "hess must be invertible: singular at x",
        ),
    ],
)
def test_bad_value_raises_value_error_naming_parameter(call, message):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError, match=message):
            call()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: jacobian("f", [1.0]), "f must be callable"),
        (lambda: jacobian(identity, [1.0], eps="1e-6"), "eps must be a real number"),
        (lambda: jacobian(identity, [1.0], eps=True), "eps must be a real number"),
        (lambda: jacobian(identity, "abc"), "x must be real numbers"),
        (lambda: jacobian(lambda v: None, [1.0]), "f must return real numbers"),
        (lambda: jacobian(lambda v: v * 1j, [1.0]), "f must return real numbers"),
        (
            lambda: newton(None, lambda x: np.eye(1), [1.0], n_steps=1),
            "grad must be callable",
        ),
        (lambda: newton(identity, 3.0, [1.0], n_steps=1), "hess must be callable"),
        (
            lambda: newton(identity, lambda x: np.eye(1), [1.0], n_steps=1.0),
            "n_steps must be an integer",
        ),
        (
            lambda: newton(identity, lambda x: np.eye(1), [1.0], n_steps=True),
            "n_steps must be an integer",
        ),
        (
            lambda: newton(identity, lambda x: np.eye(1), [1.0], n_steps=1, tol="0"),
            "tol must be a real number",
        ),
        (
            lambda: newton(lambda x: None, lambda x: np.eye(1), [1.0], n_steps=1),
            "grad must return real numbers .*: got None",
        ),
        (
            lambda: newton(identity, lambda x: [["a"]], [1.0], n_steps=1),
            "hess must return real numbers",
        ),
    ],
)
def test_wrong_type_raises_type_error_naming_parameter(call, message):
    with pytest.raises(TypeError, match=message):
        call()


def test_numpy_scalars_are_accepted():
    J = jacobian(identity, np.array([1, 2], dtype=np.int32), eps=np.float32(1e-3))
    np.testing.assert_allclose(J, np.eye(2), atol=1e-6)
    path = newton(
        lambda x: 2 * x,
        lambda x: 2.0,
        np.float32(1.0),
        n_steps=np.int64(2),
        tol=np.float64(1e-9),
    )
    # x = 0 after one step; the next step is 0 < tol, so the run ends there
    np.testing.assert_array_equal(path, [1.0, 0.0, 0.0])
