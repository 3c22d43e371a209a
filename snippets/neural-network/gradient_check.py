"""Check every gradient of the network against central differences.

For each parameter, the loss is seen as a function of that parameter alone
(flattened to a vector), and numerical_gradient nudges one entry at a time.
gradient_check reports the largest difference relative to the largest entry.
Below 1e-6 a gradient is almost surely right; what is left here is rounding
noise, whose digits vary by computer, so the errors are printed as a bound.
"""

import copy

from mlfound.calculus import gradient_check, numerical_gradient
from mlfound.datasets import line_separated
from mlfound.nn import TwoLayerNetwork, binary_cross_entropy

X, y = line_separated(n=100, seed=0)  # labelled by the line x1 + x2 = 0

net = TwoLayerNetwork(2, 4, seed=0)
analytic = net.gradients(X, y)


def loss_of(name):
    """The loss as a function of one flattened parameter, others fixed."""
    shape = getattr(net, name).shape

    def f(values):
        trial = copy.copy(net)  # a shallow copy: setattr leaves net alone
        setattr(trial, name, values.reshape(shape))
        return binary_cross_entropy(y, trial.forward(X))

    return f


RIGHT = (
    1e-6  # a relative error below this: the gradient is almost surely right
)
BOUND = 1e-7  # what is printed: a tenth of that, far above the rounding noise
w2 = net.W2.ravel()
chain = analytic["W2"].ravel()
numeric = numerical_gradient(loss_of("W2"), w2)
shown = [" ".join(f"{v:+.6f}" for v in g) for g in (chain, numeric)]
assert shown[0] == shown[1]  # they agree to all the digits printed
print("dL/dW2 chain rule:", shown[0])
print("dL/dW2 numerical: ", shown[1])
print("max relative error per parameter:")
for name in ("W1", "b1", "W2", "b2"):
    error = gradient_check(
        loss_of(name),
        lambda values, name=name: analytic[name].ravel(),
        getattr(net, name).ravel(),
    )
    assert error < BOUND < RIGHT
    print(f"  {name:2} shape {analytic[name].shape!s:7} < 1e-7")
