# %% [markdown]
# # Exercises: Linear algebra
#
# Six exercises, from routine to thoughtful. Each states a task, then gives a
# worked solution that ends in `assert` statements checking the result
# independently (against numpy, scikit-learn or a closed form). Try each one
# before reading its solution. The notebook needs only `pip install mlfound`.

# %%
import numpy as np
from sklearn.datasets import load_digits, load_iris
from sklearn.decomposition import PCA as SklearnPCA

from mlfound.linalg import (
    covariance,
    low_rank_approximation,
    pca,
    project_onto_subspace,
    sorted_eigh,
)

# %% [markdown]
# ## Exercise 1: a batch through a layer
#
# A layer with 4 units reads 3 features. Draw a batch $X$ of 5 samples, a
# weight matrix $W$ and a bias $b$ from `np.random.default_rng(0)`, and
# compute $H = \sigma(X W + b)$ with the sigmoid $\sigma(z) = 1/(1 + e^{-z})$.
# What is the shape of each array? Check that sending the samples through the
# layer one at a time gives the same rows.

# %% [markdown]
# ### Solution to exercise 1
#
# $X$ is $(5, 3)$ and $W$ is $(3, 4)$, so $X W$ is $(5, 4)$; the bias $(4,)$
# is broadcast over the 5 rows, and $H$ is $(5, 4)$: one row per sample, one
# column per unit.

# %%
rng = np.random.default_rng(0)
X = rng.normal(size=(5, 3))
W = rng.normal(size=(3, 4))
b = rng.normal(size=4)


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


H = sigmoid(X @ W + b)
one_at_a_time = np.array([sigmoid(x @ W + b) for x in X])
print(X.shape, W.shape, b.shape, H.shape)

assert H.shape == (5, 4)
assert np.allclose(H, one_at_a_time)
assert np.allclose(H[2, 1], sigmoid(sum(X[2, k] * W[k, 1] for k in range(3)) + b[1]))

# %% [markdown]
# ## Exercise 2: how far apart can norms be?
#
# For $x \in \mathbb{R}^d$ show numerically that
# $\lVert x \rVert_\infty \le \lVert x \rVert_2 \le \lVert x \rVert_1
# \le \sqrt{d}\, \lVert x \rVert_2$ on 1,000 random vectors with $d = 10$,
# and find vectors for which the first and the last inequality hold with
# equality.

# %% [markdown]
# ### Solution to exercise 2
#
# The first two inequalities are tight for a basis vector $e_1$ (one non-zero
# entry: all three norms are equal). The last one follows from the
# Cauchy-Schwarz inequality applied to $|x|$ and the vector of ones $u$,
# $\sum_i |x_i| \cdot 1 \le \lVert x \rVert_2 \lVert u \rVert_2
# = \sqrt{d}\, \lVert x \rVert_2$, and is tight when all $|x_i|$ are equal,
# for example for $x = u$.

# %%
d = 10
vectors = np.random.default_rng(1).normal(size=(1000, d))
l1 = np.linalg.norm(vectors, 1, axis=1)
l2 = np.linalg.norm(vectors, axis=1)
linf = np.linalg.norm(vectors, np.inf, axis=1)

assert np.all(linf <= l2) and np.all(l2 <= l1)
assert np.all(l1 <= np.sqrt(d) * l2 + 1e-12)

e1, ones = np.eye(d)[0], np.ones(d)
assert np.linalg.norm(e1, np.inf) == np.linalg.norm(e1) == np.linalg.norm(e1, 1)
assert np.isclose(np.linalg.norm(ones, 1), np.sqrt(d) * np.linalg.norm(ones))
print(
    f"largest ratio L1 / L2 seen: {np.max(l1 / l2):.3f} <= sqrt(d) = {np.sqrt(d):.3f}"
)

# %% [markdown]
# ## Exercise 3: the top eigenvector by power iteration
#
# Power iteration finds the leading eigenvector of a symmetric positive
# semidefinite matrix $S$ without an eigensolver: start from a random unit
# vector and repeat $v \leftarrow S v / \lVert S v \rVert$. Run it on the
# covariance of iris and compare the result and the Rayleigh quotient
# $v^\top S v$ with the top eigenpair from `sorted_eigh`. Why does it
# converge, and how fast?

# %% [markdown]
# ### Solution to exercise 3
#
# Write the start vector in the eigenbasis, $v_0 = \sum_i c_i v_i$. After $t$
# steps, $S^t v_0 = \sum_i c_i \lambda_i^t v_i$: every component shrinks
# relative to the first by $(\lambda_i / \lambda_1)^t$. So the iteration
# converges to $\pm v_1$ (if $c_1 \ne 0$, which a random start ensures): the
# tangent of the angle between $v$ and $v_1$ shrinks by at least the factor
# $\lambda_2 / \lambda_1$ per step. For iris that ratio is small, so a few
# dozen steps are plenty.

# %%
S = covariance(load_iris().data)
values, vectors = sorted_eigh(S)
ratio = values[1] / values[0]

v = np.random.default_rng(2).normal(size=S.shape[0])
v /= np.linalg.norm(v)
start = v.copy()
off_axis = []  # length of the part of v orthogonal to v_1, step by step
for _ in range(50):
    v = S @ v
    v /= np.linalg.norm(v)
    off_axis.append(np.linalg.norm(v - (v @ vectors[:, 0]) * vectors[:, 0]))
rayleigh = v @ S @ v

print(f"power iteration: lambda = {rayleigh:.6f}; eigh: {values[0]:.6f}")
print(f"ratio lambda_2 / lambda_1 = {ratio:.4f}")
assert np.isclose(rayleigh, values[0])
assert np.isclose(abs(v @ vectors[:, 0]), 1.0)
# The rate: after t steps the tangent of the angle to v_1 is at most
# (lambda_2 / lambda_1)^t times its start value (checked while it is still far
# above rounding noise), and the sine is at most the tangent.
cosine = abs(start @ vectors[:, 0])
tan_start = np.sqrt(1 - cosine**2) / cosine
for t in range(1, 6):
    assert off_axis[t - 1] <= ratio**t * tan_start * (1 + 1e-6)

# %% [markdown]
# ## Exercise 4: PCA by the SVD
#
# Write `pca_by_svd(X, k)` that returns the first $k$ principal components
# (as rows) and their explained variance ratios, using only
# `np.linalg.svd` of the centred data. Check it on the digits data against
# `mlfound.linalg.pca` and `sklearn.decomposition.PCA` for $k = 5$.

# %% [markdown]
# ### Solution to exercise 4
#
# With $X_c = U \operatorname{diag}(s) V^\top$, the components are the first
# $k$ rows of $V^\top$, the variances are $s_i^2 / (n - 1)$ and the ratio
# divides by their sum over all $i$, the total variance. Components are
# compared up to sign through the absolute cosine.


# %%
def pca_by_svd(X, k):
    centred = X - X.mean(axis=0)
    _, s, Vt = np.linalg.svd(centred, full_matrices=False)
    variance = s**2 / (X.shape[0] - 1)
    return Vt[:k], variance[:k] / variance.sum()


digits = load_digits().data
components, ratio = pca_by_svd(digits, 5)
ours = pca(digits, n_components=5)
theirs = SklearnPCA(n_components=5).fit(digits)

print("ratios:", np.round(ratio, 4))
assert np.allclose(ratio, ours.explained_variance_ratio)
assert np.allclose(ratio, theirs.explained_variance_ratio_)
assert np.allclose(np.abs(np.sum(components * ours.components, axis=1)), 1.0)
assert np.allclose(np.abs(np.sum(components * theirs.components_, axis=1)), 1.0)

# %% [markdown]
# ## Exercise 5: Eckart-Young on a random matrix
#
# For a random $30 \times 20$ matrix $A$, compute the error
# $\lVert A - A_k \rVert_F$ of `low_rank_approximation` for every rank
# $k = 1, \dots, 20$ and check it against $\sqrt{\sum_{i>k} s_i^2}$. Then
# test the "best" part of the theorem: build 200 other matrices of rank 3
# (for example, each row of $A$ projected onto the same random
# 3-dimensional subspace of $\mathbb{R}^{20}$) and check that none beats
# $A_3$. Why is the error curve of a random matrix so much flatter than the
# photograph's in the chapter?

# %% [markdown]
# ### Solution to exercise 5
#
# The identity holds at every rank, and no rival beats $A_3$. The curve is
# flat because a matrix of independent noise has no dominant directions: its
# singular values are all of similar size, so every dropped term costs about
# the same. Natural images concentrate their energy in a few terms.

# %%
rng = np.random.default_rng(3)
A = rng.normal(size=(30, 20))
s = np.linalg.svd(A, compute_uv=False)
errors = np.array(
    [np.linalg.norm(A - low_rank_approximation(A, k)) for k in range(1, 21)]
)
predicted = np.array([np.sqrt(np.sum(s[k:] ** 2)) for k in range(1, 21)])
assert np.allclose(errors, predicted)
assert np.isclose(errors[-1], 0.0, atol=1e-10)

best = errors[2]  # rank 3
rivals = [
    np.linalg.norm(A - project_onto_subspace(A, rng.normal(size=(20, 3))))
    for _ in range(200)
]
print(f"rank-3 error: truncated SVD {best:.3f}, best of 200 rivals {min(rivals):.3f}")
assert best < min(rivals)
print(f"relative error at rank 10: {errors[9] / np.linalg.norm(A):.2%}")

# %% [markdown]
# ## Exercise 6: the hat matrix of a quadratic fit
#
# Fit $y = w_1 + w_2 t + w_3 t^2$ by least squares to 20 noisy points. Build
# the projection ("hat") matrix $P = A (A^\top A)^{-1} A^\top$ of the design
# matrix $A$, and show that: the fitted values are $P y$ and agree with
# `np.polyfit` and `np.linalg.lstsq`; $P$ is symmetric and idempotent; the
# residual is orthogonal to every column of $A$; and the trace of $P$ equals
# the number of parameters. Why the trace?

# %% [markdown]
# ### Solution to exercise 6
#
# $P$ is the orthogonal projection onto the column space of $A$, which has
# dimension 3. Its eigenvalues are 1 on that subspace and 0 on its orthogonal
# complement, so its trace (the sum of its eigenvalues) is the dimension 3.
# In statistics this trace is the model's "degrees of freedom".

# %%
rng = np.random.default_rng(4)
t = np.linspace(-1.0, 1.0, 20)
y = 0.5 - t + 2.0 * t**2 + rng.normal(scale=0.1, size=t.size)
A = np.column_stack([np.ones_like(t), t, t**2])

P = A @ np.linalg.solve(A.T @ A, A.T)
w_hat, *_ = np.linalg.lstsq(A, y, rcond=None)
y_hat = P @ y
residual = y - y_hat
print("weights:", np.round(w_hat, 3), " trace(P) =", round(float(np.trace(P)), 6))

assert np.allclose(y_hat, A @ w_hat)
assert np.allclose(w_hat, np.polyfit(t, y, 2)[::-1])
assert np.allclose(y_hat, project_onto_subspace(y, A))
assert np.allclose(P, P.T) and np.allclose(P @ P, P)
assert np.allclose(A.T @ residual, 0.0)
assert np.isclose(np.trace(P), A.shape[1])
