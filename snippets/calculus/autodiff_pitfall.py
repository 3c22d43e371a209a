"""Automatic differentiation differentiates the program, not the formula.

log(sigmoid(z)) and z - log(1 + e^z) are the same function for z < 0, with
derivative 1 - sigmoid(z). At z = -800 the first program computes
sigmoid(-800) = 0 (underflow) and then log(0); the second never leaves the
range of floats. At a kink the program's branch decides: relu(z) - relu(-z)
equals z everywhere, but its derivative at 0 comes out as 0, not 1.
"""

from mlfound.autodiff import Value

for z0 in [-5.0, -800.0]:
    z = Value(z0)
    try:
        out = z.sigmoid().log()
        out.backward()
        print(
            f"z = {z0:6.0f}  log(sigmoid(z)):   value {out.data:9.4f}, "
            f"derivative {z.grad:.6f}"
        )
    except ValueError as error:
        naive_error = str(error)
        print(f"z = {z0:6.0f}  log(sigmoid(z)):   ValueError: {error}")
    z = Value(z0)
    out = z - (1 + z.exp()).log()  # the same function, written for z < 0
    out.backward()
    print(
        f"z = {z0:6.0f}  z - log(1 + e^z):  value {out.data:9.4f}, "
        f"derivative {z.grad:.6f}"
    )
assert naive_error.startswith("log needs data > 0")
assert out.data == -800.0 and z.grad == 1.0

z = Value(0.0)
kink = z.relu() - (-z).relu()  # equals z for every z
kink.backward()
kink_grad = z.grad
print(f"relu(z) - relu(-z), which is z, at z = 0: derivative {kink_grad:.1f}")
assert kink_grad == 0.0
