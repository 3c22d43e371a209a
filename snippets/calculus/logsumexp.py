"""Log-sum-exp and softmax computed naively and stably.

exp(1000) overflows float64 and exp(-1000) underflows to 0, so the textbook
formulas return inf, -inf or nan for large logits. Shifting by the largest
logit m changes nothing mathematically,
log sum exp(z) = m + log sum exp(z - m), softmax(z) = softmax(z - m),
and keeps every exponent <= 0.
"""

import numpy as np
from scipy.special import logsumexp, softmax


def lse_naive(z):
    return np.log(np.sum(np.exp(z)))


def lse_stable(z):
    m = np.max(z)
    return m + np.log(np.sum(np.exp(z - m)))


def softmax_naive(z):
    return np.exp(z) / np.sum(np.exp(z))


def softmax_stable(z):
    e = np.exp(z - np.max(z))
    return e / np.sum(e)


def show(p):
    return np.array2string(p, precision=4, floatmode="fixed")


for z in [
    np.array([1.0, 2.0, 3.0]),
    np.array([1000.0, 999.0, 998.0]),
    np.array([-1000.0, -1001.0, -1002.0]),
]:
    with np.errstate(all="ignore"):  # the naive forms overflow on purpose
        naive, naive_p = lse_naive(z), softmax_naive(z)
    stable, stable_p = lse_stable(z), softmax_stable(z)
    assert np.isclose(stable, logsumexp(z), rtol=1e-15)
    assert np.allclose(stable_p, softmax(z), rtol=1e-15)
    assert np.isfinite(naive) == (np.max(np.abs(z)) < 710)  # exp(710) = inf
    print(f"z = {np.array2string(z, precision=0, floatmode='fixed')}")
    print(f"  naive:  lse {naive:10.4f}, softmax {show(naive_p)}")
    print(f"  stable: lse {stable:10.4f}, softmax {show(stable_p)} (= scipy)")
