"""Backpropagation: one backward pass gives the gradient for every input.

Walking the graph of z = w x, a = sigma(z), L = (a - 1)^2 from L back to the
inputs, each node multiplies the gradient arriving from above by its own
local derivative. The gradient with respect to z is computed once and shared
by w and x. Central differences, by contrast, cost two evaluations of the
loss per input, which we count for a model with 1000 weights.
"""

import numpy as np

from mlfound.calculus import gradient_check, numerical_gradient
from mlfound.nn import sigmoid

# Forward pass, storing what the backward pass needs.
w, x = 0.5, 2.0
z = w * x
a = sigmoid(z)

# Backward pass: upstream gradient times local derivative, node by node.
grad_L = 1.0
grad_a = grad_L * 2 * (a - 1)
grad_z = grad_a * a * (1 - a)
grad_w = grad_z * x  # dz/dw = x
grad_x = grad_z * w  # dz/dx = w
print(f"dL/da = {grad_a:.5f}, dL/dz = {grad_z:.5f}")
print(f"backprop:  dL/dw = {grad_w:.5f}, dL/dx = {grad_x:.5f}")


def loss_of_both(v):
    return (sigmoid(v[0] * v[1]) - 1) ** 2


numeric = numerical_gradient(loss_of_both, [w, x])
assert np.allclose(numeric, [grad_w, grad_x], rtol=1e-8)
print(f"central:   dL/dw = {numeric[0]:.5f}, dL/dx = {numeric[1]:.5f}")

# The cost: 1000 weights, L(w) = (sigma(w . x) - 1)^2.
rng = np.random.default_rng(1)
xs = rng.normal(size=1000) / np.sqrt(1000)
calls = 0


def loss_many(weights):
    global calls
    calls += 1
    return (sigmoid(weights @ xs) - 1) ** 2


def grad_many(weights):
    a = sigmoid(weights @ xs)  # one forward pass ...
    return 2 * (a - 1) * a * (1 - a) * xs  # ... and one backward pass


weights = rng.normal(size=1000)
error = gradient_check(loss_many, grad_many, weights)
assert calls == 2 * weights.size and error < 1e-6
print(f"1000 weights: central differences evaluated the loss {calls} times")
print("gradient check of the backprop gradient: relative error < 1e-6")
