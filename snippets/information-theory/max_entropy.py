"""Among densities with the same variance, the Gaussian has the most entropy.

Three densities with mean 0 and variance 1: uniform on [-sqrt 3, sqrt 3],
Laplace with scale 1/sqrt 2, and the standard normal. Their entropies come
from scipy.stats (in nats, converted to bits) and from mlfound for the
normal. The proof says h(normal) - h(f) = D_KL(f || normal) for any such f;
the divergence is integrated numerically with scipy.integrate.quad.
"""

import numpy as np
from scipy import integrate, stats

from mlfound.information import gaussian_entropy

normal = stats.norm()
rivals = {
    "uniform": stats.uniform(loc=-np.sqrt(3), scale=2 * np.sqrt(3)),
    "Laplace": stats.laplace(scale=1 / np.sqrt(2)),
}
h_normal = gaussian_entropy([[1.0]])
print("density   variance  h (bits)  h(normal) - h  D_KL(f || normal)")
print(f"normal    {normal.var():8.4f}  {h_normal:8.4f}")
assert np.isclose(h_normal, normal.entropy() / np.log(2), rtol=1e-12)

gaps, kls = {}, {}
for name, f in rivals.items():
    lo, hi = np.clip(f.support(), -40, 40)
    assert f.cdf(lo) < 1e-24 and f.sf(hi) < 1e-24  # the tails cut off are nil

    def integrand(x, f=f):
        return f.pdf(x) * (f.logpdf(x) - normal.logpdf(x)) / np.log(2)

    kls[name] = (
        integrate.quad(integrand, lo, 0)[0]
        + integrate.quad(integrand, 0, hi)[0]
    )
    h = f.entropy() / np.log(2)
    gaps[name] = h_normal - h
    print(
        f"{name:8}  {f.var():8.4f}  {h:8.4f}  {gaps[name]:13.4f}  "
        f"{kls[name]:17.4f}"
    )
    assert np.isclose(f.var(), 1.0)  # the same variance as the normal
    assert gaps[name] > 0  # the normal has more entropy
    assert abs(gaps[name] - kls[name]) < 1e-8  # and the gap is the KL

gap_uniform, gap_laplace = gaps["uniform"], gaps["Laplace"]
assert gap_uniform > gap_laplace
h_uniform = np.log2(2 * np.sqrt(3))  # log2 of the width
h_laplace = np.log2(2 * np.e / np.sqrt(2))  # log2(2 e b)
assert np.isclose(h_normal - gaps["uniform"], h_uniform)
assert np.isclose(h_normal - gaps["Laplace"], h_laplace)
