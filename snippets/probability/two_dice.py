"""Two fair dice: a sample space of 36 outcomes and a random variable on it.

Every outcome (a, b) has probability 1/36. The random variable S = a + b
maps each outcome to a number, and its distribution collects the outcomes
that give each sum. Fractions keep every probability exact. A seeded
simulation of many throws shows frequencies settling near those values.
"""

from collections import Counter
from fractions import Fraction
from itertools import product

import numpy as np

omega = list(product(range(1, 7), repeat=2))  # the sample space
p_outcome = Fraction(1, len(omega))  # all outcomes equally likely
counts = Counter(a + b for a, b in omega)  # outcomes giving each sum
pmf = {s: counts[s] * p_outcome for s in sorted(counts)}

n_throws = 100_000
rng = np.random.default_rng(seed=0)
sums = rng.integers(1, 7, size=(n_throws, 2)).sum(axis=1)

print(f"outcomes in the sample space: {len(omega)}")
print("  s   outcomes   P(S = s)   frequency")
worst = 0.0  # largest gap in standard errors sqrt(p(1-p)/n)
for s, p in pmf.items():
    frequency = np.mean(sums == s)
    se = np.sqrt(float(p) * (1 - float(p)) / n_throws)
    worst = max(worst, abs(frequency - float(p)) / se)
    print(f"{s:3d}   {counts[s]:8d}   {p!s:>8}   {frequency:9.4f}")

total = sum(pmf.values())
p_seven = pmf[7]
p_at_least_ten = sum(p for s, p in pmf.items() if s >= 10)
print(f"sum of all P(S = s): {total}")
print(
    f"P(S >= 10) = {p_at_least_ten}, an event of {p_at_least_ten * 36} "
    "outcomes"
)
print(f"largest gap, frequency to probability: {worst:.1f} standard errors")
n_outcomes = len(omega)
p_seven_text, p_two_text = str(p_seven), str(pmf[2])
p_at_least_ten_text = str(p_at_least_ten)
assert total == 1  # the outcomes are split among the sums, none lost
assert p_seven == Fraction(1, 6) and max(pmf.values()) == p_seven
assert p_at_least_ten == Fraction(1, 6)
assert counts[7] == 6 and counts[2] == 1
assert worst < 4.5  # each of 11 gaps exceeds 4.5 with probability < 1e-5
