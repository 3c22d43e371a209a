"""Tests of mlfound.linalg: sklearn agreement, properties, and every bad input."""

from __future__ import annotations

import dataclasses
import inspect
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from sklearn.decomposition import PCA as SklearnPCA

from mlfound.linalg import (
    PCA,
    covariance,
    low_rank_approximation,
    pca,
    project_onto_hyperplane,
    project_onto_subspace,
    sorted_eigh,
)

SYLLABUS_X = np.array([[1.5, 2.3, 0.8], [2.1, 1.9, 1.2], [0.9, 3.1, 0.5]])

finite = st.floats(-100, 100, allow_nan=False, allow_subnormal=False)
seeds = st.integers(0, 2**32 - 1)


@st.composite
def data_matrices(draw: st.DrawFn) -> np.ndarray:
    """Data with n >= 2 rows, d >= 1 columns and not all rows equal."""
    n, d = draw(st.integers(2, 12)), draw(st.integers(1, 5))
    X = draw(hnp.arrays(float, (n, d), elements=finite))
    if np.ptp(X, axis=0).max() < 1e-6:
        X[0, 0] += 1.0  # make the rows differ clearly somewhere
    return X


def random_basis(seed: int, d: int, k: int) -> np.ndarray:
    # Gaussian columns are independent with probability 1 and well conditioned.
    return np.random.default_rng(seed).normal(size=(d, k))


# --- covariance and sorted_eigh -------------------------------------------------


def test_covariance_matches_numpy_and_syllabus_rank() -> None:
    S = covariance(SYLLABUS_X)
    np.testing.assert_allclose(S, np.cov(SYLLABUS_X, rowvar=False))
    assert np.linalg.matrix_rank(S) == 2
    values, _ = sorted_eigh(S)
    # Three points span a plane, so the smallest eigenvalue is zero up to rounding.
    assert abs(values[-1]) < 1e-14
    assert values[0] > values[1] > 1e-3


def test_sorted_eigh_descending_and_matching_columns() -> None:
    rng = np.random.default_rng(1)
    M = rng.normal(size=(6, 6))
    S = M + M.T
    values, vectors = sorted_eigh(S)
    assert np.all(np.diff(values) <= 0)
    np.testing.assert_allclose(S @ vectors, vectors * values, atol=1e-12)
    np.testing.assert_allclose(vectors.T @ vectors, np.eye(6), atol=1e-12)
    np.testing.assert_allclose(values, np.sort(np.linalg.eigvalsh(S))[::-1])


def test_sorted_eigh_accepts_rounding_asymmetry() -> None:
    S = np.array([[2.0, 1.0], [1.0 + 1e-14, 4.0]])
    values, _ = sorted_eigh(S)
    np.testing.assert_allclose(values, [3 + np.sqrt(2), 3 - np.sqrt(2)])


# --- pca ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seed", "shape", "k"), [(0, (50, 5), None), (1, (200, 8), 3), (2, (30, 4), 1)]
)
def test_pca_agrees_with_sklearn(seed: int, shape: tuple[int, int], k: int) -> None:
    rng = np.random.default_rng(seed)
    X = rng.normal(size=shape) @ rng.normal(size=(shape[1], shape[1])) + 5.0
    ours = pca(X, k)
    ref = SklearnPCA(n_components=k, svd_solver="full").fit(X)
    np.testing.assert_allclose(ours.mean, ref.mean_)
    np.testing.assert_allclose(ours.explained_variance, ref.explained_variance_)
    np.testing.assert_allclose(
        ours.explained_variance_ratio, ref.explained_variance_ratio_
    )
    # Components agree up to the sign of each row.
    signs = np.sign(np.sum(ours.components * ref.components_, axis=1))
    np.testing.assert_allclose(
        ours.components, signs[:, None] * ref.components_, atol=1e-10
    )
    np.testing.assert_allclose(ours.transform(X), ref.transform(X) * signs, atol=1e-9)


def test_pca_with_fewer_samples_than_features_matches_sklearn() -> None:
    X = np.random.default_rng(3).normal(size=(5, 8))
    ours, ref = pca(X), SklearnPCA(svd_solver="full").fit(X)
    # n = 5 centred points span 4 dimensions; the other variances are zero.
    np.testing.assert_allclose(ours.explained_variance[:4], ref.explained_variance_[:4])
    np.testing.assert_allclose(ours.explained_variance[4:], 0.0, atol=1e-12)
    np.testing.assert_allclose(ours.explained_variance_ratio.sum(), 1.0)


def test_pca_sign_convention_largest_entry_positive() -> None:
    rng = np.random.default_rng(4)
    for _ in range(20):
        X = rng.normal(size=(40, 6))
        for flip in (1.0, -1.0):  # mirrored data must give the same components
            components = pca(flip * X).components
            biggest = components[np.arange(6), np.argmax(np.abs(components), axis=1)]
            assert np.all(biggest > 0)
        np.testing.assert_allclose(pca(-X).components, pca(X).components, atol=1e-12)


def test_pca_syllabus_example() -> None:
    model = pca(SYLLABUS_X)
    assert model.explained_variance[-1] == 0.0  # clipped rounding error
    np.testing.assert_allclose(model.explained_variance_ratio.sum(), 1.0)
    assert repr(model) == (
        "PCA(n_components=3, n_features=3, "
        "explained_variance_ratio=[0.9884, 0.0116, 0.0000])"
    )


def test_pca_is_frozen_and_readable() -> None:
    model = pca(np.random.default_rng(5).normal(size=(20, 10)), 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        model.mean = np.zeros(10)  # type: ignore[misc]
    with pytest.raises(ValueError, match="read-only"):
        model.components[0, 0] = 1.0
    assert isinstance(model, PCA)
    assert (model.n_components, model.n_features) == (2, 10)
    assert repr(model).startswith("PCA(n_components=2, n_features=10, ")
    big = pca(np.random.default_rng(6).normal(size=(30, 10)))
    assert repr(big).endswith(", ...])")


def test_pca_transform_accepts_one_point() -> None:
    X = np.random.default_rng(7).normal(size=(25, 4))
    model = pca(X, 2)
    np.testing.assert_allclose(model.transform(X[3]), model.transform(X)[3])
    Z = model.transform(X)
    np.testing.assert_allclose(
        model.inverse_transform(Z[3]), model.inverse_transform(Z)[3]
    )


@settings(max_examples=50, deadline=None)
@given(data_matrices())
def test_pca_components_orthonormal_and_full_rank_round_trip(X: np.ndarray) -> None:
    model = pca(X)
    d = X.shape[1]
    np.testing.assert_allclose(
        model.components @ model.components.T, np.eye(d), atol=1e-10
    )
    assert np.all(np.diff(model.explained_variance) <= 1e-12 * max(1.0, np.ptp(X) ** 2))
    assert np.all(model.explained_variance >= 0)
    np.testing.assert_allclose(model.explained_variance_ratio.sum(), 1.0)
    scale = max(1.0, float(np.abs(X).max()))
    rebuilt = model.inverse_transform(model.transform(X))
    np.testing.assert_allclose(rebuilt, X, atol=1e-9 * scale)


# --- low_rank_approximation ------------------------------------------------------


@pytest.mark.parametrize("shape", [(8, 5), (5, 8), (6, 6)])
def test_low_rank_error_is_root_sum_square_of_dropped_singular_values(
    shape: tuple[int, int],
) -> None:
    A = np.random.default_rng(8).normal(size=shape)
    s = np.linalg.svd(A, compute_uv=False)
    for r in range(1, min(shape) + 1):
        Ar = low_rank_approximation(A, r)
        assert Ar.shape == A.shape
        assert np.linalg.matrix_rank(Ar) == r
        error = np.linalg.norm(A - Ar, "fro")
        np.testing.assert_allclose(error, np.sqrt(np.sum(s[r:] ** 2)), atol=1e-12)


def test_low_rank_beats_other_rank_r_matrices() -> None:
    rng = np.random.default_rng(9)
    A = rng.normal(size=(7, 5))
    best = np.linalg.norm(A - low_rank_approximation(A, 2))
    for _ in range(50):
        # Another rank-2 matrix: project A onto a random 2-D column space.
        Q, _ = np.linalg.qr(rng.normal(size=(7, 2)))
        assert best <= np.linalg.norm(A - Q @ (Q.T @ A)) + 1e-12


def test_low_rank_at_full_rank_reproduces_the_matrix() -> None:
    A = np.random.default_rng(10).normal(size=(4, 6))
    np.testing.assert_allclose(low_rank_approximation(A, 4), A, atol=1e-12)


# --- projections ------------------------------------------------------------------


@settings(max_examples=50, deadline=None)
@given(seeds, st.integers(1, 6), st.data())
def test_subspace_projection_idempotent_and_residual_orthogonal(
    seed: int, d: int, data: st.DataObject
) -> None:
    k = data.draw(st.integers(1, d))
    basis = random_basis(seed, d, k)
    x = data.draw(hnp.arrays(float, (data.draw(st.integers(1, 5)), d), elements=finite))
    p = project_onto_subspace(x, basis)
    scale = max(1.0, float(np.abs(x).max()))
    assert p.shape == x.shape
    np.testing.assert_allclose(project_onto_subspace(p, basis), p, atol=1e-10 * scale)
    residual = x - p
    np.testing.assert_allclose(residual @ basis, 0.0, atol=1e-9 * scale)
    # p is in the span: it equals B w for the least-squares w.
    w = np.linalg.lstsq(basis, x.T, rcond=None)[0]
    np.testing.assert_allclose(p, (basis @ w).T, atol=1e-9 * scale)
    # Only the span matters, not the chosen basis.
    mix = random_basis(seed + 1, k, k) + 3 * np.eye(k)
    np.testing.assert_allclose(
        project_onto_subspace(x, basis @ mix), p, atol=1e-9 * scale
    )


def test_subspace_projection_one_point_and_basis_vectors() -> None:
    basis = random_basis(11, 5, 2)
    x = np.random.default_rng(12).normal(size=(4, 5))
    np.testing.assert_allclose(
        project_onto_subspace(x[1], basis), project_onto_subspace(x, basis)[1]
    )
    np.testing.assert_allclose(
        project_onto_subspace(basis.T, basis), basis.T, atol=1e-12
    )


@settings(max_examples=50, deadline=None)
@given(seeds, st.integers(1, 6), finite, st.data())
def test_hyperplane_projection_lands_on_plane_and_is_idempotent(
    seed: int, d: int, offset: float, data: st.DataObject
) -> None:
    normal = random_basis(seed, d, 1)[:, 0]
    x = data.draw(hnp.arrays(float, (data.draw(st.integers(1, 5)), d), elements=finite))
    z = project_onto_hyperplane(x, normal, offset)
    scale = max(1.0, float(np.abs(x).max()), abs(offset)) * max(
        1.0, np.abs(normal).max()
    )
    assert z.shape == x.shape
    np.testing.assert_allclose(z @ normal, offset, atol=1e-9 * scale)
    np.testing.assert_allclose(
        project_onto_hyperplane(z, normal, offset), z, atol=1e-9 * scale
    )
    # The residual is parallel to the normal, i.e. orthogonal to the plane.
    unit = normal / np.linalg.norm(normal)
    residual = x - z
    np.testing.assert_allclose(
        residual, np.outer(residual @ unit, unit), atol=1e-9 * scale
    )


def test_hyperplane_through_origin_is_complement_of_normal_line() -> None:
    rng = np.random.default_rng(13)
    normal, x = rng.normal(size=4), rng.normal(size=(6, 4))
    line = project_onto_subspace(x, normal[:, None])
    np.testing.assert_allclose(project_onto_hyperplane(x, normal), x - line, atol=1e-12)
    np.testing.assert_allclose(
        project_onto_hyperplane(x[0], normal), (x - line)[0], atol=1e-12
    )


def test_hyperplane_example() -> None:
    z = project_onto_hyperplane([3.0, 0.0], [2.0, 2.0], offset=2.0)  # x + y = 1
    np.testing.assert_allclose(z, [2.0, -1.0])


# --- the public signatures are fixed --------------------------------------------


def test_signatures() -> None:
    params = inspect.signature(pca).parameters
    assert (
        list(params) == ["X", "n_components"] and params["n_components"].default is None
    )
    assert list(inspect.signature(low_rank_approximation).parameters) == ["A", "rank"]
    assert list(inspect.signature(project_onto_subspace).parameters) == ["x", "basis"]
    params = inspect.signature(project_onto_hyperplane).parameters
    assert list(params) == ["x", "normal", "offset"] and params["offset"].default == 0.0


# --- every bad input names its parameter ----------------------------------------

NAN_X = [[1.0, np.nan], [2.0, 3.0]]
INF_X = [[1.0, np.inf], [2.0, 3.0]]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: covariance([1.0, 2.0, 3.0]), r"X must be 2-D: shape is \(3,\)"),
        (lambda: covariance([[1.0, 2.0]]), r"X must have at least 2 rows .*\(1, 2\)"),
        (lambda: covariance(NAN_X), "X must not contain NaN or inf"),
        (lambda: sorted_eigh(np.ones((2, 3))), r"S must be square: shape is \(2, 3\)"),
        (
            lambda: sorted_eigh([[1.0, 2.0], [0.0, 1.0]]),
            r"S must be symmetric: largest \|S - S.T\| is 2",
        ),
        (
            lambda: sorted_eigh([[1.0, np.inf], [np.inf, 1.0]]),
            "S must not contain NaN or inf",
        ),
        (lambda: sorted_eigh([1.0, 2.0]), "S must be 2-D"),
        (lambda: pca([1.0, 2.0, 3.0]), r"X must be 2-D: shape is \(3,\)"),
        (lambda: pca([[1.0, 2.0, 3.0]]), r"X must have at least 2 rows .*\(1, 3\)"),
        (lambda: pca(NAN_X), "X must not contain NaN or inf"),
        (lambda: pca(INF_X), "X must not contain NaN or inf"),
        (lambda: pca([[1.0, 2.0], [1.0, 2.0]]), "X must vary: total variance is 0"),
        (
            lambda: pca(SYLLABUS_X, 0),
            "n_components must satisfy 1 <= n_components <= 3: got 0",
        ),
        (
            lambda: pca(SYLLABUS_X, 4),
            "n_components must satisfy 1 <= n_components <= 3: got 4",
        ),
        (
            lambda: pca(SYLLABUS_X, 2).transform([[1.0, 2.0]]),
            r"X must have 3 coordinates .*\(1, 2\)",
        ),
        (
            lambda: pca(SYLLABUS_X, 2).transform([1.0, np.nan, 2.0]),
            "X must not contain NaN",
        ),
        (
            lambda: pca(SYLLABUS_X, 2).inverse_transform([1.0, 2.0, 3.0]),
            r"Z must have 2 coordinates .*\(3,\)",
        ),
        (
            lambda: pca(SYLLABUS_X, 2).inverse_transform(np.zeros((1, 1, 2))),
            "Z must be 1-D or 2-D",
        ),
        (
            lambda: low_rank_approximation([1.0, 2.0], 1),
            r"A must be 2-D: shape is \(2,\)",
        ),
        (lambda: low_rank_approximation(NAN_X, 1), "A must not contain NaN or inf"),
        (
            lambda: low_rank_approximation(SYLLABUS_X, 4),
            "rank must satisfy 1 <= rank <= 3: got 4",
        ),
        (
            lambda: low_rank_approximation(np.ones((2, 5)), 0),
            "rank must satisfy 1 <= rank <= 2: got 0",
        ),
        (
            lambda: project_onto_subspace([1.0, 2.0], [1.0, 0.0]),
            r"basis must be 2-D: shape is \(2,\)",
        ),
        (
            lambda: project_onto_subspace(
                [1.0, 2.0, 3.0], [[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]]
            ),
            "basis columns must be linearly independent: rank 1 < 2 columns",
        ),
        (
            lambda: project_onto_subspace([1.0, 2.0], np.eye(2, 3)),
            "basis columns must be linearly independent: rank 2 < 3 columns",
        ),
        (
            lambda: project_onto_subspace([1.0, 2.0], np.zeros((2, 1))),
            "basis columns must be linearly independent: rank 0 < 1 columns",
        ),
        (
            lambda: project_onto_subspace([1.0, 2.0], [[1.0], [np.nan]]),
            "basis must not contain NaN or inf",
        ),
        (
            lambda: project_onto_subspace([1.0, 2.0], np.ones((3, 1))),
            r"x must have 3 coordinates to match basis \(3, 1\): shape is \(2,\)",
        ),
        (
            lambda: project_onto_subspace(np.ones((2, 2, 3)), np.ones((3, 1))),
            "x must be 1-D or 2-D",
        ),
        (
            lambda: project_onto_subspace([np.inf, 1.0], np.ones((2, 1))),
            "x must not contain NaN or inf",
        ),
        (
            lambda: project_onto_hyperplane([1.0, 2.0], [0.0, 0.0]),
            re.escape("normal must be non-zero: got [0. 0.]"),
        ),
        (
            lambda: project_onto_hyperplane([1.0, 2.0], [[1.0, 0.0]]),
            r"normal must be 1-D: shape is \(1, 2\)",
        ),
        (
            lambda: project_onto_hyperplane([1.0, 2.0], [1.0, np.nan]),
            "normal must not contain NaN or inf",
        ),
        (
            lambda: project_onto_hyperplane([1.0, 2.0], [1.0, 1.0], np.nan),
            "offset must not contain NaN or inf",
        ),
        (
            lambda: project_onto_hyperplane([1.0, 2.0], [1.0, 1.0], [1.0]),
            r"offset must be 0-D: shape is \(1,\)",
        ),
        (
            lambda: project_onto_hyperplane([1.0, 2.0, 3.0], [1.0, 1.0]),
            r"x must have 2 coordinates to match normal \(2,\): shape is \(3,\)",
        ),
        (
            lambda: project_onto_hyperplane([np.nan, 2.0], [1.0, 1.0]),
            "x must not contain NaN or inf",
        ),
    ],
)
def test_bad_input_raises_value_error_naming_parameter(call, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: pca(SYLLABUS_X, 2.0),
            r"n_components must be an integer \(int or numpy integer\): got float 2.0",
        ),
        (
            lambda: pca(SYLLABUS_X, True),
            r"n_components must be an integer .*: got bool True",
        ),
        (
            lambda: low_rank_approximation(SYLLABUS_X, "2"),
            r"rank must be an integer .*: got str '2'",
        ),
        (
            lambda: covariance([["a", "b"], ["c", "d"]]),
            r"X must be real numbers \(int or float\): got a list holding str 'a'",
        ),
    ],
)
def test_wrong_type_raises_type_error_naming_parameter(call, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        call()
