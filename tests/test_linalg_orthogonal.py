"""Tests of gram_schmidt, condition_number and pseudo_inverse (mlfound._orthogonal).

Checked against numpy.linalg (qr, cond, pinv, lstsq, matrix_rank) and scipy.linalg
(orth, null_space) on seeded random inputs, on rank-deficient and ill-conditioned
matrices, on extreme magnitudes and on every bad input.
"""

from __future__ import annotations

import inspect

import numpy as np
import pytest
import scipy.linalg
from hypothesis import given, settings
from hypothesis import strategies as st

from mlfound.linalg import condition_number, gram_schmidt, pseudo_inverse

EPS = np.finfo(float).eps
seeds = st.integers(0, 2**32 - 1)


def with_singular_values(seed: int, m: int, n: int, s) -> np.ndarray:
    """A random m x n matrix whose singular values are exactly `s` (min(m, n))."""
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.normal(size=(m, len(s))))
    V, _ = np.linalg.qr(rng.normal(size=(n, len(s))))
    return (U * np.asarray(s, dtype=float)) @ V.T


# --- gram_schmidt ---------------------------------------------------------------


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize(("d", "k"), [(1, 1), (3, 3), (5, 2), (40, 10), (30, 30)])
def test_gram_schmidt_is_orthonormal_with_nested_spans(seed, d, k) -> None:
    A = np.random.default_rng(seed).normal(size=(d, k))
    Q = gram_schmidt(A)
    assert Q.shape == (d, k)
    np.testing.assert_allclose(Q.T @ Q, np.eye(k), atol=1e-12)
    # A = Q R with R upper triangular and a positive diagonal: the first j
    # columns of Q span the first j columns of A, for every j.
    R = Q.T @ A
    np.testing.assert_allclose(Q @ R, A, atol=1e-12)
    assert np.all(np.abs(np.tril(R, -1)) < 1e-12)
    assert np.all(np.diag(R) > 0)


@pytest.mark.parametrize("seed", range(5))
def test_gram_schmidt_agrees_with_numpy_qr_up_to_signs(seed: int) -> None:
    A = np.random.default_rng(seed).normal(size=(8, 5))
    Q_np, R_np = np.linalg.qr(A)
    signs = np.sign(np.diag(R_np))  # make numpy's diagonal of R positive
    np.testing.assert_allclose(gram_schmidt(A), Q_np * signs, atol=1e-12)
    # and the same span as scipy's orthonormal basis of the column space
    Q_sp = scipy.linalg.orth(A)
    np.testing.assert_allclose(
        Q_sp @ Q_sp.T, gram_schmidt(A) @ gram_schmidt(A).T, atol=1e-12
    )


def test_gram_schmidt_by_hand() -> None:
    Q = gram_schmidt([[1.0, 1.0], [1.0, 0.0], [0.0, 1.0]])
    q2 = np.array([1.0, -1.0, 2.0]) / np.sqrt(6.0)  # (1,0,1) minus its part along q1
    np.testing.assert_allclose(Q[:, 0], np.array([1.0, 1.0, 0.0]) / np.sqrt(2.0))
    np.testing.assert_allclose(Q[:, 1], q2)


def test_gram_schmidt_ignores_column_scale_including_extremes() -> None:
    A = np.random.default_rng(6).normal(size=(6, 4))
    scales = np.array([1e-300, 1e300, 2.0**-1070, 1.7e308 / 4])
    scaled = A * scales  # the subnormal column keeps only about 16 bits
    rescaled = scaled / np.max(np.abs(scaled), axis=0)  # the same columns, near 1
    np.testing.assert_allclose(gram_schmidt(scaled), gram_schmidt(rescaled), atol=1e-12)
    np.testing.assert_allclose(
        gram_schmidt(A[:, :2] * scales[:2]), gram_schmidt(A[:, :2])
    )
    # orthogonal columns of wildly different lengths are independent
    np.testing.assert_allclose(gram_schmidt(np.diag([1e-200, 1e200])), np.eye(2))


def test_gram_schmidt_loses_orthogonality_like_kappa_eps_on_hilbert() -> None:
    """Modified Gram-Schmidt keeps ||Q^T Q - I|| within a small multiple of
    kappa * eps; it is no better than that on Hilbert matrices."""
    for n in range(4, 11):
        H = scipy.linalg.hilbert(n)
        Q = gram_schmidt(H)
        loss = np.linalg.norm(Q.T @ Q - np.eye(n), 2)
        kappa = np.linalg.cond(H)
        assert loss < 10 * kappa * EPS
        if n >= 8:
            assert loss > 1e-3 * kappa * EPS  # the bound is nearly reached


@pytest.mark.parametrize(
    ("A", "message"),
    [
        ([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]], "rank 1 < 2 columns"),
        ([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0], [0.0, 0.0, 0.0]], "rank 2 < 3 columns"),
        ([[1.0, 0.0], [0.0, 0.0]], "column 1 is 0"),
        (np.zeros((3, 1)), "column 0 is 0"),
        (np.ones((2, 3)), r"3 columns in R\^2 are always dependent: shape is \(2, 3\)"),
        (scipy.linalg.hilbert(14), "rank"),
    ],
)
def test_gram_schmidt_dependent_columns_raise_naming_a(A, message: str) -> None:
    with pytest.raises(
        ValueError, match=f"A must have linearly independent columns: {message}"
    ):
        gram_schmidt(A)


@pytest.mark.parametrize("seed", range(40))
def test_gram_schmidt_random_dependent_columns_raise(seed: int) -> None:
    rng = np.random.default_rng(seed)
    d = 2 + seed % 25
    k = 2 + seed % (d - 1)
    B = rng.normal(size=(d, k - 1))
    coefficients = rng.normal(size=k - 1) * 10.0 ** rng.uniform(-3, 3, size=k - 1)
    A = np.column_stack([B, B @ coefficients])[:, rng.permutation(k)]
    with pytest.raises(ValueError, match="A must have linearly independent columns"):
        gram_schmidt(A)


@settings(max_examples=60, deadline=None)
@given(seeds, st.integers(1, 8), st.integers(0, 4), st.floats(0.0, 6.0))
def test_gram_schmidt_property(seed, k, extra, log_kappa) -> None:
    d = k + extra
    A = with_singular_values(seed, d, k, np.geomspace(1.0, 10.0**-log_kappa, k))
    Q = gram_schmidt(A)
    assert np.linalg.norm(Q.T @ Q - np.eye(k), 2) < 100 * 10.0**log_kappa * EPS
    np.testing.assert_allclose(Q @ (Q.T @ A), A, atol=1e-10)


# --- condition_number -----------------------------------------------------------


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("shape", [(1, 1), (2, 2), (7, 7), (9, 4), (4, 9)])
def test_condition_number_agrees_with_numpy(seed: int, shape) -> None:
    A = np.random.default_rng(seed).normal(size=shape)
    kappa = condition_number(A)
    assert isinstance(kappa, float) and kappa >= 1.0
    assert kappa == pytest.approx(np.linalg.cond(A), rel=1e-10)
    if shape[0] == shape[1]:  # ||A||_2 ||A^-1||_2
        expected = np.linalg.norm(A, 2) * np.linalg.norm(np.linalg.inv(A), 2)
        assert kappa == pytest.approx(expected, rel=1e-8)


@pytest.mark.parametrize("kappa", [1.0, 10.0, 1e4, 1e8, 1e12])
def test_condition_number_of_prescribed_singular_values(kappa: float) -> None:
    A = with_singular_values(1, 6, 6, np.geomspace(kappa, 1.0, 6))
    assert condition_number(A) == pytest.approx(kappa, rel=1e-3)


def test_condition_number_of_orthogonal_and_scaled_matrices() -> None:
    Q, _ = np.linalg.qr(np.random.default_rng(2).normal(size=(5, 5)))
    assert condition_number(Q) == pytest.approx(1.0)
    assert condition_number(0.1 * np.eye(100)) == 1.0  # det 1e-100, kappa 1
    A = np.random.default_rng(3).normal(size=(4, 4))
    for scale in (2.0**-1000, 1e-300, 1e300, 1.7e308 / 8):
        assert condition_number(A * scale) == pytest.approx(
            condition_number(A), rel=1e-12
        )
    tiny = A * 2.0**-1060  # subnormal: about 14 bits survive, all kept
    assert condition_number(tiny) == pytest.approx(
        condition_number(np.ldexp(tiny, 1060)), rel=1e-12
    )


@pytest.mark.parametrize(
    "A",
    [
        [[1.0, 2.0], [2.0, 4.0]],
        np.zeros((3, 3)),
        [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]],
        np.diag([1.0, 1e-17]),
        scipy.linalg.hilbert(14),
        np.ones((5, 3)),
    ],
)
def test_condition_number_of_singular_matrices_is_inf(A) -> None:
    assert condition_number(A) == np.inf
    assert np.linalg.matrix_rank(A) < min(np.shape(A))


@pytest.mark.parametrize("seed", range(30))
def test_condition_number_inf_exactly_when_matrix_rank_is_deficient(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = 2 + seed % 20
    r = 1 + seed % (n - 1)
    A = rng.normal(size=(n, r)) @ rng.normal(size=(r, n))
    assert condition_number(A) == np.inf
    assert np.linalg.matrix_rank(A) == r
    assert condition_number(rng.normal(size=(n, n))) < np.inf


# --- pseudo_inverse -------------------------------------------------------------


def penrose_conditions_hold(A: np.ndarray, P: np.ndarray, atol: float) -> bool:
    return (
        np.allclose(A @ P @ A, A, atol=atol)
        and np.allclose(P @ A @ P, P, atol=atol)
        and np.allclose((A @ P).T, A @ P, atol=atol)
        and np.allclose((P @ A).T, P @ A, atol=atol)
    )


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize(
    ("m", "n", "rank"),
    [(1, 1, 1), (4, 4, 4), (7, 3, 3), (3, 7, 3), (6, 6, 2), (8, 5, 1)],
)
def test_pseudo_inverse_agrees_with_numpy_and_penrose(seed, m, n, rank) -> None:
    rng = np.random.default_rng(seed)
    A = rng.normal(size=(m, rank)) @ rng.normal(size=(rank, n))
    P = pseudo_inverse(A)
    assert P.shape == (n, m)
    np.testing.assert_allclose(P, np.linalg.pinv(A), atol=1e-10)
    np.testing.assert_allclose(P, scipy.linalg.pinv(A), atol=1e-10)
    assert penrose_conditions_hold(A, P, atol=1e-10)


def test_pseudo_inverse_of_an_invertible_matrix_is_its_inverse() -> None:
    A = np.random.default_rng(8).normal(size=(5, 5))
    np.testing.assert_allclose(pseudo_inverse(A), np.linalg.inv(A), atol=1e-12)


@pytest.mark.parametrize("seed", range(5))
def test_pseudo_inverse_gives_lstsq_minimum_norm_solutions(seed: int) -> None:
    rng = np.random.default_rng(seed)
    for A in (
        rng.normal(size=(3, 6)),  # underdetermined: many exact solutions
        rng.normal(size=(9, 4)),  # overdetermined: one least-squares solution
        rng.normal(size=(9, 2)) @ rng.normal(size=(2, 5)),  # rank deficient
    ):
        b = rng.normal(size=A.shape[0])
        x = pseudo_inverse(A) @ b
        np.testing.assert_allclose(x, np.linalg.lstsq(A, b, rcond=None)[0], atol=1e-10)
        # Minimum norm: x is orthogonal to the null space of A, so adding any
        # null-space vector leaves the residual alone and lengthens x.
        N = scipy.linalg.null_space(A)
        if N.size:
            np.testing.assert_allclose(N.T @ x, 0.0, atol=1e-10)
            other = x + N @ rng.normal(size=N.shape[1])
            assert np.linalg.norm(other) > np.linalg.norm(x)
            np.testing.assert_allclose(A @ other, A @ x, atol=1e-10)


def test_pseudo_inverse_cuts_off_rounding_noise_like_numpy() -> None:
    A = np.diag([1.0, 1e-16, 2.0])  # 1e-16 < 1e-15 * 2: treated as zero
    np.testing.assert_array_equal(pseudo_inverse(A), np.diag([1.0, 0.0, 0.5]))
    np.testing.assert_allclose(pseudo_inverse(A), np.linalg.pinv(A))
    B = np.diag([1.0, 1e-14, 2.0])  # above the cut-off: inverted
    np.testing.assert_allclose(pseudo_inverse(B), np.diag([1.0, 1e14, 0.5]))
    np.testing.assert_array_equal(pseudo_inverse(np.zeros((2, 3))), np.zeros((3, 2)))


@pytest.mark.parametrize("scale", [2.0**-1000, 1e-300, 1e300, 1.7e308 / 8])
def test_pseudo_inverse_extreme_scales(scale: float) -> None:
    A = np.random.default_rng(9).normal(size=(4, 3)) / 4
    np.testing.assert_allclose(
        pseudo_inverse(A * scale) * scale, pseudo_inverse(A), rtol=1e-9
    )


def test_pseudo_inverse_beyond_the_float_range_raises() -> None:
    with pytest.raises(ValueError, match="A has a pseudo-inverse too large"):
        pseudo_inverse(np.eye(2) * 1e-310)


# --- signatures and bad inputs --------------------------------------------------


def test_signatures() -> None:
    for func in (gram_schmidt, condition_number, pseudo_inverse):
        assert list(inspect.signature(func).parameters) == ["A"]


@pytest.mark.parametrize("func", [gram_schmidt, condition_number, pseudo_inverse])
@pytest.mark.parametrize(
    ("A", "message"),
    [
        ([1.0, 2.0], r"A must be 2-D: shape is \(2,\)"),
        (3.0, r"A must be 2-D: shape is \(\)"),
        (np.ones((2, 2, 2)), "A must be 2-D"),
        ([[1.0, np.nan], [0.0, 1.0]], "A must not contain NaN or inf"),
        ([[1.0, 0.0], [-np.inf, 1.0]], "A must not contain NaN or inf"),
        (np.zeros((0, 2)), "A must have at least 1 element"),
    ],
)
def test_bad_input_raises_value_error_naming_a(func, A, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        func(A)


GOOD = [[2.0, 1.0], [1.0, 2.0]]


@pytest.mark.parametrize("func", [gram_schmidt, condition_number, pseudo_inverse])
@pytest.mark.parametrize(
    "bad",
    [
        np.array(GOOD) > 0,  # booleans
        np.array(GOOD, dtype=complex),
        np.array(GOOD, dtype=object),
        np.array(GOOD).astype(str),  # numeric strings
        [["a", "b"], ["c", "d"]],
        None,
    ],
    ids=["bool", "complex", "object", "numeric-str", "str", "None"],
)
def test_values_that_are_not_real_numbers_raise_type_error(func, bad) -> None:
    """The house rule of `mlfound._checks`: real numbers only, never bool,
    complex, object, strings or None; the message names the parameter."""
    with pytest.raises(TypeError, match=r"\bA\b"):
        func(bad)
