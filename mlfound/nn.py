"""A neural network from scratch: stable sigmoid, log-loss, a two-layer network.

Chapter 5 puts the book together. The forward pass is linear algebra, the loss is
the Bernoulli negative log-likelihood (binary cross-entropy), the backward pass is
the chain rule, and training is gradient descent. Every formula here is written so
that extreme inputs give the right limit instead of an overflow or a NaN.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlfound._checks import (
    as_binary_labels,
    as_finite_array,
    as_unit_interval,
    check_nonnegative_int,
    check_positive,
)

__all__ = [
    "BCE_EPS",
    "TwoLayerNetwork",
    "binary_cross_entropy",
    "binary_cross_entropy_from_logits",
    "mean_squared_error",
    "sigmoid",
]

#: The least probability `binary_cross_entropy` lets a model give the observed label.
BCE_EPS = 1e-15


def _sigmoid(z: np.ndarray) -> np.ndarray:
    # exp(-|z|) lies in (0, 1], so nothing overflows; for z < 0 use the algebraically
    # equal form e^z / (1 + e^z). Underflow to 0 is the correct limit, not an error.
    with np.errstate(under="ignore"):
        e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def sigmoid(z: Any) -> float | np.ndarray:
    r"""The logistic function, computed without overflow for any finite input.

    Parameters
    ----------
    z : float or array_like, any shape
        Inputs (logits).

    Returns
    -------
    float or numpy.ndarray
        Values in [0, 1]: a float for scalar `z`, else an array of its shape.

    Raises
    ------
    ValueError
        If `z` contains NaN or inf.

    Notes
    -----
    $\sigma(z) = 1 / (1 + e^{-z}) = e^{z} / (1 + e^{z})$. The first form
    overflows for $z \ll 0$ ($e^{1000}$), the second for $z \gg 0$, so each is used
    where its exponent is $-|z| \le 0$. Then $\sigma(\pm 1000)$ is exactly 1 and 0,
    and $\sigma(-z) = 1 - \sigma(z)$ holds up to rounding.

    Examples
    --------
    >>> sigmoid(0.0), sigmoid(-1000.0), sigmoid(1000.0)
    (0.5, 0.0, 1.0)
    >>> bool(np.isclose(sigmoid(2.0), 1 / (1 + np.exp(-2.0))))
    True
    """
    s = _sigmoid(as_finite_array(z, "z"))
    return float(s) if s.ndim == 0 else s


def _paired(y_true: Any, other: np.ndarray, name: str) -> np.ndarray:
    """Check 0/1 labels against predictions of shape (n,), (n, 1) or (n, k).

    Labels (n,) and predictions (n, 1) describe the same thing; broadcasting them
    would silently build an (n, n) table, so the labels are reshaped instead.
    """
    y = as_binary_labels(y_true, "y_true", ndim=(1, 2))
    if y.ndim == 1 and other.shape == (y.size, 1):
        y = y[:, None]
    if y.shape != other.shape:
        raise ValueError(
            f"y_true and {name} must have the same shape: {y.shape} and {other.shape}"
        )
    return y


def binary_cross_entropy(y_true: Any, p: Any) -> float:
    r"""Mean log-loss of predicted probabilities `p` for 0/1 labels `y_true`.

    Parameters
    ----------
    y_true : array_like, shape (n,) or (n, k)
        Labels, each 0 or 1.
    p : array_like, shape of `y_true` (or (n, 1) for labels of shape (n,))
        Predicted probabilities of a 1, in [0, 1].

    Returns
    -------
    float
        The mean over all entries; finite even where `p` is exactly 0 or 1.

    Raises
    ------
    ValueError
        If `y_true` holds values other than 0 and 1, `p` lies outside [0, 1],
        either holds NaN or inf, or their shapes differ.

    Notes
    -----
    $L = -\frac{1}{n}\sum_i [y_i \log p_i + (1 - y_i)\log(1 - p_i)]$, the mean
    Bernoulli negative log-likelihood (`mlfound.probability.bernoulli_nll`).
    A confident wrong answer ($p_i = 0$, $y_i = 1$) has infinite loss, so the
    probability given to the observed label, $q_i = p_i$ or $1 - p_i$, is clipped
    below at $\epsilon$ = `BCE_EPS` = 1e-15: a sure mistake costs
    $-\log\epsilon \approx 34.54$ instead of inf, and a sure hit costs exactly 0.
    (Clipping `p` to $[\epsilon, 1 - \epsilon]$ instead would be lopsided, since
    $1 - 10^{-15}$ rounds in float64.) From logits,
    `binary_cross_entropy_from_logits` needs no clipping at all.

    Examples
    --------
    >>> y, p = [1, 0, 1], [0.9, 0.2, 0.6]
    >>> round(binary_cross_entropy(y, p), 4)
    0.2798
    >>> by_hand = -(np.log(0.9) + np.log(0.8) + np.log(0.6)) / 3
    >>> bool(np.isclose(binary_cross_entropy(y, p), by_hand))
    True
    >>> round(binary_cross_entropy([1], [0.0]), 2)  # -log(1e-15), not inf
    34.54
    """
    p = as_unit_interval(p, "p", ndim=(1, 2))
    y = _paired(y_true, p, "p")
    q = np.maximum(np.where(y == 1, p, 1.0 - p), BCE_EPS)  # P(observed label)
    return float(0.0 - np.mean(np.log(q)))


def binary_cross_entropy_from_logits(y_true: Any, z: Any) -> float:
    r"""Mean log-loss computed from logits `z`, stable for any finite `z`.

    Parameters
    ----------
    y_true : array_like, shape (n,) or (n, k)
        Labels, each 0 or 1.
    z : array_like, shape of `y_true` (or (n, 1) for labels of shape (n,))
        Logits: the predicted probability of a 1 is $\sigma(z)$.

    Returns
    -------
    float
        The mean over all entries of $-\log \sigma(z)$ (label 1) or
        $-\log(1 - \sigma(z))$ (label 0); exact, no clipping.

    Raises
    ------
    ValueError
        If `y_true` holds values other than 0 and 1, either holds NaN or inf, or
        their shapes differ.

    Notes
    -----
    $-\log\sigma(z) = \log(1 + e^{-z})$ and $-\log(1 - \sigma(z)) = \log(1 + e^{z})$,
    so with $s = 2y - 1$ the loss is $\frac{1}{n}\sum_i \log(1 + e^{-s_i z_i})$,
    evaluated as `np.logaddexp(0, -s * z)` without forming $e^{1000}$.

    Examples
    --------
    >>> z = np.array([2.0, -1.0, 0.5])
    >>> loss = binary_cross_entropy_from_logits([1, 0, 1], z)
    >>> bool(np.isclose(loss, binary_cross_entropy([1, 0, 1], sigmoid(z))))
    True
    >>> binary_cross_entropy_from_logits([1, 0], [-1000.0, 1000.0])
    1000.0
    """
    z = as_finite_array(z, "z", ndim=(1, 2))
    return _logit_loss(_paired(y_true, z, "z"), z)


def _logit_loss(y: np.ndarray, z: np.ndarray) -> float:
    # s = +1 for a label 1 and -1 for a label 0: the loss is log(1 + exp(-s z))
    return float(np.mean(np.logaddexp(0.0, -(2.0 * y - 1.0) * z)))


def mean_squared_error(y_true: Any, p: Any) -> float:
    r"""Mean squared difference between labels and predictions.

    Parameters
    ----------
    y_true : array_like, shape (n,) or (n, k)
        Labels, each 0 or 1.
    p : array_like, shape of `y_true` (or (n, 1) for labels of shape (n,))
        Predictions, finite.

    Returns
    -------
    float
        $\frac{1}{n}\sum_i (p_i - y_i)^2$, averaged over all entries.

    Raises
    ------
    ValueError
        If `y_true` holds values other than 0 and 1, either holds NaN or inf, or
        their shapes differ.

    Notes
    -----
    With a sigmoid output $p = \sigma(z)$ the gradient of this loss is
    $\frac{2}{n}(p - y)\,p(1 - p)$ per logit, not the $\frac{1}{n}(p - y)$ of
    cross-entropy: reporting one loss while descending the other's gradient is
    the pitfall of chapter 5.

    Examples
    --------
    >>> mean_squared_error([1, 0], [0.75, 0.5])
    0.15625
    >>> (0.25**2 + 0.5**2) / 2
    0.15625
    """
    p = as_finite_array(p, "p", ndim=(1, 2))
    y = _paired(y_true, p, "p")
    return float(np.mean((p - y) ** 2))


def _positive_int(value: Any, name: str) -> int:
    value = check_nonnegative_int(value, name)
    if value == 0:
        raise ValueError(f"{name} must be >= 1: got 0")
    return value


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
        d = _positive_int(n_inputs, "n_inputs")
        h = _positive_int(n_hidden, "n_hidden")
        k = _positive_int(n_outputs, "n_outputs")
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
        H = _sigmoid(X @ self.W1 + self.b1)
        return H, H @ self.W2 + self.b2

    def _loss_and_gradients(
        self, X: np.ndarray, Y: np.ndarray
    ) -> tuple[float, dict[str, np.ndarray]]:
        H, Z = self._forward(X)
        loss = _logit_loss(Y, Z)
        dZ = (_sigmoid(Z) - Y) / Y.size  # dL/dZ for the mean log-loss
        dA = (dZ @ self.W2.T) * H * (1.0 - H)  # back through W2 and the sigmoid
        grads = {
            "W1": X.T @ dA,
            "b1": dA.sum(axis=0),
            "W2": H.T @ dZ,
            "b2": dZ.sum(axis=0),
        }
        return loss, grads

    def forward(self, X: Any) -> np.ndarray:
        """Output probabilities, shape (n, n_outputs), for inputs `X` (n, n_inputs)."""
        return _sigmoid(self._forward(self._check_X(X))[1])

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
        return _logit_loss(Y, self._forward(X)[1])

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
