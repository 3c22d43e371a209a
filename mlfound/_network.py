"""A fully connected network of any depth, trained by mini-batch gradient descent.

Part of `mlfound.nn`, which re-exports `Network`. Chapter 5's `TwoLayerNetwork` is
the 2-h-1 sigmoid case written out by hand; this class loops over the layers.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

import numpy as np

from mlfound._checks import check_int_in_range, check_nonnegative_int, check_positive
from mlfound._netchecks import (
    as_binary_targets,
    as_class_labels,
    as_layer_sizes,
    as_real_array,
    check_choice,
    check_layers,
)
from mlfound._softmax import softmax, softmax_cross_entropy

__all__ = ["Network"]


def _sigmoid(Z: np.ndarray) -> np.ndarray:
    # 1 / (1 + e^-z) = exp(-log(1 + e^-z)); logaddexp never forms e^1000
    return np.exp(-np.logaddexp(0.0, -Z))


# phi(Z), and phi'(Z) from Z and H = phi(Z); the kink of ReLU at 0 gets slope 0
_PHI = {
    "relu": (lambda Z: np.maximum(Z, 0.0), lambda Z, H: (Z > 0).astype(float)),
    "tanh": (np.tanh, lambda Z, H: 1.0 - H * H),
    "sigmoid": (_sigmoid, lambda Z, H: H * (1.0 - H)),
}


class Network:
    r"""A fully connected network: affine layers, an activation, a softmax or sigmoid.

    Parameters
    ----------
    layer_sizes : sequence of int
        Widths $d, h_1, \dots, k$ from the input to the output, at least two, each
        >= 1; a softmax output needs $k \ge 2$.
    activation : {"relu", "tanh", "sigmoid"}, default "relu"
        The activation $\phi$ of every hidden layer.
    output : {"softmax", "sigmoid"}, default "softmax"
        Softmax: one distribution over $k$ classes, labels $0, \dots, k - 1$.
        Sigmoid: $k$ independent probabilities of a 1, labels 0/1 of shape (n, k)
        (or (n,) when $k = 1$), as in `TwoLayerNetwork`.
    seed : int, default 0
        Seed of `np.random.default_rng` for the initial weights.

    Attributes
    ----------
    weights : list of numpy.ndarray, shapes (n_in, n_out)
        The model's own weight matrices $W_1, \dots, W_m$: editing them in place (or
        replacing an entry by an array of the same shape) changes the model. Drawn
        from $\mathcal{N}(0, 2 / n_\text{in})$ for ReLU (He) and
        $\mathcal{N}(0, 2 / (n_\text{in} + n_\text{out}))$ otherwise (Xavier/Glorot).
    biases : list of numpy.ndarray, shapes (n_out,)
        The biases $b_1, \dots, b_m$, initially 0.
    layer_sizes : tuple of int
        The widths given.

    Raises
    ------
    ValueError
        If a width is < 1, fewer than two are given, a softmax has fewer than two
        classes, or `activation` or `output` is not one of the options.
    TypeError
        If a width or `seed` is not an integer, or a choice is not a str.

    Notes
    -----
    Forward: $H_0 = X$, $H_j = \phi(H_{j-1} W_j + b_j)$ for the hidden layers, logits
    $Z_m = H_{m-1} W_m + b_m$. The loss is the mean cross-entropy of the labels,
    computed from $Z_m$. Backward: $\delta_m = (\operatorname{softmax}(Z_m) - Y)/n$
    for one-hot labels $Y$ ($(\sigma(Z_m) - Y)/(nk)$ for sigmoid outputs), then for
    $j = m, \dots, 1$: $\nabla_{W_j} = H_{j-1}^\top \delta_j$,
    $\nabla_{b_j} = \sum_i \delta_{j,i}$ and
    $\delta_{j-1} = (\delta_j W_j^\top) \odot \phi'(Z_{j-1})$. Each step is a
    vector-Jacobian product; no Jacobian is ever formed.

    Examples
    --------
    >>> X = np.array([[0.0, 1.0], [1.0, 1.0], [-1.0, -2.0], [2.0, -1.0]])
    >>> y = np.array([2, 1, 0, 1])
    >>> net = Network([2, 5, 3], seed=0)
    >>> net
    Network(2-5-3, activation='relu', output='softmax', seed=0)
    >>> bool(np.allclose(net.predict_proba(X).sum(axis=1), 1.0))
    True
    >>> losses = net.fit(X, y, epochs=300, learning_rate=0.5)
    >>> losses[-1] < losses[0], net.predict(X).tolist()
    (True, [2, 1, 0, 1])
    >>> nll = -np.mean(np.log(net.predict_proba(X)[np.arange(4), y]))
    >>> bool(np.isclose(net.loss(X, y), nll))  # the mean negative log-likelihood
    True
    """

    def __init__(
        self,
        layer_sizes: Sequence[int],
        *,
        activation: str = "relu",
        output: str = "softmax",
        seed: int = 0,
    ) -> None:
        self.activation = check_choice(activation, "activation", tuple(_PHI))
        self.output = check_choice(output, "output", ("softmax", "sigmoid"))
        sizes = as_layer_sizes(layer_sizes, self.output)
        self.seed = check_nonnegative_int(seed, "seed")
        self.layer_sizes = sizes
        rng = np.random.default_rng(self.seed)
        self.weights: list[np.ndarray] = []
        self.biases: list[np.ndarray] = []
        for n_in, n_out in itertools.pairwise(sizes):
            variance = 2 / n_in if activation == "relu" else 2 / (n_in + n_out)
            self.weights.append(rng.normal(0.0, np.sqrt(variance), (n_in, n_out)))
            self.biases.append(np.zeros(n_out))

    def __repr__(self) -> str:
        widths = "-".join(str(size) for size in self.layer_sizes)
        return (
            f"{type(self).__name__}({widths}, activation={self.activation!r}, "
            f"output={self.output!r}, seed={self.seed})"
        )

    def _check_X(self, X: Any) -> np.ndarray:
        # weights and biases may have been edited: check them before they are used
        check_layers(self.weights, self.biases, self.layer_sizes)
        X = as_real_array(X, "X", ndim=2)
        if X.shape[1] != self.layer_sizes[0]:
            raise ValueError(
                f"X must have {self.layer_sizes[0]} columns (layer_sizes[0]): "
                f"shape is {X.shape}"
            )
        return X

    def _check_y(self, y: Any, n: int) -> np.ndarray:
        k = self.layer_sizes[-1]
        if self.output == "softmax":
            return as_class_labels(y, "y", n, k, against="rows of X")
        return as_binary_targets(y, "y", n, k)

    def _pass(self, X: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Pre-activations Z_1..Z_m (Z_m: the logits) and activations H_0 = X..H_m-1."""
        Zs, Hs = [], [X]
        with np.errstate(over="ignore", invalid="ignore"):  # checked just below
            for j, (W, b) in enumerate(zip(self.weights, self.biases, strict=True)):
                Zs.append(Hs[-1] @ W + b)
                if j < len(self.weights) - 1:
                    Hs.append(_PHI[self.activation][0](Zs[-1]))
        if not all(np.all(np.isfinite(Z)) for Z in Zs):
            raise ValueError(
                "X is too large for this network: a layer's output overflows "
                f"float64 (largest |X| is {float(np.max(np.abs(X))):.3g}); "
                "rescale the inputs"
            )
        return Zs, Hs

    def _loss(self, Y: np.ndarray, Z: np.ndarray) -> float:
        if self.output == "softmax":
            return softmax_cross_entropy(Y, Z)
        # s = +1 for a label 1 and -1 for a label 0: the loss is log(1 + e^(-s z))
        return float(np.mean(np.logaddexp(0.0, -(2.0 * Y - 1.0) * Z)))

    def _gradients(
        self, X: np.ndarray, Y: np.ndarray
    ) -> tuple[float, list[np.ndarray], list[np.ndarray]]:
        """loss(X, Y) and its gradients, from one forward and one backward pass."""
        Zs, Hs = self._pass(X)
        loss = self._loss(Y, Zs[-1])
        if self.output == "softmax":
            delta = softmax(Zs[-1])
            delta[np.arange(len(Y)), Y] -= 1.0  # softmax - one-hot
            delta /= len(Y)
        else:
            delta = (_sigmoid(Zs[-1]) - Y) / Y.size
        m = len(self.weights)
        grad_W: list[np.ndarray] = [np.empty(0)] * m
        grad_b: list[np.ndarray] = [np.empty(0)] * m
        for j in range(m - 1, -1, -1):  # layer j + 1 of the Notes, backwards
            grad_W[j] = Hs[j].T @ delta
            grad_b[j] = delta.sum(axis=0)
            if j > 0:
                slope = _PHI[self.activation][1](Zs[j - 1], Hs[j])
                delta = (delta @ self.weights[j].T) * slope
        return loss, grad_W, grad_b

    def forward(self, X: Any) -> np.ndarray:
        """Output probabilities, shape (n, k), for inputs `X` of shape (n, d)."""
        Z = self._pass(self._check_X(X))[0][-1]
        return softmax(Z) if self.output == "softmax" else _sigmoid(Z)

    def predict_proba(self, X: Any) -> np.ndarray:
        """The same as `forward`: probabilities, shape (n, k)."""
        return self.forward(X)

    def predict(self, X: Any) -> np.ndarray:
        """The most probable class; for sigmoid outputs 0/1 where p >= 0.5."""
        P = self.forward(X)
        if self.output == "softmax":
            return np.argmax(P, axis=1)
        labels = (P >= 0.5).astype(int)
        return labels[:, 0] if labels.shape[1] == 1 else labels

    def loss(self, X: Any, y: Any) -> float:
        """Mean cross-entropy of the labels `y`, from the logits (no weight decay)."""
        X = self._check_X(X)
        return self._loss(self._check_y(y, X.shape[0]), self._pass(X)[0][-1])

    def gradients(self, X: Any, y: Any) -> dict[str, list[np.ndarray]]:
        """The exact gradient of `loss(X, y)`: {"weights": [...], "biases": [...]}.

        Each list matches the attribute of the same name, array by array.
        """
        X = self._check_X(X)
        Y = self._check_y(y, X.shape[0])
        with np.errstate(over="ignore", invalid="ignore"):  # checked just below
            _, grad_W, grad_b = self._gradients(X, Y)
        if not all(np.all(np.isfinite(g)) for g in [*grad_W, *grad_b]):
            raise ValueError(
                "X is too large for this network: its gradient overflows float64 "
                f"(largest |X| is {float(np.max(np.abs(X))):.3g}); rescale the inputs"
            )
        return {"weights": grad_W, "biases": grad_b}

    def fit(
        self,
        X: Any,
        y: Any,
        *,
        epochs: int,
        learning_rate: float,
        batch_size: int | None = None,
        weight_decay: float = 0.0,
        seed: int = 0,
    ) -> list[float]:
        r"""Train by mini-batch gradient descent; return the objective of each epoch.

        Each epoch shuffles the rows of `X` (with `np.random.default_rng(seed)`),
        cuts them into batches of `batch_size` (the last may be smaller; None: one
        batch of all n, full-batch gradient descent, no shuffling) and, for each
        batch, updates in place $W \leftarrow W - \eta (\nabla_W + \alpha W)$ and
        $b \leftarrow b - \eta \nabla_b$, with $\eta$ = `learning_rate` and
        $\alpha$ = `weight_decay` >= 0. That descends the objective
        $\mathcal{L} + \frac{\alpha}{2} \sum_j \lVert W_j \rVert_F^2$ (biases are
        not penalised). Entry t of the result is the mean over epoch t of this
        objective on each batch just before its update; with `batch_size=None`,
        the objective on all of (X, y) before update t, as in `TwoLayerNetwork`.

        If a step would make a parameter or the objective non-finite (far too
        large a learning rate), the network keeps its last finite parameters and
        a `ValueError` names `learning_rate`.
        """
        X = self._check_X(X)
        Y = self._check_y(y, X.shape[0])
        n = X.shape[0]
        epochs = check_nonnegative_int(epochs, "epochs")
        eta = check_positive(learning_rate, "learning_rate")
        batch = n
        if batch_size is not None:
            batch = check_int_in_range(batch_size, "batch_size", 1, n)
        alpha = float(as_real_array(weight_decay, "weight_decay", ndim=0))
        if alpha < 0:
            raise ValueError(f"weight_decay must be >= 0: got {weight_decay!r}")
        rng = np.random.default_rng(check_nonnegative_int(seed, "seed"))
        params, objectives = self.weights + self.biases, []
        with np.errstate(over="ignore", invalid="ignore"):  # checked below
            for epoch in range(epochs):
                order = np.arange(n) if batch_size is None else rng.permutation(n)
                total = 0.0
                for start in range(0, n, batch):
                    rows = order[start : start + batch]
                    try:  # a ValueError: NaN, inf or logits beyond the float64 range
                        loss, grad_W, grad_b = self._gradients(X[rows], Y[rows])
                        penalty = sum(float(np.sum(W * W)) for W in self.weights)
                        total += (loss + alpha / 2 * penalty) * len(rows)
                        decayed = [
                            g + alpha * W
                            for W, g in zip(self.weights, grad_W, strict=True)
                        ]
                        new = [
                            p - eta * g
                            for p, g in zip(params, decayed + grad_b, strict=True)
                        ]
                        if not all(np.all(np.isfinite(p)) for p in [*new, total]):
                            raise ValueError
                    except ValueError:
                        also = f" with weight_decay={alpha!r}" if alpha else ""
                        raise ValueError(
                            f"learning_rate={eta!r}{also} made training diverge "
                            f"at epoch {epoch}, or X is too large to train on"
                        ) from None
                    for old, value in zip(params, new, strict=True):
                        old[...] = value  # in place: the arrays stay the model's own
                objectives.append(total / n)
        return objectives
