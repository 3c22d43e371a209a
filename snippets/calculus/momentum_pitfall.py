"""Too much momentum: the heavy ball overshoots and oscillates.

Same valley and learning rate as the tuned heavy ball, more momentum.
Above the tuned beta the iteration spirals: the error shrinks by exactly
sqrt(beta) per step (the two roots of the iteration are complex, of modulus
sqrt(beta)), so beta near 1 is slow, and the iterate swings past the
minimum again and again.
"""

import numpy as np

from mlfound.optim import momentum

H = np.array([[2.0, 4.0], [4.0, 20.0]])
lam, vectors = np.linalg.eigh(H)
v_min = vectors[:, 0]  # the gentle direction of the valley
root = np.sqrt(lam[1] / lam[0])
eta = 4 / (np.sqrt(lam[0]) + np.sqrt(lam[1])) ** 2
beta_tuned = ((root - 1) / (root + 1)) ** 2
start = np.array([3.0, 2.0])


def f(w):
    return 0.5 * np.einsum("ti,ij,tj->t", w, H, w)


print(
    f"{'beta':>6}{'steps to 1e-6':>15}{'rate':>8}{'sqrt(beta)':>12}"
    f"{'overshoot':>11}{'loss rises':>12}"
)
results = {}
for beta in [beta_tuned, 0.6, 0.9, 0.99]:
    path = momentum(
        lambda w: H @ w, start, learning_rate=eta, n_steps=4000, beta=beta
    )
    distance = np.linalg.norm(path, axis=1)
    steps = int(np.argmax(distance < 1e-6))
    t = np.arange(steps // 2, steps)  # fit the decay over the second half
    rate = np.exp(np.polyfit(t, np.log(distance[t]), 1)[0])
    along = path @ v_min * np.sign(path[0] @ v_min)  # starts positive
    overshoot = max(0.0, -along.min() / along[0])  # furthest past 0
    loss = f(path[:steps])
    changes = np.diff(loss) / loss[1:]
    assert np.min(np.abs(changes)) > 1e-9  # no rise too close to call
    rises = int(np.sum(changes > 0))
    results[beta] = steps, rate, overshoot, rises
    print(
        f"{beta:>6.2f}{steps:>15}{rate:>8.3f}{np.sqrt(beta):>12.3f}"
        f"{overshoot:>10.0%}{rises:>12}"
    )
    if beta > 0.5:  # complex roots: the rate is sqrt(beta)
        assert abs(rate / np.sqrt(beta) - 1) < 0.01
steps_by_beta = [results[b][0] for b in results]
assert steps_by_beta == sorted(steps_by_beta)  # more momentum, more steps
steps_99, overshoot_99, rises_99 = (results[0.99][i] for i in (0, 2, 3))
assert overshoot_99 > 0.5 and 0.4 < rises_99 / steps_99 < 0.6
