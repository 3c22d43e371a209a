"""Expectation, variance and covariance of dice, computed exactly.

Two fair dice show a and b. A is the first die, S = a + b the sum and
M = max(a, b) the larger face. Expectations are probability-weighted sums
over the 36 outcomes, in exact fractions. Linearity holds for every pair;
the variance of a sum needs the covariance, which is zero for the two
independent dice and positive for A and M.
"""

from fractions import Fraction
from itertools import product

omega = list(product(range(1, 7), repeat=2))
p = Fraction(1, 36)


def E(f):
    """Expectation of f(a, b): each outcome's value times its probability."""
    return sum(p * f(a, b) for a, b in omega)


def cov(f, g):
    """Covariance E[(f - E f)(g - E g)]; cov(f, f) is the variance."""
    mf, mg = E(f), E(g)
    return E(lambda a, b: (f(a, b) - mf) * (g(a, b) - mg))


def A(a, b):
    return a


def B(a, b):
    return b


def S(a, b):
    return a + b


def M(a, b):
    return max(a, b)


print("variable   E                 Var")
for name, f in [("A", A), ("B", B), ("S = A+B", S), ("M = max", M)]:
    mean, var = E(f), cov(f, f)
    print(
        f"{name:9s}  {mean!s:>6} = {float(mean):.3f}   "
        f"{var!s:>9} = {float(var):.3f}"
    )

shortcut = E(lambda a, b: a * a) - E(A) ** 2  # Var = E[X^2] - E[X]^2
print(f"Var(A) by E[A^2] - E[A]^2: {shortcut}")
print(f"Cov(A, B) = {cov(A, B)}, Cov(A, M) = {cov(A, M)}")
rho = float(cov(A, M)) / float(cov(A, A) * cov(M, M)) ** 0.5
print(f"correlation of A and M: {rho:.3f}")


def A_plus_M(a, b):
    return a + max(a, b)


var_sum = cov(A_plus_M, A_plus_M)
without = cov(A, A) + cov(M, M)
print(
    f"Var(A + M) = {var_sum}; Var(A) + Var(M) = {without}; "
    f"+ 2 Cov(A, M) = {without + 2 * cov(A, M)}"
)
e_am, ea_em = E(lambda a, b: a * max(a, b)), E(A) * E(M)
print(f"E[A M] = {e_am}, E[A] E[M] = {ea_em}")

expected_die, var_die = str(E(A)), str(cov(A, A))
expected_sum, var_two = str(E(S)), str(cov(S, S))
cov_am = str(cov(A, M))
assert E(S) == E(A) + E(B) and E(A_plus_M) == E(A) + E(M)  # linearity
assert shortcut == cov(A, A) == Fraction(35, 12)
assert cov(A, B) == 0 and cov(S, S) == 2 * cov(A, A)  # independent: add
assert var_sum == without + 2 * cov(A, M) and cov(A, M) > 0
assert e_am == ea_em + cov(A, M)  # E[XY] = E[X]E[Y] + Cov(X, Y)
assert -1 <= rho <= 1
