"""Reverse-mode differentiation with mlfound.autodiff.Value.

The forward pass records every operation and its local derivatives; one
backward pass from the loss then fills in dL/d(value) for every value in
the graph: both inputs, and the intermediate results z, a and a - 1 of the
chain-rule page's computational graph.
"""

import math

from mlfound.autodiff import Value

w, x = Value(0.5), Value(2.0)
z = w * x
a = z.sigmoid()
gap = a - 1
loss = gap**2
print(f"forward:  loss = {loss.data:.6f}")
loss.backward()  # one pass, all derivatives
print(f"{'value':>8}{'data':>10}{'grad = dL/d(value)':>21}")
for name, v in [
    ("L", loss),
    ("a - 1", gap),
    ("a", a),
    ("z", z),
    ("w", w),
    ("x", x),
]:
    print(f"{name:>8}{v.data:>10.5f}{v.grad:>21.5f}")

s = 1 / (1 + math.exp(-1.0))  # the chain rule by hand, at z = 1
assert math.isclose(z.grad, 2 * (s - 1) * s * (1 - s), rel_tol=1e-14)
assert math.isclose(w.grad, z.grad * 2.0, rel_tol=1e-14)
assert math.isclose(x.grad, z.grad * 0.5, rel_tol=1e-14)
assert round(w.grad, 5) == -0.21151
print(repr(w), repr(x), sep="\n")
