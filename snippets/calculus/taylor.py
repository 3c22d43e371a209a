"""Taylor polynomials of the sigmoid at z = 1, and the size of what they miss.

The sigmoid's first three derivatives have closed forms in s = sigma(z):
s(1 - s), s(1 - s)(1 - 2s) and s(1 - s)(1 - 6s + 6s^2). The remainder of
the linear model T1 shrinks like h^2 and that of the quadratic model T2 like
h^3, with the constants f''/2 and f'''/6 that Taylor's theorem predicts.
"""

from mlfound.calculus import hessian, numerical_gradient
from mlfound.nn import sigmoid

z0 = 1.0
s = sigmoid(z0)
d1 = s * (1 - s)
d2 = s * (1 - s) * (1 - 2 * s)
d3 = s * (1 - s) * (1 - 6 * s + 6 * s**2)
# the closed forms against central differences
assert abs(d1 - numerical_gradient(sigmoid, z0)) < 1e-9
assert abs(d2 - hessian(sigmoid, z0)) < 1e-7
print(f"sigma(1) = {s:.6f}, sigma'(1) = {d1:.6f}")
print(f"sigma''(1) = {d2:.6f}, sigma'''(1) = {d3:.6f}")


def t1(h):
    return s + d1 * h


def t2(h):
    return t1(h) + d2 * h**2 / 2


print(
    f"{'h':>6}{'R1 = f - T1':>14}{'R1 / h^2':>11}"
    f"{'R2 = f - T2':>14}{'R2 / h^3':>11}"
)
for h in [0.5, 0.1, 0.01, 0.001]:
    r1, r2 = sigmoid(z0 + h) - t1(h), sigmoid(z0 + h) - t2(h)
    print(f"{h:>6g}{r1:>14.2e}{r1 / h**2:>11.5f}{r2:>14.2e}{r2 / h**3:>11.5f}")
print(f"limits: f''/2 = {d2 / 2:.5f}, f'''/6 = {d3 / 6:.5f}")

h = 0.01
r1_ratio = (sigmoid(z0 + h) - t1(h)) / h**2
r2_ratio = (sigmoid(z0 + h) - t2(h)) / h**3
assert abs(r1_ratio / (d2 / 2) - 1) < 0.02  # R1 ~ f'' h^2 / 2
assert abs(r2_ratio / (d3 / 6) - 1) < 0.02  # R2 ~ f''' h^3 / 6
r1_at_01 = abs(sigmoid(z0 + 0.1) - t1(0.1))
r2_at_01 = abs(sigmoid(z0 + 0.1) - t2(0.1))
assert r2_at_01 < r1_at_01 / 10

# Far from z0 the quadratic model is no model at all: at z = -3 (h = -4)
far, sigma_far = t2(-4.0), sigmoid(-3.0)
print(f"at z = -3: sigma = {sigma_far:.4f}, quadratic model = {far:.4f}")
assert far < 0 < sigma_far  # a negative "probability"
