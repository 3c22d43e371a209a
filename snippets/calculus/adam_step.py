"""Adam's effective step is about eta, whatever the size of the gradient.

1. Scaling the loss by 1,000 scales every gradient by 1,000 and leaves
   Adam's path unchanged (up to eps); gradient descent with the same
   learning rate explodes.
2. A coordinate moves by at most about eta per step, so eta is a distance:
   Adam cannot cover a distance D in fewer than about D / eta steps.
3. Under mini-batch noise the steps stay of order eta near the minimum
   instead of shrinking with the gradient, so Adam hovers around w*.
"""

import numpy as np

from mlfound.calculus import gradient_descent, newton
from mlfound.datasets import line_separated
from mlfound.nn import sigmoid
from mlfound.optim import adam

X, y = line_separated()
n, alpha = len(y), 0.01


def grad(w, rows=slice(None)):
    Xb, yb = X[rows], y[rows]
    return Xb.T @ (sigmoid(Xb @ w) - yb) / len(yb) + alpha * w


def hess(w):
    p = sigmoid(X @ w)
    return X.T @ (X * (p * (1 - p))[:, None]) / n + alpha * np.eye(2)


w_star = newton(grad, hess, np.zeros(2), n_steps=50, tol=1e-15)[-1]
start = np.zeros(2)

# 1. On the valley x^2 + 10y^2 + 4xy: the same path for f and for 1,000 f
H = np.array([[2.0, 4.0], [4.0, 20.0]])
valley = [3.0, 2.0]
runs = {}
for scale in [1, 1000]:
    runs["Adam", scale] = adam(
        lambda w, c=scale: c * H @ w, valley, learning_rate=0.05, n_steps=300
    )
    runs["GD", scale] = gradient_descent(
        lambda w, c=scale: c * H @ w, valley, learning_rate=0.05, n_steps=300
    )
gap = np.max(np.abs(runs["Adam", 1] - runs["Adam", 1000]))
assert gap < 1e-6
assert np.linalg.norm(runs["GD", 1][-1]) < 1e-3  # GD converges on f ...
assert len(runs["GD", 1000]) < 301  # ... and overflows on 1000 f
print(
    "eta = 0.05 on the valley: Adam's paths on f and 1000 f differ by < 1e-6;"
)
print(
    f"gradient descent converges on f and overflows on 1000 f after "
    f"{len(runs['GD', 1000]) - 1} steps"
)

# 2. eta is a distance per step: the logistic loss from w = 0
far = np.max(np.abs(w_star - start))  # the coordinate that must move most
print(f"|w* - start| in the farthest coordinate: {far:.2f}")
for eta in [0.1, 0.01]:  # with Adam's default decay rates and eps, spelled out
    path = adam(
        grad,
        start,
        learning_rate=eta,
        n_steps=2000,
        beta1=0.9,
        beta2=0.999,
        eps=1e-8,
    )
    steps = int(np.argmax(np.max(np.abs(path - w_star), axis=1) < 0.01))
    assert steps >= (far - 0.01) / eta
    print(
        f"  eta = {eta:<5}: {steps:4d} steps to come within 0.01 "
        f"(at least {far / eta:.0f} needed)"
    )


# 3. Mini-batches of 10: in the last epoch, far into the run, the steps are
# still a sizeable share of eta, the same share for f and for 1,000 f
def minibatch(scale, seed=0):
    rng = np.random.default_rng(seed)
    queue = []

    def estimate(w):
        if not queue:
            queue.extend(np.array_split(rng.permutation(n), n // 10))
        return scale * grad(w, queue.pop())

    return estimate


print(f"{'eta':>6}{'loss x':>8}{'mean step / eta':>17}{'|w - w*|':>10}")
shares = {}
for eta in [0.1, 0.01]:
    for scale in [1, 1000]:
        path = adam(minibatch(scale), start, learning_rate=eta, n_steps=3000)
        last = path[-10:]  # the last epoch
        share = np.mean(np.linalg.norm(np.diff(last, axis=0), axis=1)) / eta
        shares[eta, scale] = share
        distance = np.linalg.norm(path[-1] - w_star)
        print(f"{eta:>6}{scale:>8}{share:>17.2f}{distance:>10.4f}")
    assert abs(shares[eta, 1000] / shares[eta, 1] - 1) < 0.01  # scale-free
    assert shares[eta, 1] > 0.05  # steps of the order of eta, not vanishing
share_01, share_001 = shares[0.1, 1], shares[0.01, 1]
