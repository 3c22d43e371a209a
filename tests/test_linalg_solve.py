"""Tests of solve, determinant and cholesky (mlfound._solve, via mlfound.linalg).

Each is checked against numpy.linalg and scipy.linalg on seeded random inputs, on
the edge cases of elimination (a zero pivot that needs a row exchange, singular
and rank-deficient matrices), on extreme magnitudes and on every bad input.
"""

from __future__ import annotations

import inspect

import numpy as np
import pytest
import scipy.linalg
from hypothesis import given, settings
from hypothesis import strategies as st

from mlfound.linalg import cholesky, determinant, solve

EPS = np.finfo(float).eps
seeds = st.integers(0, 2**32 - 1)


def well_conditioned(seed: int, n: int, kappa: float = 10.0) -> np.ndarray:
    """A random n x n matrix with singular values spread over [1, kappa]."""
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.normal(size=(n, n)))
    V, _ = np.linalg.qr(rng.normal(size=(n, n)))
    return (U * np.geomspace(kappa, 1.0, n)) @ V.T


def rank_deficient(seed: int, n: int, r: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, r)) @ rng.normal(size=(r, n))


# --- solve ----------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("n", [1, 2, 3, 10, 60])
def test_solve_agrees_with_numpy_and_scipy(seed: int, n: int) -> None:
    rng = np.random.default_rng(seed)
    A = rng.normal(size=(n, n))
    b = rng.normal(size=n)
    x = solve(A, b)
    kappa = np.linalg.cond(A)
    # Both are backward stable, so they agree to about kappa * eps.
    tolerance = 50 * n * kappa * EPS
    assert np.linalg.norm(x - np.linalg.solve(A, b)) <= tolerance * np.linalg.norm(x)
    assert np.linalg.norm(x - scipy.linalg.solve(A, b)) <= tolerance * np.linalg.norm(x)
    # Backward stability: a residual of the size of rounding, whatever kappa.
    residual = np.linalg.norm(A @ x - b)
    assert residual <= 10 * n * EPS * np.linalg.norm(A) * np.linalg.norm(x)


def test_solve_many_right_hand_sides_keeps_shape() -> None:
    A = well_conditioned(1, 7)
    B = np.random.default_rng(2).normal(size=(7, 4))
    X = solve(A, B)
    assert X.shape == (7, 4)
    np.testing.assert_allclose(X, np.linalg.solve(A, B), rtol=0, atol=1e-12)
    for j in range(4):  # each column is its own system
        np.testing.assert_allclose(X[:, j], solve(A, B[:, j]), rtol=0, atol=1e-13)
    assert solve(A, B[:, :1]).shape == (7, 1)
    assert solve(A, B[:, 0]).shape == (7,)


@pytest.mark.parametrize(
    ("A", "x"),
    [
        ([[0.0, 1.0], [1.0, 0.0]], [3.0, -2.0]),  # the first pivot is zero
        ([[0.0, 2.0, 1.0], [1.0, 1.0, 0.0], [2.0, 1.0, 3.0]], [1.0, 2.0, 1.0]),
        ([[1.0, 1.0, 1.0], [1.0, 1.0, 2.0], [1.0, 2.0, 2.0]], [2.0, -1.0, 4.0]),
        (np.eye(4)[[2, 0, 3, 1]], [1.0, 2.0, 3.0, 4.0]),  # a permutation
    ],
)
def test_solve_exchanges_rows_at_a_zero_pivot(A, x) -> None:
    """Without a row exchange, elimination would divide by zero."""
    A, x = np.array(A), np.array(x)
    np.testing.assert_allclose(solve(A, A @ x), x, rtol=0, atol=1e-14)


def test_solve_pivoting_survives_a_tiny_pivot() -> None:
    # Elimination without exchanges gives x = [0, 1] here; the answer is ~[1, 1].
    A = np.array([[1e-20, 1.0], [1.0, 1.0]])
    x = solve(A, np.array([1.0, 2.0]))
    np.testing.assert_allclose(x, [1.0, 1.0], rtol=1e-15)


@pytest.mark.parametrize(
    "A",
    [
        np.zeros((3, 3)),
        [[1.0, 2.0], [2.0, 4.0]],
        [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]],
        [[1.0, 0.0, 2.0], [3.0, 0.0, 1.0], [2.0, 0.0, 5.0]],  # a zero column
        [[1.0, 2.0, 3.0], [1.0, 2.0, 3.0], [0.0, 1.0, 1.0]],  # two equal rows
        np.diag([1.0, 1e-20, 1.0]),
        scipy.linalg.hilbert(14),  # kappa about 1e18
        [[0.0]],
    ],
)
def test_solve_singular_raises_naming_a(A) -> None:
    with pytest.raises(ValueError, match="A must be non-singular: it is singular"):
        solve(A, np.ones(np.shape(A)[0]))


@pytest.mark.parametrize("seed", range(40))
def test_solve_rank_deficient_random_matrices_raise(seed: int) -> None:
    n = 2 + seed % 30
    A = rank_deficient(seed, n, 1 + seed % (n - 1))
    with pytest.raises(ValueError, match="A must be non-singular"):
        solve(A, np.ones(n))


def test_solve_ill_conditioned_but_non_singular_is_accurate() -> None:
    # Hilbert(8) has kappa about 1.5e10: about 10 digits are lost, not all.
    H = scipy.linalg.hilbert(8)
    x = solve(H, H @ np.ones(8))
    assert np.max(np.abs(x - 1.0)) < 1e-4
    assert np.linalg.norm(H @ x - H @ np.ones(8)) < 1e-14


@settings(max_examples=60, deadline=None)
@given(seeds, st.integers(1, 12), st.floats(0.0, 8.0))
def test_solve_residual_is_rounding_for_any_conditioning(seed, n, log_kappa) -> None:
    A = well_conditioned(seed, n, 10.0**log_kappa)
    b = np.random.default_rng(seed + 1).normal(size=n)
    x = solve(A, b)
    assert np.linalg.norm(A @ x - b) <= 20 * n * EPS * np.linalg.norm(
        A
    ) * np.linalg.norm(x) + 20 * n * EPS * np.linalg.norm(b)


@pytest.mark.parametrize("scale", [2.0**-1000, 1e-300, 1e-150, 1e150, 1e300, 1.7e308])
def test_solve_extreme_scales_of_a_and_b(scale: float) -> None:
    A = well_conditioned(3, 5) / 10.0  # entries below 1, so A * 1.7e308 is finite
    x = np.random.default_rng(4).normal(size=5)
    b = A @ x
    np.testing.assert_allclose(solve(A * scale, b * scale), x, rtol=1e-12)
    if scale > 1:  # a huge b over a modest A: still representable
        np.testing.assert_allclose(solve(A, b * 1e-10) * 1e10, x, rtol=1e-12)


def test_solve_solution_beyond_the_float_range_raises() -> None:
    with pytest.raises(ValueError, match="overflows the float range"):
        solve(np.eye(2) * 1e-300, np.array([1e300, 1.0]))


def test_solve_leaves_its_inputs_alone() -> None:
    A = np.array([[0.0, 2.0], [1.0, 1.0]])
    b = np.array([2.0, 2.0])
    A_copy, b_copy = A.copy(), b.copy()
    solve(A, b)
    np.testing.assert_array_equal(A, A_copy)
    np.testing.assert_array_equal(b, b_copy)


# --- determinant ----------------------------------------------------------------


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("n", [1, 2, 3, 8, 40])
def test_determinant_agrees_with_numpy_and_scipy(seed: int, n: int) -> None:
    A = np.random.default_rng(seed).normal(size=(n, n))
    det = determinant(A)
    assert isinstance(det, float)
    assert det == pytest.approx(np.linalg.det(A), rel=1e-10)
    assert det == pytest.approx(scipy.linalg.det(A), rel=1e-10)


def test_determinant_rules() -> None:
    rng = np.random.default_rng(5)
    A, B = rng.normal(size=(2, 6, 6))
    assert determinant(A @ B) == pytest.approx(determinant(A) * determinant(B))
    assert determinant(A.T) == pytest.approx(determinant(A))
    assert determinant(np.linalg.inv(A)) == pytest.approx(1.0 / determinant(A))
    assert determinant(3.0 * A) == pytest.approx(3.0**6 * determinant(A))
    assert determinant(A[[1, 0, 2, 3, 4, 5]]) == pytest.approx(-determinant(A))
    U = np.triu(rng.normal(size=(6, 6)))
    assert determinant(U) == pytest.approx(np.prod(np.diag(U)))
    # The product of the eigenvalues, which come in complex-conjugate pairs.
    assert determinant(A) == pytest.approx(np.prod(np.linalg.eigvals(A)).real)


@pytest.mark.parametrize(
    ("A", "expected"),
    [
        ([[0.0, 1.0], [1.0, 0.0]], -1.0),
        ([[0.0, 2.0, 1.0], [1.0, 1.0, 0.0], [2.0, 1.0, 3.0]], -7.0),
        ([[2.0, 1.0], [1.0, 3.0]], 5.0),
        ([[7.0]], 7.0),
        ([[1.0, 2.0], [2.0, 4.0]], 0.0),
        (np.zeros((3, 3)), 0.0),
        ([[1.0, 0.0, 2.0], [3.0, 0.0, 1.0], [2.0, 0.0, 5.0]], 0.0),
    ],
)
def test_determinant_small_exact_cases(A, expected: float) -> None:
    assert determinant(A) == pytest.approx(expected, abs=1e-14)


def test_determinant_over_and_underflows_only_when_the_value_does() -> None:
    assert determinant(0.1 * np.eye(100)) == pytest.approx(1e-100, rel=1e-13)
    assert determinant(10.0 * np.eye(300)) == pytest.approx(1e300, rel=1e-13)
    assert determinant(10.0 * np.eye(310)) == np.inf
    assert determinant(-10.0 * np.eye(311)) == -np.inf
    assert determinant(0.1 * np.eye(400)) == 0.0
    assert determinant(0.5 * np.eye(1000)) == 2.0**-1000  # exact: powers of two
    assert determinant(-0.5 * np.eye(1075)) == 0.0  # below the smallest subnormal
    # Huge entries, representable determinant: the pivots alone would overflow.
    A = np.diag([1e300, 1e300, 1e-300, 1e-300])
    assert determinant(A) == pytest.approx(1.0)
    # Elimination on B overflows (1e308 + 1e308); scaled down, it does not.
    B = np.array([[1e308, 1e308, 0.0], [-1e308, 1e308, 0.0], [0.0, 0.0, 1e-310]])
    assert determinant(B) == pytest.approx(2e306, rel=1e-9)
    assert determinant(B[:2, :2]) == np.inf


def test_determinant_rank_deficient_is_tiny_relative_to_its_scale() -> None:
    A = rank_deficient(6, 8, 5)
    scale = np.prod(np.linalg.svd(A, compute_uv=False)[:5])
    assert abs(determinant(A)) < 1e-10 * scale * np.max(np.abs(A)) ** 3


# --- cholesky -------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("n", [1, 2, 5, 30])
def test_cholesky_agrees_with_numpy_and_scipy(seed: int, n: int) -> None:
    M = np.random.default_rng(seed).normal(size=(n, n + 3))
    A = M @ M.T  # positive definite: M has full row rank
    L = cholesky(A)
    np.testing.assert_allclose(L, np.linalg.cholesky(A), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(
        L, scipy.linalg.cholesky(A, lower=True), rtol=1e-10, atol=1e-12
    )
    assert np.all(np.triu(L, 1) == 0.0) and np.all(np.diag(L) > 0)
    np.testing.assert_allclose(L @ L.T, A, rtol=0, atol=1e-12 * np.max(np.abs(A)))


def test_cholesky_of_a_covariance_and_of_known_factors() -> None:
    L = cholesky([[4.0, 2.0, 2.0], [2.0, 5.0, 3.0], [2.0, 3.0, 6.0]])
    np.testing.assert_allclose(L, [[2, 0, 0], [1, 2, 0], [1, 1, 2]], atol=1e-15)
    X = np.random.default_rng(7).normal(size=(50, 4))
    S = np.cov(X, rowvar=False)
    np.testing.assert_allclose(cholesky(S) @ cholesky(S).T, S, atol=1e-14)


@settings(max_examples=60, deadline=None)
@given(seeds, st.integers(1, 10), st.floats(0.0, 8.0))
def test_cholesky_factors_any_well_enough_conditioned_spd_matrix(seed, n, log_kappa):
    rng = np.random.default_rng(seed)
    Q, _ = np.linalg.qr(rng.normal(size=(n, n)))
    A = (Q * np.geomspace(1.0, 10.0**-log_kappa, n)) @ Q.T
    A = (A + A.T) / 2
    L = cholesky(A)
    np.testing.assert_allclose(L @ L.T, A, rtol=0, atol=1e-13)


@pytest.mark.parametrize(
    ("A", "message"),
    [
        ([[1.0, 2.0], [2.0, 1.0]], "pivot 1 of its Cholesky factorisation is -3"),
        ([[-1.0, 0.0], [0.0, 1.0]], "pivot 0 of its Cholesky factorisation is -1"),
        ([[0.0, 0.0], [0.0, 1.0]], "pivot 0 of its Cholesky factorisation is 0"),
        ([[1.0, 1.0], [1.0, 1.0]], "pivot 1 of its Cholesky factorisation is 0"),
        (np.zeros((2, 2)), "pivot 0"),
        # A symmetric matrix with unit diagonal that is no correlation matrix.
        (
            [[1.0, 0.9, -0.9], [0.9, 1.0, 0.9], [-0.9, 0.9, 1.0]],
            "pivot 2 of its Cholesky factorisation is -",
        ),
        (np.diag([1.0, 1e-30]), "singular to working precision"),
    ],
)
def test_cholesky_not_positive_definite_raises_naming_a(A, message: str) -> None:
    with pytest.raises(ValueError, match=f"A must be positive definite: .*{message}"):
        cholesky(A)


@pytest.mark.parametrize("seed", range(40))
def test_cholesky_rank_deficient_covariances_raise(seed: int) -> None:
    n = 2 + seed % 30
    B = np.random.default_rng(seed).normal(size=(n, 1 + seed % (n - 1)))
    with pytest.raises(ValueError, match="A must be positive definite"):
        cholesky(B @ B.T)


@pytest.mark.parametrize("scale", [2.0**-1000, 1e-300, 1e300, 1.7e308])
def test_cholesky_extreme_scales(scale: float) -> None:
    A = np.array([[4.0, 2.0], [2.0, 5.0]]) / 5.0
    L = cholesky(A * scale)
    np.testing.assert_allclose(L / np.sqrt(scale), cholesky(A), rtol=1e-14)


# --- signatures and bad inputs --------------------------------------------------


def test_signatures() -> None:
    assert list(inspect.signature(solve).parameters) == ["A", "b"]
    assert list(inspect.signature(determinant).parameters) == ["A"]
    assert list(inspect.signature(cholesky).parameters) == ["A"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: solve(np.ones((2, 3)), np.ones(2)),
            r"A must be square: shape is \(2, 3\)",
        ),
        (lambda: solve(np.ones(3), np.ones(3)), r"A must be 2-D: shape is \(3,\)"),
        (lambda: solve([[1.0, np.nan], [0, 1]], [1, 1]), "A must not contain NaN"),
        (lambda: solve([[1.0, np.inf], [0, 1]], [1, 1]), "A must not contain NaN"),
        (lambda: solve(np.eye(2), [1.0, np.nan]), "b must not contain NaN"),
        (lambda: solve(np.eye(2), np.ones(3)), r"b must have 2 rows .*\(3,\)"),
        (lambda: solve(np.eye(2), np.ones((3, 2))), r"b must have 2 rows .*\(3, 2\)"),
        (lambda: solve(np.eye(2), np.ones((2, 2, 1))), "b must be 1-D or 2-D"),
        (lambda: solve(np.eye(2), 1.0), "b must be 1-D or 2-D"),
        (lambda: solve(np.zeros((0, 0)), np.ones(0)), "A must have at least 1"),
        (lambda: determinant(np.ones((3, 2))), r"A must be square: shape is \(3, 2\)"),
        (lambda: determinant(5.0), "A must be 2-D"),
        (lambda: determinant([[np.nan]]), "A must not contain NaN"),
        (lambda: cholesky(np.ones((1, 2))), r"A must be square: shape is \(1, 2\)"),
        (lambda: cholesky([1.0, 2.0]), "A must be 2-D"),
        (lambda: cholesky([[1.0, np.inf], [np.inf, 1.0]]), "A must not contain NaN"),
        (
            lambda: cholesky([[2.0, 1.0], [0.0, 2.0]]),
            r"A must be symmetric: largest \|A - A.T\| is 1",
        ),
    ],
)
def test_bad_input_raises_value_error_naming_parameter(call, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()


FUNCTIONS = {
    "solve A": lambda v: solve(v, [1.0, 1.0]),
    "solve b": lambda v: solve(np.eye(2), v),
    "determinant A": determinant,
    "cholesky A": cholesky,
}
GOOD = {"A": [[2.0, 1.0], [1.0, 2.0]], "b": [1.0, 2.0]}


def _bad_values(good) -> list:
    """Values that are not arrays of real numbers, shaped like `good`."""
    arr = np.array(good)
    return [
        arr > 0,  # booleans
        arr.astype(complex),
        arr.astype(object),
        arr.astype(str),  # numeric strings
        np.full(arr.shape, "x"),
        None,
    ]


@pytest.mark.parametrize("case", list(FUNCTIONS))
@pytest.mark.parametrize("which", range(6))
def test_values_that_are_not_real_numbers_raise_type_error(case: str, which: int):
    """The house rule of `mlfound._checks`: real numbers only, never bool,
    complex, object, strings or None; the message names the parameter."""
    name = case.split()[1]
    bad = _bad_values(GOOD[name])[which]
    with pytest.raises(TypeError, match=rf"\b{name}\b"):
        FUNCTIONS[case](bad)
