"""The standard normal density: our formula beside scipy.stats.norm.pdf.

A density is not a probability: probabilities are areas under it. The area
over the whole line is 1, and one standard deviation either side of the mean
holds about 68% of it.
"""

import numpy as np
from scipy import stats

from mlfound.probability import normal_pdf

xs = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
ours = normal_pdf(xs)
reference = stats.norm.pdf(xs)
print("   x    normal_pdf   scipy.stats")
for x, a, b in zip(xs, ours, reference, strict=True):
    print(f"{x:5.1f}   {a:.6f}     {b:.6f}")
assert np.max(np.abs(ours - reference)) < 1e-15  # equal up to rounding
print("largest difference: < 1e-15")

# Areas under the curve, by the trapezoid rule on a fine grid
grid = np.linspace(-8.0, 8.0, 16_001)
total = np.trapezoid(normal_pdf(grid), grid)
inner = grid[np.abs(grid) <= 1.0]
within = np.trapezoid(normal_pdf(inner), inner)
within_scipy = stats.norm.cdf(1) - stats.norm.cdf(-1)
assert np.isclose(total, 1.0, atol=1e-9) and np.isclose(within, within_scipy)
print(f"area over [-8, 8]:  {total:.6f}")
print(f"area over [-1, 1]:  {within:.6f}")
print(f"scipy cdf(1) - cdf(-1): {within_scipy:.6f}")

# A narrow normal has a density far above 1 at its peak
peak, ref = normal_pdf(0.0, 0.0, 0.1), stats.norm.pdf(0.0, 0.0, 0.1)
assert np.isclose(peak, ref) and peak > 1
print(f"density of N(0, 0.1^2) at 0: {peak:.4f} (scipy {ref:.4f})")
