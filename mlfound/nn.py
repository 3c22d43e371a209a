"""A neural network from scratch: stable sigmoid, log-loss, a two-layer network.

Chapter 5 puts the book together. The forward pass is linear algebra, the loss is
the Bernoulli negative log-likelihood (binary cross-entropy), the backward pass is
the chain rule, and training is gradient descent. Every formula here is written so
that extreme inputs give the right limit instead of an overflow or a NaN.

This module holds the network, `TwoLayerNetwork`. The activation and the losses
(`sigmoid`, `binary_cross_entropy`, `binary_cross_entropy_from_logits`,
`mean_squared_error`, `BCE_EPS`) live in the private `mlfound._losses` and are
documented and imported here, as are `softmax` and `softmax_cross_entropy` (from
`mlfound._softmax`) and `Network`, a network of any depth trained by mini-batch
gradient descent (`mlfound._network`).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlfound._checks import (
    as_finite_array,
    check_int_in_range,
    check_nonnegative_int,
    check_positive,
)
from mlfound._losses import (
    BCE_EPS,
    binary_cross_entropy,
    binary_cross_entropy_from_logits,
    logistic,
    logit_loss,
    mean_squared_error,
    sigmoid,
)
from mlfound._network import Network
from mlfound._numerics import exponent_of, unscale
from mlfound._softmax import softmax, softmax_cross_entropy
from mlfound._values import as_binary_labels

__all__ = [
    "BCE_EPS",
    "Network",
    "TwoLayerNetwork",
    "binary_cross_entropy",
    "binary_cross_entropy_from_logits",
    "mean_squared_error",
    "sigmoid",
    "softmax",
    "softmax_cross_entropy",
]


class TwoLayerNetwork:
    r"""A network with one sigmoid hidden layer and sigmoid outputs.

    Parameters
    ----------
    n_inputs, n_hidden : int
        Number of input features d and hidden units h, both >= 1.
    n_outputs : int, default 1
        Number of outputs k, each an independent probability of a 1.
    seed : int, default 0
        Seed of `np.random.default_rng` for the initial weights.

    Attributes
    ----------
    W1 : numpy.ndarray, shape (d, h)
        Input-to-hidden weights, drawn from $N(0, 1/d)$.
    b1 : numpy.ndarray, shape (h,)
        Hidden biases, initially 0.
    W2 : numpy.ndarray, shape (h, k)
        Hidden-to-output weights, drawn from $N(0, 1/h)$.
    b2 : numpy.ndarray, shape (k,)
        Output biases, initially 0.

    Raises
    ------
    ValueError
        If a size is < 1 or `seed` is negative.
    TypeError
        If a size or `seed` is not an integer (`2.0` and `True` are not).

    Notes
    -----
    Forward: $H = \sigma(X W_1 + b_1)$, $P = \sigma(Z)$ with $Z = H W_2 + b_2$.
    The loss is the binary cross-entropy $L$ averaged over all $n k$ outputs.
    Backward, by the chain rule: $\partial L / \partial Z = (P - Y) / (n k)$ (the
    sigmoid's derivative $p(1 - p)$ cancels against the log-loss), then
    $\nabla_{W_2} = H^\top \partial Z$, $\nabla_{b_2} = \sum_i \partial Z_i$,
    $\partial A = (\partial Z\, W_2^\top) \odot H \odot (1 - H)$ for the hidden
    pre-activations $A$, $\nabla_{W_1} = X^\top \partial A$ and
    $\nabla_{b_1} = \sum_i \partial A_i$. Random initial weights break the
    symmetry between hidden units; scaling by $1/\sqrt{\text{fan-in}}$ keeps the
    pre-activations of order 1, where the sigmoid is not flat.

    The methods take `X` of shape (n, n_inputs) and 0/1 labels `y` (as for
    `binary_cross_entropy`) and raise `ValueError` or `TypeError` naming `X` or
    `y`. Inputs of any finite size work: a pre-activation beyond the float64 range
    saturates its sigmoid to exactly 0 or 1; `gradients` raises `ValueError`
    naming `X` only if a gradient itself exceeds that range.

    Examples
    --------
    >>> X = np.array([[0.0, 1.0], [1.0, 1.0], [-1.0, -2.0]])
    >>> y = np.array([1, 1, 0])
    >>> net = TwoLayerNetwork(2, 4, seed=0)
    >>> net
    TwoLayerNetwork(2-4-1, seed=0)
    >>> net.forward(X).shape
    (3, 1)
    >>> grads = net.gradients(X, y)
    >>> sorted(grads), grads["W1"].shape == net.W1.shape
    (['W1', 'W2', 'b1', 'b2'], True)
    >>> losses = net.fit(X, y, epochs=200, learning_rate=1.0)
    >>> losses[-1] < losses[0], net.predict(X).tolist()
    (True, [1, 1, 0])
    >>> bool(np.isclose(net.loss(X, y), binary_cross_entropy(y, net.forward(X))))
    True
    """

    def __init__(
        self, n_inputs: int, n_hidden: int, n_outputs: int = 1, *, seed: int = 0
    ) -> None:
        d = check_int_in_range(n_inputs, "n_inputs", 1)
        h = check_int_in_range(n_hidden, "n_hidden", 1)
        k = check_int_in_range(n_outputs, "n_outputs", 1)
        self.seed = check_nonnegative_int(seed, "seed")
        rng = np.random.default_rng(self.seed)
        self.W1 = rng.normal(0.0, 1.0 / np.sqrt(d), size=(d, h))
        self.b1 = np.zeros(h)
        self.W2 = rng.normal(0.0, 1.0 / np.sqrt(h), size=(h, k))
        self.b2 = np.zeros(k)

    def __repr__(self) -> str:
        (d, h), k = self.W1.shape, self.W2.shape[1]
        return f"{type(self).__name__}({d}-{h}-{k}, seed={self.seed})"

    def _check_X(self, X: Any) -> np.ndarray:
        X = as_finite_array(X, "X", ndim=2)
        if X.shape[1] != self.W1.shape[0]:
            raise ValueError(
                f"X must have {self.W1.shape[0]} columns (n_inputs): shape is {X.shape}"
            )
        return X

    def _check_y(self, y: Any, n: int) -> np.ndarray:
        y = as_binary_labels(y, "y", ndim=(1, 2))
        k = self.W2.shape[1]
        if y.ndim == 1 and k == 1:
            y = y[:, None]  # (n,) and (n, 1) mean the same labels
        if y.shape != (n, k):
            raise ValueError(f"y must have shape ({n}, {k}) to match X: got {y.shape}")
        return y

    def _forward(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Hidden activations H (n, h) and output logits Z (n, k)."""
        # X near 1.8e308 would overflow X @ W1 into inf - inf = NaN: multiply in units
        # of 2**e, then a pre-activation beyond the float64 range is +-inf, and the
        # sigmoid of it exactly 1 or 0, as it should be.
        e = exponent_of(X)
        with np.errstate(over="ignore"):
            A = X @ self.W1 if e == 0 else np.ldexp(np.ldexp(X, -e) @ self.W1, e)
            H = logistic(A + self.b1)
        return H, H @ self.W2 + self.b2

    def _loss_and_gradients(
        self, X: np.ndarray, Y: np.ndarray
    ) -> tuple[float, dict[str, np.ndarray]]:
        H, Z = self._forward(X)
        loss = logit_loss(Y, Z)
        dZ = (logistic(Z) - Y) / Y.size  # dL/dZ for the mean log-loss
        dA = (dZ @ self.W2.T) * H * (1.0 - H)  # back through W2 and the sigmoid
        e = exponent_of(X)  # as in _forward: X.T @ dA in units of 2**e
        grads = {
            "W1": unscale(np.ldexp(X, -e).T @ dA, e, "X", "the gradient for W1"),
            "b1": dA.sum(axis=0),
            "W2": H.T @ dZ,
            "b2": dZ.sum(axis=0),
        }
        return loss, grads

    def forward(self, X: Any) -> np.ndarray:
        """Output probabilities, shape (n, n_outputs), for inputs `X` (n, n_inputs)."""
        return logistic(self._forward(self._check_X(X))[1])

    def predict_proba(self, X: Any) -> np.ndarray:
        """The same as `forward`: probabilities of a 1, shape (n, n_outputs)."""
        return self.forward(X)

    def predict(self, X: Any) -> np.ndarray:
        """0/1 labels (probability >= 0.5): shape (n,) for one output, else (n, k)."""
        labels = (self.forward(X) >= 0.5).astype(int)
        return labels[:, 0] if labels.shape[1] == 1 else labels

    def loss(self, X: Any, y: Any) -> float:
        """Binary cross-entropy of the network on (X, y), computed from the logits.

        It equals `binary_cross_entropy(y, self.forward(X))` except where that
        clips a probability within 1e-15 of 0 or 1; this is the exact loss whose
        gradient `gradients` returns.
        """
        X = self._check_X(X)
        Y = self._check_y(y, X.shape[0])
        return logit_loss(Y, self._forward(X)[1])

    def gradients(self, X: Any, y: Any) -> dict[str, np.ndarray]:
        """Gradient of `loss(X, y)` for each parameter, keyed "W1", "b1", "W2", "b2".

        `X` has shape (n, n_inputs) and `y` holds 0/1 labels of shape
        (n, n_outputs), or (n,) for one output. Each array has the shape of its
        parameter. See the class Notes for the backward pass.
        """
        X = self._check_X(X)
        return self._loss_and_gradients(X, self._check_y(y, X.shape[0]))[1]

    def fit(self, X: Any, y: Any, *, epochs: int, learning_rate: float) -> list[float]:
        """Train by full-batch gradient descent and return the loss of each epoch.

        Entry t of the result is `loss(X, y)` before update t, the loss whose
        gradient that update follows. `epochs` must be >= 0 and `learning_rate`
        > 0. If a step would make a parameter or the loss non-finite (far too
        large a learning rate), the network keeps its last finite parameters and
        a `ValueError` names `learning_rate`.
        """
        X = self._check_X(X)
        Y = self._check_y(y, X.shape[0])
        epochs = check_nonnegative_int(epochs, "epochs")
        eta = check_positive(learning_rate, "learning_rate")
        losses: list[float] = []
        with np.errstate(over="ignore", invalid="ignore"):  # checked just below
            for epoch in range(epochs):
                loss, grads = self._loss_and_gradients(X, Y)
                new = {name: getattr(self, name) - eta * g for name, g in grads.items()}
                if not (
                    np.isfinite(loss)
                    and all(np.isfinite(v).all() for v in new.values())
                ):
                    raise ValueError(
                        f"learning_rate={eta!r} made training diverge at epoch {epoch}"
                    )
                for name, value in new.items():
                    setattr(self, name, value)
                losses.append(loss)
        return losses
