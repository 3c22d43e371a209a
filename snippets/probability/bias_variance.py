"""The bias-variance trade-off, exactly and by simulation, for polynomials.

The truth is f(x) = sin(2 pi x) on [0, 1], seen at 25 fixed inputs with
Gaussian noise of standard deviation 0.3; polynomials of each degree are
fitted by least squares (in a Legendre basis, which keeps the fits well
conditioned). Least squares is linear in y, so the average fit is the fit
to the noise-free f, and the variance of the fit at x is sigma^2 |h(x)|^2
with h(x) the row of the hat matrix: both are exact. Averaged over a grid
of test inputs, bias^2 + variance + sigma^2 is the expected error on a
fresh noisy observation; 2,000 simulated training sets confirm it.
"""

import numpy as np
from numpy.polynomial import legendre

sigma, n, repetitions = 0.3, 25, 2_000
rng = np.random.default_rng(seed=0)
x = np.sort(rng.uniform(0, 1, n))  # the fixed training inputs
x_test = np.linspace(0, 1, 201)


def f(t):
    return np.sin(2 * np.pi * t)


Y = f(x)[:, None] + sigma * rng.standard_normal((n, repetitions))
Y_new = f(x_test)[:, None] + sigma * rng.standard_normal((201, repetitions))

print(
    "degree   bias^2   variance   expected error   simulated  (s.e.)    train"
)
rows = []
for degree in range(10):
    A = legendre.legvander(2 * x - 1, degree)  # [0, 1] -> [-1, 1]
    A_test = legendre.legvander(2 * x_test - 1, degree)
    H = A_test @ np.linalg.pinv(A)  # test predictions = H @ y
    bias2 = np.mean((H @ f(x) - f(x_test)) ** 2)
    variance = sigma**2 * np.mean(np.sum(H**2, axis=1))
    expected = bias2 + variance + sigma**2
    W, *_ = np.linalg.lstsq(A, Y, rcond=None)  # one column per training set
    per_set = np.mean((A_test @ W - Y_new) ** 2, axis=0)
    test, test_se = per_set.mean(), per_set.std() / np.sqrt(repetitions)
    train = np.mean((A @ W - Y) ** 2)
    assert abs(test - expected) < 5 * test_se
    rows.append((bias2, variance, expected, train))
    print(
        f"{degree:6d}   {bias2:6.4f}   {variance:8.4f}   {expected:14.3f}"
        f"   {test:9.3f} ({test_se:.4f})   {train:5.3f}"
    )

bias2, variance, total, train = (np.array(c) for c in zip(*rows, strict=True))
best_degree = int(np.argmin(total))
print(
    f"lowest expected error at degree {best_degree}; noise floor "
    f"sigma^2 = {sigma**2:.2f}"
)
assert 3 <= best_degree <= 6  # neither the simplest nor the most flexible
assert total[0] > 2 * total[best_degree] and total[-1] > total[best_degree]
assert np.all(np.diff(variance) > 0)  # every extra degree adds variance
assert np.all(np.diff(train) < 0)  # and lowers the training error
assert bias2[1] > 20 * bias2[best_degree]
assert bias2[3] < 0.05 * bias2[2]  # degree 3 captures the shape
assert variance[-1] > 20 * variance[best_degree]
