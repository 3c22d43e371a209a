"""Forward-mode differentiation with dual numbers, on the one-neuron loss.

A dual number a + b e with e^2 = 0 carries a value a and a tangent b, the
derivative of a along one chosen input direction. Arithmetic on pairs
applies the rules of differentiation as it goes, so one forward pass gives
one directional derivative: dL/dw needs one pass, dL/dx another.
"""

import math


class Dual:
    """A value and its derivative along one input direction."""

    def __init__(self, value, tangent=0.0):
        self.value, self.tangent = value, tangent

    def __add__(self, other):
        other = other if isinstance(other, Dual) else Dual(other)
        return Dual(self.value + other.value, self.tangent + other.tangent)

    def __sub__(self, other):
        other = other if isinstance(other, Dual) else Dual(other)
        return Dual(self.value - other.value, self.tangent - other.tangent)

    def __mul__(self, other):  # (a + b e)(c + d e) = ac + (ad + bc) e
        other = other if isinstance(other, Dual) else Dual(other)
        return Dual(
            self.value * other.value,
            self.tangent * other.value + self.value * other.tangent,
        )

    def __pow__(self, k):
        return Dual(self.value**k, k * self.value ** (k - 1) * self.tangent)

    def sigmoid(self):
        s = 1 / (1 + math.exp(-self.value))
        return Dual(s, s * (1 - s) * self.tangent)


def loss(w, x):
    """(sigmoid(w x) - 1)^2: the same code runs on Duals and on Values."""
    return ((w * x).sigmoid() - 1) ** 2


w, x = 0.5, 2.0
pass_w = loss(Dual(w, 1.0), Dual(x, 0.0))  # seed: dw = 1, dx = 0
pass_x = loss(Dual(w, 0.0), Dual(x, 1.0))  # seed: dw = 0, dx = 1
dL_dw, dL_dx = pass_w.tangent, pass_x.tangent
print(f"loss {pass_w.value:.6f}")
print(f"pass 1, seeded on w: dL/dw = {dL_dw:.5f}")
print(f"pass 2, seeded on x: dL/dx = {dL_dx:.5f}")

a = 1 / (1 + math.exp(-w * x))  # the chain rule by hand
by_hand = 2 * (a - 1) * a * (1 - a)
assert math.isclose(dL_dw, by_hand * x, rel_tol=1e-14)
assert math.isclose(dL_dx, by_hand * w, rel_tol=1e-14)
