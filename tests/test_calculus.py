"""Tests of mlfound.calculus: analytic agreement, convergence, divergence, bad input."""

from __future__ import annotations

import inspect
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from mlfound.calculus import (
    gradient_check,
    gradient_descent,
    hessian,
    numerical_gradient,
)

seeds = st.integers(0, 2**32 - 1)
small = st.floats(-3, 3, allow_nan=False, allow_subnormal=False)


def quadratic(seed: int, d: int) -> tuple[np.ndarray, np.ndarray, float]:
    """Random f(x) = x.A x + b.x + c; A is not symmetric: grad f = (A + A^T) x + b."""
    rng = np.random.default_rng(seed)
    return rng.normal(size=(d, d)), rng.normal(size=d), float(rng.normal())


def convex_quadratic(seed: int, d: int) -> tuple[np.ndarray, np.ndarray]:
    """A symmetric positive definite A with eigenvalues in [1, 10], and a vector b."""
    rng = np.random.default_rng(seed)
    Q, _ = np.linalg.qr(rng.normal(size=(d, d)))
    return Q @ np.diag(rng.uniform(1, 10, size=d)) @ Q.T, rng.normal(size=d)


# --- numerical_gradient ---------------------------------------------------------


def test_numerical_gradient_scalar_gives_float() -> None:
    g = numerical_gradient(lambda x: x**2 + 2 * x + 1, 5.0)
    assert type(g) is float
    assert g == pytest.approx(12.0, abs=1e-6)


def test_numerical_gradient_vector_shape_and_syllabus_example() -> None:
    def f(w):
        return w[0] ** 2 + 2 * w[1] ** 2 + w[0] * w[1]

    g = numerical_gradient(f, [3.0, 2.0])
    assert g.shape == (2,)
    np.testing.assert_allclose(g, [8.0, 11.0], atol=1e-6)


@settings(max_examples=50, deadline=None)
@given(seeds, st.integers(1, 6), st.data())
def test_numerical_gradient_matches_random_quadratics(
    seed: int, d: int, data: st.DataObject
) -> None:
    A, b, c = quadratic(seed, d)
    x = data.draw(hnp.arrays(float, d, elements=small))
    g = numerical_gradient(lambda z: z @ A @ z + b @ z + c, x)
    np.testing.assert_allclose(g, (A + A.T) @ x + b, atol=1e-6)


@settings(max_examples=50, deadline=None)
@given(st.lists(small, min_size=1, max_size=6), small)
def test_numerical_gradient_matches_polynomial_derivative(
    coefficients: list[float], x: float
) -> None:
    p = np.polynomial.Polynomial(coefficients)
    assert numerical_gradient(p, x) == pytest.approx(p.deriv()(x), abs=1e-5)


def test_numerical_gradient_of_separable_polynomial_in_several_variables() -> None:
    def f(w):
        return np.sum(w**4 - 3 * w**3 + w)

    x = np.linspace(-2, 2, 7)
    np.testing.assert_allclose(
        numerical_gradient(f, x), 4 * x**3 - 9 * x**2 + 1, atol=1e-6
    )


def test_numerical_gradient_does_not_let_f_change_x() -> None:
    x = np.array([1.0, 2.0])

    def f(w):
        value = float(w @ w)
        w[:] = 100.0  # misbehaving f mutates its argument
        return value

    np.testing.assert_allclose(numerical_gradient(f, x), 2 * x, atol=1e-6)
    np.testing.assert_array_equal(x, [1.0, 2.0])


def test_numerical_gradient_silences_overflow_in_f() -> None:
    # A naive sigmoid overflows in exp(-z) at z = -1000 but its value, 0, is fine.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert numerical_gradient(lambda z: 1 / (1 + np.exp(-z)), -1000.0) == 0.0


# --- gradient_check -------------------------------------------------------------


def test_gradient_check_accepts_right_and_rejects_wrong_gradient() -> None:
    A, b, c = quadratic(0, 4)
    x = np.array([0.3, -1.2, 2.0, 0.5])

    def f(z):
        return z @ A @ z + b @ z + c

    right = gradient_check(f, lambda z: (A + A.T) @ z + b, x)
    wrong = gradient_check(f, lambda z: A @ z + b, x)  # forgot A^T
    assert type(right) is float and right < 1e-8
    assert wrong > 0.1


def test_gradient_check_syllabus_chain_rule() -> None:
    def sigmoid(z):
        return 1 / (1 + np.exp(-z))

    def loss(w):
        return (sigmoid(w * 2.0) - 1) ** 2

    def dloss(w):
        a = sigmoid(w * 2.0)
        return 2 * (a - 1) * a * (1 - a) * 2.0

    assert round(numerical_gradient(loss, 0.5), 5) == -0.21151
    assert gradient_check(loss, dloss, 0.5) < 1e-8


def test_gradient_check_is_zero_when_both_gradients_vanish() -> None:
    assert gradient_check(lambda x: float(x @ x), lambda x: 2 * x, np.zeros(3)) == 0.0


def test_gradient_check_is_scale_invariant() -> None:
    def f(x):
        return np.sum(np.sin(x))

    x = np.array([0.1, 1.5, 3.0])
    base = gradient_check(f, np.cos, x)
    scaled = gradient_check(lambda z: 1e6 * f(z), lambda z: 1e6 * np.cos(z), x)
    assert base < 1e-8 and scaled < 1e-8


# --- gradient_descent -------------------------------------------------------------


def test_gradient_descent_syllabus_1d() -> None:
    path = gradient_descent(lambda x: 2 * x + 2, 5.0, learning_rate=0.1, n_steps=20)
    assert path.shape == (21,)
    assert path[0] == 5.0
    # x_t + 1 = 0.8^t (x_0 + 1): the distance to the minimum shrinks by 1 - 2 eta.
    np.testing.assert_allclose(path, -1 + 6 * 0.8 ** np.arange(21))
    assert abs(path[-1] + 1) < 0.07


def test_gradient_descent_syllabus_2d() -> None:
    def grad(w):
        return np.array([2 * w[0] + w[1], 4 * w[1] + w[0]])

    path = gradient_descent(grad, [3.0, 2.0], learning_rate=0.1, n_steps=50)
    assert path.shape == (51, 2)
    np.testing.assert_array_equal(path[0], [3.0, 2.0])
    assert np.linalg.norm(path[-1]) < 1e-3
    values = [w[0] ** 2 + 2 * w[1] ** 2 + w[0] * w[1] for w in path]
    assert np.all(np.diff(values) < 0)  # each step goes downhill


def test_gradient_descent_zero_steps_is_just_the_start() -> None:
    path = gradient_descent(lambda x: 2 * x, [1.0, 2.0], learning_rate=0.1, n_steps=0)
    np.testing.assert_array_equal(path, [[1.0, 2.0]])
    assert gradient_descent(lambda x: x, 3.0, learning_rate=1.0, n_steps=0).shape == (
        1,
    )


@settings(max_examples=50, deadline=None)
@given(seeds, st.integers(1, 5), st.floats(0.1, 0.95))
def test_gradient_descent_converges_on_convex_quadratic(
    seed: int, d: int, fraction: float
) -> None:
    # f(x) = x.A x / 2 - b.x has gradient A x - b and minimiser A^{-1} b.
    A, b = convex_quadratic(seed, d)
    L = np.linalg.eigvalsh(A).max()
    eta = fraction * 2 / L
    # Every error component shrinks by |1 - eta lambda| <= 0.98 per step.
    path = gradient_descent(
        lambda x: A @ x - b, np.zeros(d), learning_rate=eta, n_steps=2000, tol=1e-12
    )
    np.testing.assert_allclose(path[-1], np.linalg.solve(A, b), atol=1e-8)


def test_gradient_descent_tol_stops_early() -> None:
    tol = 1e-6
    path = gradient_descent(
        lambda x: 2 * x + 2, 5.0, learning_rate=0.1, n_steps=10_000, tol=tol
    )
    steps = np.abs(np.diff(path))
    assert len(path) < 10_001
    assert steps[-1] < tol and np.all(steps[:-1] >= tol)


def test_gradient_descent_diverges_without_warning_and_drops_non_finite() -> None:
    def grad(x):
        return 2 * x + 2

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        path = gradient_descent(grad, 5.0, learning_rate=1.5, n_steps=5000)
    assert np.all(np.isfinite(path))
    assert len(path) < 5001  # it stopped before n_steps
    # The left-out next iterate is the first non-finite one.
    with np.errstate(all="ignore"):
        assert not np.isfinite(path[-1] - 1.5 * grad(path[-1]))
    # Until then, |x + 1| grows by |1 - 2 eta| = 2 each step.
    np.testing.assert_allclose(path[:50] + 1, 6 * (-2.0) ** np.arange(50))


def test_gradient_descent_divergence_inside_grad_raises_no_warning() -> None:
    # exp overflows inside the user's gradient; that must not leak a warning either.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        path = gradient_descent(
            lambda x: -np.exp(x), [1.0, 2.0], learning_rate=1.0, n_steps=100
        )
    assert path.shape[1] == 2 and len(path) < 101
    assert np.all(np.isfinite(path))


def test_gradient_descent_stops_at_nan_gradient() -> None:
    def grad(x):
        return np.nan if x < 0.5 else 1.0

    path = gradient_descent(grad, 4.0, learning_rate=1.0, n_steps=10)
    np.testing.assert_array_equal(path, [4.0, 3.0, 2.0, 1.0, 0.0])


def test_gradient_descent_passes_copies_to_grad() -> None:
    def grad(x):
        g = 2 * x
        x[:] = 1e9  # misbehaving grad mutates its argument
        return g

    path = gradient_descent(grad, [1.0, -1.0], learning_rate=0.25, n_steps=3)
    np.testing.assert_allclose(
        path, [[1.0, -1.0], [0.5, -0.5], [0.25, -0.25], [0.125, -0.125]]
    )


# --- hessian --------------------------------------------------------------------


def test_hessian_syllabus_example_and_eigenvalues() -> None:
    H = hessian(lambda w: w[0] ** 2 + 2 * w[1] ** 2 + w[0] * w[1], [3.0, 2.0])
    np.testing.assert_allclose(H, [[2.0, 1.0], [1.0, 4.0]], atol=1e-6)
    np.testing.assert_array_equal(H, H.T)
    np.testing.assert_allclose(
        np.linalg.eigvalsh(H), [3 - np.sqrt(2), 3 + np.sqrt(2)], atol=1e-6
    )


@settings(max_examples=30, deadline=None)
@given(seeds, st.integers(1, 5), st.data())
def test_hessian_of_random_quadratic(seed: int, d: int, data: st.DataObject) -> None:
    A, b, c = quadratic(seed, d)
    x = data.draw(hnp.arrays(float, d, elements=small))
    H = hessian(lambda z: z @ A @ z + b @ z + c, x)
    np.testing.assert_allclose(H, A + A.T, atol=1e-5)


def test_hessian_scalar_and_rosenbrock() -> None:
    second = hessian(lambda x: x**3, 2.0)
    assert type(second) is float and second == pytest.approx(12.0, abs=1e-5)

    def rosenbrock(w):
        return (1 - w[0]) ** 2 + 100 * (w[1] - w[0] ** 2) ** 2

    expected = [[802.0, -400.0], [-400.0, 200.0]]
    np.testing.assert_allclose(hessian(rosenbrock, [1.0, 1.0]), expected, rtol=1e-5)

    # The Hessian is the Jacobian of the gradient.
    def partial(i: int):
        return lambda w: numerical_gradient(rosenbrock, w)[i]

    point = [1.0, 1.0]
    jac = np.array([numerical_gradient(partial(i), point, eps=1e-4) for i in range(2)])
    np.testing.assert_allclose(hessian(rosenbrock, [1.0, 1.0]), jac, rtol=1e-4)


# --- the public signatures are fixed --------------------------------------------


@pytest.mark.parametrize(
    ("func", "positional", "keyword"),
    [
        (numerical_gradient, ["f", "x"], ["eps"]),
        (gradient_check, ["f", "grad", "x"], ["eps"]),
        (gradient_descent, ["grad", "x0"], ["learning_rate", "n_steps", "tol"]),
        (hessian, ["f", "x"], ["eps"]),
    ],
)
def test_signatures(func, positional: list[str], keyword: list[str]) -> None:
    params = inspect.signature(func).parameters.values()
    assert [p.name for p in params if p.kind is p.POSITIONAL_OR_KEYWORD] == positional
    assert [p.name for p in params if p.kind is p.KEYWORD_ONLY] == keyword


# --- every bad input names its parameter ----------------------------------------


def square(x):
    return float(np.sum(np.square(x)))


def double(x):
    return 2 * np.asarray(x)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: numerical_gradient(square, [[1.0, 2.0]]),
            r"x must be 0-D or 1-D: shape is \(1, 2\)",
        ),
        (
            lambda: numerical_gradient(square, [1.0, np.nan]),
            "x must not contain NaN or inf",
        ),
        (lambda: numerical_gradient(square, np.inf), "x must not contain NaN or inf"),
        (
            lambda: numerical_gradient(square, [1.0], eps=0.0),
            "eps must be > 0: got 0.0",
        ),
        (
            lambda: numerical_gradient(square, [1.0], eps=-1e-6),
            "eps must be > 0: got -1e-06",
        ),
        (
            lambda: numerical_gradient(square, [1.0], eps=np.nan),
            "eps must be finite and > 0: got nan",
        ),
        (
            lambda: numerical_gradient(square, 1e30),
            "eps must be large enough to move x: got 1e-06",
        ),
        (
            lambda: numerical_gradient(lambda x: x, [1.0, 2.0]),
            r"f must return a scalar: got shape \(2,\)",
        ),
        (
            lambda: numerical_gradient(lambda x: np.log(x - 1.0), 1.0),
            "f must be finite near x",
        ),
        (
            lambda: gradient_check(square, lambda x: [1.0], [1.0, 2.0]),
            r"grad must return shape \(2,\) like x: got \(1,\)",
        ),
        (
            lambda: gradient_check(square, lambda x: np.log(-x), [1.0, 2.0]),
            r"grad must return finite values: got \[nan nan\]",
        ),
        (lambda: gradient_check(square, double, [[1.0]]), "x must be 0-D or 1-D"),
        (
            lambda: gradient_check(square, double, [1.0], eps=0),
            "eps must be > 0: got 0",
        ),
        (
            lambda: gradient_descent(double, 1.0, learning_rate=0.0, n_steps=5),
            "learning_rate must be > 0: got 0.0",
        ),
        (
            lambda: gradient_descent(double, 1.0, learning_rate=-0.1, n_steps=5),
            "learning_rate must be > 0: got -0.1",
        ),
        (
            lambda: gradient_descent(double, 1.0, learning_rate=np.inf, n_steps=5),
            "learning_rate must be finite and > 0: got inf",
        ),
        (
            lambda: gradient_descent(double, 1.0, learning_rate=0.1, n_steps=-1),
            "n_steps must be >= 0: got -1",
        ),
        (
            lambda: gradient_descent(
                double, 1.0, learning_rate=0.1, n_steps=5, tol=0.0
            ),
            "tol must be > 0: got 0.0",
        ),
        (
            lambda: gradient_descent(double, [[1.0]], learning_rate=0.1, n_steps=5),
            r"x0 must be 0-D or 1-D: shape is \(1, 1\)",
        ),
        (
            lambda: gradient_descent(double, [np.nan], learning_rate=0.1, n_steps=5),
            "x0 must not contain NaN or inf",
        ),
        (
            lambda: gradient_descent(
                lambda x: [1.0, 2.0], [1.0], learning_rate=0.1, n_steps=5
            ),
            r"grad must return shape \(1,\) like x0: got \(2,\)",
        ),
        (lambda: hessian(square, [1.0], eps=0.0), "eps must be > 0: got 0.0"),
        (
            lambda: hessian(square, np.ones((2, 2))),
            r"x must be 0-D or 1-D: shape is \(2, 2\)",
        ),
        (lambda: hessian(square, [np.nan]), "x must not contain NaN or inf"),
        (
            lambda: hessian(lambda x: np.ones(2), [1.0]),
            r"f must return a scalar: got shape \(2,\)",
        ),
        (
            lambda: hessian(lambda x: np.inf if x[0] < 0 else 0.0, [0.0]),
            "f must be finite near x",
        ),
    ],
)
def test_bad_input_raises_value_error_naming_parameter(call, message: str) -> None:
    # Warnings are errors here, so a NaN from log(-1) must surface as our ValueError.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError, match=message):
            call()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: numerical_gradient(3.0, 1.0), "f must be callable: got float 3.0"),
        (lambda: gradient_check(square, None, 1.0), "grad must be callable: got None"),
        (
            lambda: gradient_descent("grad", 1.0, learning_rate=0.1, n_steps=3),
            "grad must be callable",
        ),
        (
            lambda: gradient_descent(double, 1.0, learning_rate="0.1", n_steps=3),
            "learning_rate must be a real number \\(int or float\\): got str '0.1'",
        ),
        (
            lambda: gradient_descent(double, 1.0, learning_rate=0.1, n_steps=2.5),
            r"n_steps must be an integer \(int or numpy integer\): got float 2.5",
        ),
        (lambda: hessian(None, 1.0), "f must be callable: got None"),
    ],
)
def test_wrong_type_raises_type_error_naming_parameter(call, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        call()


def test_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        gradient_descent(double, 1.0, 0.1, 5)  # type: ignore[misc]
    with pytest.raises(TypeError):
        numerical_gradient(square, 1.0, 1e-6)  # type: ignore[misc]
