r"""Reverse-mode automatic differentiation on scalars: the `Value` class.

Every arithmetic operation on `Value` objects records, in the result, which values it
was computed from and the local derivative with respect to each of them. The
recorded operations form a graph from the inputs to the output; `backward` walks it
from the output back to the inputs, multiplying and summing local derivatives by the
chain rule, so one backward pass gives the derivative of the output with respect to
every value in the graph. This is what deep-learning frameworks do, with arrays in
place of scalars.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from mlfound._checks import as_finite_scalar

__all__ = ["Value"]

_REAL = (int, float, np.integer, np.floating)


def _is_real(value: Any) -> bool:
    return isinstance(value, _REAL) and not isinstance(value, (bool, np.bool_))


def _operand(value: Any, op: str) -> float:
    """A plain number used in an operation with a `Value`, as a finite float."""
    try:
        number = float(value)
    except OverflowError:  # a Python int beyond the float range
        raise ValueError(f"the number in {op} must be finite: got {value!r}") from None
    if not math.isfinite(number):
        raise ValueError(f"the number in {op} must be finite: got {value!r}")
    return number


class Value:
    r"""A scalar that remembers how it was computed, for reverse-mode differentiation.

    Parameters
    ----------
    data : float
        The number, finite: a Python or numpy integer or float (not a bool).

    Attributes
    ----------
    data : float
        The value itself.
    grad : float
        After `out.backward()`, the derivative $\partial\, \mathrm{out} /
        \partial\, \mathrm{self}$; 0.0 before.

    Raises
    ------
    ValueError
        If `data` is NaN or inf, or an operation's result or its derivative is not
        finite (`exp` overflowing, `log` of a number <= 0, division by zero, a
        negative number to a fractional power).
    TypeError
        If `data` or an operand is not a real number (a bool, a string, None, a
        complex number); `**` accepts only a plain number as the exponent.

    Notes
    -----
    Supported: `+ - * /` with `Value` objects or plain numbers on either side,
    `** number`, unary minus, and the methods `exp`, `log`, `tanh`, `sigmoid` and
    `relu` (whose derivative at 0 is taken to be 0). Each result stores its
    parents $u$ with the local derivatives $\partial v / \partial u$. `backward`
    orders the graph so that every value comes after all the values it was computed
    from (a topological order, found without recursion, so graphs of any depth
    work), sets every `grad` to 0 and the output's to 1, and then, from the output
    back, adds $\bar v \cdot \partial v / \partial u$ to each parent's
    $\bar u$. A value used several times collects one term per use: the
    multivariable chain rule $\bar u = \sum_{v} \bar v\, \partial v / \partial u$.

    Examples
    --------
    The one-neuron loss $(\sigma(w x) - 1)^2$ of the chain-rule page at $x = 2$,
    $w = 0.5$:

    >>> w = Value(0.5)
    >>> loss = ((w * 2.0).sigmoid() - 1) ** 2
    >>> loss.backward()
    >>> round(w.grad, 5)
    -0.21151
    >>> s = 1 / (1 + math.exp(-1.0))  # the chain rule by hand
    >>> math.isclose(w.grad, 2 * (s - 1) * s * (1 - s) * 2.0)
    True

    A value used twice collects both contributions, $d(x \cdot x + x)/dx = 2x + 1$:

    >>> x = Value(3.0)
    >>> y = x * x + x
    >>> y.backward()
    >>> y, x
    (Value(data=12, grad=1), Value(data=3, grad=7))
    """

    __slots__ = ("_parents", "data", "grad")
    __array_ufunc__ = None  # numpy scalars defer to our reflected operators

    def __init__(self, data: Any) -> None:
        self.data = as_finite_scalar(data, "data")  # the real-number rule
        self.grad = 0.0
        self._parents: tuple[tuple[Value, float], ...] = ()

    @staticmethod
    def _result(
        data: float, parents: tuple[tuple[Value, float], ...], op: str
    ) -> Value:
        """A new node holding `data`, with its parents and local derivatives."""
        if not math.isfinite(data) or not all(math.isfinite(d) for _, d in parents):
            raise ValueError(f"{op} is not finite here: result {data!r}")
        out = Value.__new__(Value)
        out.data, out.grad, out._parents = data, 0.0, parents
        return out

    def __repr__(self) -> str:
        return f"Value(data={self.data:.6g}, grad={self.grad:.6g})"

    # --- arithmetic -------------------------------------------------------------

    def __add__(self, other: Any) -> Value:
        if isinstance(other, Value):
            return Value._result(
                self.data + other.data, ((self, 1.0), (other, 1.0)), "+"
            )
        if not _is_real(other):
            return NotImplemented
        return Value._result(self.data + _operand(other, "+"), ((self, 1.0),), "+")

    def __radd__(self, other: Any) -> Value:
        return self.__add__(other)

    def __mul__(self, other: Any) -> Value:
        if isinstance(other, Value):
            parents = ((self, other.data), (other, self.data))
            return Value._result(self.data * other.data, parents, "*")
        if not _is_real(other):
            return NotImplemented
        c = _operand(other, "*")
        return Value._result(self.data * c, ((self, c),), "*")

    def __rmul__(self, other: Any) -> Value:
        return self.__mul__(other)

    def __neg__(self) -> Value:
        return Value._result(-self.data, ((self, -1.0),), "-")

    def __sub__(self, other: Any) -> Value:
        if not (isinstance(other, Value) or _is_real(other)):
            return NotImplemented
        return self + (-other)

    def __rsub__(self, other: Any) -> Value:
        if not _is_real(other):
            return NotImplemented
        return (-self) + other

    def __truediv__(self, other: Any) -> Value:
        if isinstance(other, Value):
            if other.data == 0.0:
                raise ValueError("division by a Value that is 0")
            q = self.data / other.data
            parents = ((self, 1.0 / other.data), (other, -q / other.data))
            return Value._result(q, parents, "/")
        if not _is_real(other):
            return NotImplemented
        c = _operand(other, "/")
        if c == 0.0:
            raise ValueError("division by the number 0")
        return Value._result(self.data / c, ((self, 1.0 / c),), "/")

    def __rtruediv__(self, other: Any) -> Value:
        if not _is_real(other):
            return NotImplemented
        c = _operand(other, "/")
        if self.data == 0.0:
            raise ValueError("division by a Value that is 0")
        q = c / self.data
        return Value._result(q, ((self, -q / self.data),), "/")

    def __pow__(self, exponent: Any) -> Value:
        if not _is_real(exponent):
            return NotImplemented
        p = _operand(exponent, "**")
        x = self.data
        if x < 0 and not p.is_integer():
            raise ValueError(f"a negative Value to a fractional power: {x!r} ** {p!r}")
        if x == 0 and p < 1 and p != 0:
            raise ValueError(f"x ** {p!r} has no finite derivative at x = 0")
        try:
            data = x**p
            local = p * x ** (p - 1) if p != 0 else 0.0
        except OverflowError:
            raise ValueError(f"** overflows: {x!r} ** {p!r}") from None
        return Value._result(data, ((self, local),), "**")

    # --- functions --------------------------------------------------------------

    def exp(self) -> Value:
        r"""$e^x$, with derivative $e^x$."""
        try:
            e = math.exp(self.data)
        except OverflowError:
            raise ValueError(f"exp overflows at data = {self.data!r}") from None
        return Value._result(e, ((self, e),), "exp")

    def log(self) -> Value:
        r"""Natural logarithm, for data > 0, with derivative $1/x$."""
        if self.data <= 0:
            raise ValueError(f"log needs data > 0: got {self.data!r}")
        return Value._result(math.log(self.data), ((self, 1.0 / self.data),), "log")

    def tanh(self) -> Value:
        r"""$\tanh x$, with derivative $1 - \tanh^2 x$."""
        t = math.tanh(self.data)
        return Value._result(t, ((self, 1.0 - t * t),), "tanh")

    def sigmoid(self) -> Value:
        r"""Sigmoid $\sigma(x) = 1 / (1 + e^{-x})$, derivative $\sigma(1 - \sigma)$."""
        e = math.exp(-abs(self.data))  # in (0, 1]: no overflow for any x
        s = 1.0 / (1.0 + e) if self.data >= 0 else e / (1.0 + e)
        return Value._result(s, ((self, s * (1.0 - s)),), "sigmoid")

    def relu(self) -> Value:
        r"""$\max(0, x)$, with derivative 1 for $x > 0$ and 0 otherwise."""
        positive = self.data > 0
        return Value._result(
            self.data if positive else 0.0, ((self, 1.0 if positive else 0.0),), "relu"
        )

    # --- reverse mode -----------------------------------------------------------

    def _topological_order(self) -> list[Value]:
        """Every value in the graph, each after all the values it was computed from."""
        order: list[Value] = []
        seen: set[int] = set()
        stack: list[tuple[Value, bool]] = [(self, False)]
        while stack:  # depth-first, with an explicit stack instead of recursion
            node, finished = stack.pop()
            if finished:
                order.append(node)  # all its parents are already in `order`
                continue
            if id(node) in seen:
                continue
            seen.add(id(node))
            stack.append((node, True))
            stack.extend((p, False) for p, _ in node._parents if id(p) not in seen)
        return order

    def backward(self) -> None:
        r"""Set the `grad` of each value $u$ of the graph to $\partial y / \partial u$.

        Here $y$ is the value `backward` is called on; its own `grad` becomes 1.
        Gradients of an earlier call are overwritten, not added to.

        Raises
        ------
        ValueError
            If a derivative overflows to inf.
        """
        order = self._topological_order()
        for node in order:
            node.grad = 0.0
        self.grad = 1.0
        for node in reversed(order):  # the output first, the inputs last
            for parent, local in node._parents:
                parent.grad += local * node.grad
        if not all(math.isfinite(node.grad) for node in order):
            raise ValueError("a derivative overflowed to inf in backward")
