"""Tests of mlfound.information: scipy/sklearn agreement, properties, bad inputs."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.stats
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from sklearn.metrics import mutual_info_score
from sklearn.metrics.cluster import contingency_matrix

from mlfound.information import (
    binary_entropy,
    cross_entropy,
    entropy,
    joint_table,
    kl_divergence,
    mutual_information,
)

quick = settings(max_examples=50, deadline=None)
BASES = [2, np.e, 10]


def dirichlet(rng: np.random.Generator, k: int, zeros: int = 0) -> np.ndarray:
    """A random probability vector with `zeros` entries set exactly to 0."""
    p = rng.dirichlet(np.ones(k))
    p[:zeros] = 0.0
    return p / p.sum()


@st.composite
def distributions(draw: st.DrawFn, size: int | None = None) -> np.ndarray:
    """Probability vectors of 1 to 8 entries, some of them possibly 0."""
    k = size if size is not None else draw(st.integers(1, 8))
    w = draw(hnp.arrays(float, k, elements=st.sampled_from([0.0, 0.1, 0.5, 1, 3, 7])))
    assume(w.sum() > 0)
    return w / w.sum()


labels = st.lists(st.integers(0, 4), min_size=1, max_size=40)


# --- the syllabus numbers ------------------------------------------------------------


def test_coin_entropies_in_bits():
    assert f"{entropy([0.5, 0.5]):.3f}" == "1.000"
    assert f"{entropy([0.9, 0.1]):.3f}" == "0.469"
    assert entropy([1.0, 0.0]) == 0.0  # 0 log 0 = 0, and no RuntimeWarning
    assert type(entropy([0.5, 0.5])) is float


def test_mutual_information_of_the_chapter_example_matches_sklearn():
    rng = np.random.default_rng(0)
    x = rng.integers(0, 3, size=1000)
    y = (x + rng.integers(0, 2, size=1000)) % 3
    nats = mutual_info_score(x, y)
    assert mutual_information(x, y, base=np.e) == pytest.approx(nats, rel=1e-12)
    # the pitfall: sklearn reports nats; 1 nat = 1 / ln 2 bits
    assert mutual_information(x, y) == pytest.approx(nats / np.log(2), rel=1e-12)
    # for uniform x and a fair coin of noise, I = log2(3) - 1 bits in the limit
    assert mutual_information(x, y) == pytest.approx(np.log2(3) - 1, abs=0.02)


# --- agreement with references on seeded random inputs -------------------------------


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("base", BASES)
def test_entropy_matches_scipy(seed, base):
    p = dirichlet(np.random.default_rng(seed), 6, zeros=seed % 3)
    assert entropy(p, base=base) == pytest.approx(
        scipy.stats.entropy(p, base=base), rel=1e-12
    )


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("base", BASES)
def test_kl_and_cross_entropy_match_scipy(seed, base):
    rng = np.random.default_rng(seed)
    p, q = dirichlet(rng, 6, zeros=seed % 3), dirichlet(rng, 6)
    kl = scipy.stats.entropy(p, q, base=base)
    assert kl_divergence(p, q, base=base) == pytest.approx(kl, rel=1e-12)
    ce = scipy.stats.entropy(p, base=base) + kl
    assert cross_entropy(p, q, base=base) == pytest.approx(ce, rel=1e-12)


def test_kl_is_infinite_where_q_is_zero_but_p_is_not():
    p, q = [0.5, 0.5, 0.0], [1.0, 0.0, 0.0]
    assert kl_divergence(p, q) == np.inf == scipy.stats.entropy(p, q)
    assert cross_entropy(p, q) == np.inf
    assert kl_divergence(q, p) == pytest.approx(1.0)  # only the q = 0 < p terms
    assert kl_divergence(q, q) == 0.0


def test_kl_is_not_symmetric():
    p, q = [0.5, 0.5], [0.9, 0.1]
    assert kl_divergence(p, q) != pytest.approx(kl_divergence(q, p), abs=0.1)


@pytest.mark.parametrize("seed", range(5))
def test_mutual_information_matches_sklearn_in_nats_and_bits(seed):
    rng = np.random.default_rng(seed)
    x = rng.integers(0, 2 + seed, size=500)
    y = np.where(rng.random(500) < 0.6, x, rng.integers(0, 4, size=500))
    nats = mutual_info_score(x, y)
    assert mutual_information(x, y, base=np.e) == pytest.approx(nats, rel=1e-12)
    assert mutual_information(x, y, base=2) == pytest.approx(nats / np.log(2))


def test_mutual_information_with_many_labels_uses_the_sparse_path():
    rng = np.random.default_rng(1)
    x = rng.integers(0, 3000, size=2000)  # 3000 x 3000 cells would be mostly empty
    y = (x + rng.integers(0, 5, size=2000)) % 3000
    nats = mutual_info_score(x, y)
    assert mutual_information(x, y, base=np.e) == pytest.approx(nats, rel=1e-12)


def test_mutual_information_accepts_string_labels():
    x = np.array(["cat", "dog", "cat", "bird", "dog", "cat"])
    y = np.array([1, 0, 1, 0, 0, 1])
    assert mutual_information(x, y, base=np.e) == pytest.approx(mutual_info_score(x, y))


def test_joint_table_matches_sklearn_contingency_matrix():
    rng = np.random.default_rng(2)
    x, y = rng.integers(0, 4, size=300), rng.integers(-2, 3, size=300)
    table = joint_table(x, y)
    np.testing.assert_array_equal(table, contingency_matrix(x, y))
    assert table.dtype.kind == "i" and table.sum() == 300


def test_binary_entropy_is_the_entropy_of_a_coin():
    p = np.linspace(0, 1, 11)
    h = binary_entropy(p)
    assert h.shape == (11,)
    np.testing.assert_allclose(h, [entropy([v, 1 - v]) for v in p], atol=1e-15)
    np.testing.assert_allclose(h, h[::-1], atol=1e-15)  # symmetric about 1/2
    assert binary_entropy(0.5) == 1.0 and type(binary_entropy(0.5)) is float
    assert binary_entropy(0.0) == binary_entropy(1.0) == 0.0
    assert binary_entropy(0.9, base=np.e) == pytest.approx(
        scipy.stats.entropy([0.9, 0.1])
    )


# --- properties ----------------------------------------------------------------------


@quick
@given(distributions())
def test_entropy_lies_between_zero_and_log_k(p):
    for base in (2, np.e):
        h = entropy(p, base=base)
        assert h >= 0.0
        assert h <= np.log(p.size) / np.log(base) + 1e-12


@quick
@given(
    st.integers(1, 8).flatmap(lambda k: st.tuples(distributions(k), distributions(k)))
)
def test_kl_is_nonnegative_and_zero_only_for_equal_distributions(pq):
    p, q = pq
    kl = kl_divergence(p, q, base=np.e)
    assert kl >= 0.0
    assert kl_divergence(p, p) == 0.0
    # Pinsker: KL >= ||p - q||_1^2 / 2 (nats), so p != q forces KL > 0
    assert kl >= 0.5 * np.abs(p - q).sum() ** 2 - 1e-12
    if np.abs(p - q).sum() > 1e-6:
        assert kl > 0.0
    # cross-entropy = entropy + KL
    if np.isfinite(kl):
        ce = cross_entropy(p, q, base=np.e)
        assert ce == pytest.approx(entropy(p, base=np.e) + kl, abs=1e-12)


def _label_entropy(labels: list[int]) -> float:
    counts = np.unique(labels, return_counts=True)[1]
    return entropy(counts / counts.sum())


@quick
@given(st.data())
def test_mutual_information_is_between_zero_and_min_entropy(data):
    x = data.draw(labels)
    y = data.draw(st.lists(st.integers(0, 4), min_size=len(x), max_size=len(x)))
    mi = mutual_information(x, y)
    assert mi >= 0.0
    assert mi <= min(_label_entropy(x), _label_entropy(y)) + 1e-12
    assert mi == pytest.approx(mutual_information(y, x), abs=1e-12)  # symmetric
    assert mutual_information(x, x) == pytest.approx(_label_entropy(x), abs=1e-12)


# --- every bad input -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("p", "message"),
    [
        ([[0.5, 0.5]], r"p must be 1-D: shape is \(1, 2\)"),
        ([0.5, np.nan], r"p must not contain NaN or inf"),
        ([1.2, -0.2], r"p must be non-negative: got \[ 1.2 -0.2\]"),
        ([0.5, 0.4], r"p must sum to 1 \(within 1e-08\): sum is 0.9"),
        ([0.5, 0.5 + 1e-7], r"p must sum to 1"),
        ([], r"p must have at least 1 element"),
    ],
)
def test_entropy_rejects_bad_probabilities(p, message):
    with pytest.raises(ValueError, match=message):
        entropy(p)


@pytest.mark.parametrize("func", [cross_entropy, kl_divergence])
@pytest.mark.parametrize(
    ("p", "q", "message"),
    [
        ([0.5, 0.5], [0.2, 0.3, 0.5], r"p and q must have the same shape: \(2,\)"),
        ([0.5, 0.5], [0.7, 0.7], r"q must sum to 1 .*: sum is 1.4"),
        ([0.5, 0.5], [1.5, -0.5], r"q must be non-negative"),
        ([0.5, 0.6], [0.5, 0.5], r"p must sum to 1"),
        ([0.5, 0.5], [[0.5, 0.5]], r"q must be 1-D: shape is \(1, 2\)"),
        ([0.5, 0.5], [np.inf, 0.5], r"q must not contain NaN or inf"),
    ],
)
def test_divergences_reject_bad_probabilities(func, p, q, message):
    with pytest.raises(ValueError, match=message):
        func(p, q)


CALLS = {
    "entropy": lambda base: entropy([0.5, 0.5], base=base),
    "cross_entropy": lambda base: cross_entropy([0.5, 0.5], [0.5, 0.5], base=base),
    "kl_divergence": lambda base: kl_divergence([0.5, 0.5], [0.5, 0.5], base=base),
    "binary_entropy": lambda base: binary_entropy(0.3, base=base),
    "mutual_information": lambda base: mutual_information([0, 1], [1, 0], base=base),
}


@pytest.mark.parametrize("call", CALLS.values(), ids=list(CALLS))
@pytest.mark.parametrize(
    ("base", "message"),
    [
        (1, r"base must be > 0 and != 1: got 1.0"),
        (1.0, r"base must be > 0 and != 1"),
        (0, r"base must be > 0: got 0"),
        (-2.0, r"base must be > 0: got -2.0"),
        (float("nan"), r"base must be finite and > 0: got nan"),
        (float("inf"), r"base must be finite and > 0: got inf"),
    ],
)
def test_every_function_rejects_a_bad_base(call, base, message):
    with pytest.raises(ValueError, match=message):
        call(base)


def test_base_must_be_a_number():
    with pytest.raises(TypeError, match=r"base must be a real number .*: got str 'e'"):
        entropy([1.0], base="e")


@pytest.mark.parametrize(
    ("p", "message"),
    [
        (1.5, r"p must lie in \[0, 1\]: bad values \[1.5\]"),
        ([0.2, -0.1, 2.0], r"p must lie in \[0, 1\]: bad values \[-0.1 2. \]"),
        ([0.2, np.nan], r"p must not contain NaN or inf"),
    ],
)
def test_binary_entropy_rejects_values_outside_the_unit_interval(p, message):
    with pytest.raises(ValueError, match=message):
        binary_entropy(p)


@pytest.mark.parametrize("func", [mutual_information, joint_table])
@pytest.mark.parametrize(
    ("x", "y", "message"),
    [
        ([[0, 1], [1, 0]], [0, 1], r"x must be 1-D: shape is \(2, 2\)"),
        ([0, 1], np.zeros((2, 1)), r"y must be 1-D: shape is \(2, 1\)"),
        ([0, 1, 1], [0, 1], r"x and y must have the same length: got 3 and 2"),
        ([], [], r"x must have at least 1 label"),
        ([0.0, np.nan], [0, 1], r"x must not contain NaN or inf"),
        ([0, 1], [np.inf, 1.0], r"y must not contain NaN or inf"),
    ],
)
def test_label_functions_reject_bad_labels(func, x, y, message):
    with pytest.raises(ValueError, match=message):
        func(x, y)
