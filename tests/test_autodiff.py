"""Tests of mlfound.autodiff.Value: local derivatives, the chain rule, bad input."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from mlfound.autodiff import Value
from mlfound.calculus import numerical_gradient
from mlfound.datasets import line_separated
from mlfound.nn import TwoLayerNetwork

# --- random expressions, evaluated twice: on Values and on floats -------------------

N_VARS = 3
constants = st.floats(-3, 3, allow_nan=False).filter(lambda c: abs(c) > 1e-3)
leaves = st.one_of(
    st.tuples(st.just("var"), st.integers(0, N_VARS - 1)),
    st.tuples(st.just("const"), constants),
)
UNARY = ["neg", "exp_tanh", "log_square", "tanh", "sigmoid", "relu", "root"]
BINARY = ["add", "sub", "mul", "div"]
WITH_NUMBER = [
    "num_add",
    "num_sub",
    "num_mul",
    "num_div",
    "add_num",
    "sub_num",
    "mul_num",
    "div_num",
    "pow",
]


def extend(children):
    return st.one_of(
        st.tuples(st.sampled_from(UNARY), children),
        st.tuples(st.sampled_from(BINARY), children, children),
        st.tuples(st.sampled_from(WITH_NUMBER), children, constants),
    )


expressions = st.recursive(leaves, extend, max_leaves=12)


class Kink(Exception):
    """relu evaluated too close to 0 for central differences to be meaningful."""


def evaluate(expr, xs):
    """Evaluate the tree on `xs`: floats give floats (math), Values give a Value."""
    kind = expr[0]
    if kind == "var":
        return xs[expr[1]]
    if kind == "const":
        return expr[1]
    a = evaluate(expr[1], xs)
    if kind in BINARY:
        b = evaluate(expr[2], xs)
        if kind == "add":
            return a + b
        if kind == "sub":
            return a - b
        if kind == "mul":
            return a * b
        return a / (b * b + 1.0)
    if kind in WITH_NUMBER:
        c = expr[2]
        table = {
            "num_add": lambda: c + a,
            "num_sub": lambda: c - a,
            "num_mul": lambda: c * a,
            "num_div": lambda: c / (a * a + 1.0),
            "add_num": lambda: a + c,
            "sub_num": lambda: a - c,
            "mul_num": lambda: a * c,
            "div_num": lambda: a / c,
            "pow": lambda: a ** round(abs(c) + 1),  # integer powers 1..4
        }
        return table[kind]()
    plain = not isinstance(a, Value)  # floats, or a constant subtree
    data = a if plain else a.data
    if kind == "neg":
        return -a
    if kind == "exp_tanh":
        return math.exp(math.tanh(a)) if plain else a.tanh().exp()
    if kind == "log_square":
        return math.log(a * a + 0.5) if plain else (a * a + 0.5).log()
    if kind == "tanh":
        return math.tanh(a) if plain else a.tanh()
    if kind == "sigmoid":
        return 1 / (1 + math.exp(-a)) if plain else a.sigmoid()
    if kind == "relu":
        if abs(data) < 1e-3:
            raise Kink
        return max(a, 0.0) if plain else a.relu()
    if kind == "root":
        return (a * a + 1.0) ** 0.5  # Value.__pow__ with a fractional exponent
    raise AssertionError(kind)


@settings(max_examples=300, deadline=None)
@given(expressions, st.lists(st.floats(-2, 2), min_size=N_VARS, max_size=N_VARS))
def test_gradients_of_random_expressions_match_central_differences(expr, point):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            reference = evaluate(expr, point)
            xs = [Value(v) for v in point]
            out = evaluate(expr, xs)
    except (Kink, OverflowError, ValueError, RuntimeWarning):
        assume(False)
    if not isinstance(out, Value):  # the expression is a constant
        assert out == reference
        return
    assume(abs(reference) < 1e4)
    assert out.data == pytest.approx(reference, rel=1e-12, abs=1e-12)
    out.backward()
    try:
        numeric = numerical_gradient(
            lambda v: evaluate(expr, list(v)), np.array(point), eps=1e-5
        )
    except (Kink, OverflowError, ValueError):
        assume(False)
    autodiff = np.array([x.grad for x in xs])
    scale = max(1.0, float(np.max(np.abs(numeric))), abs(reference))
    np.testing.assert_allclose(autodiff, numeric, rtol=0, atol=1e-5 * scale)


# --- each operation against its closed form ----------------------------------------


@pytest.mark.parametrize(
    ("build", "x", "value", "derivative"),
    [
        (lambda v: v + 2, 1.5, 3.5, 1.0),
        (lambda v: 2 + v, 1.5, 3.5, 1.0),
        (lambda v: v - 2, 1.5, -0.5, 1.0),
        (lambda v: 2 - v, 1.5, 0.5, -1.0),
        (lambda v: v * 3, 1.5, 4.5, 3.0),
        (lambda v: 3 * v, 1.5, 4.5, 3.0),
        (lambda v: v / 4, 1.5, 0.375, 0.25),
        (lambda v: 3 / v, 1.5, 2.0, -3 / 1.5**2),
        (lambda v: -v, 1.5, -1.5, -1.0),
        (lambda v: v**3, 1.5, 3.375, 3 * 1.5**2),
        (lambda v: v**-2, 1.5, 1.5**-2, -2 * 1.5**-3),
        (lambda v: v**0.5, 2.25, 1.5, 0.5 / 1.5),
        (lambda v: v**0, 2.0, 1.0, 0.0),
        (lambda v: v**2, 0.0, 0.0, 0.0),
        (lambda v: v**2, -3.0, 9.0, -6.0),
        (lambda v: v.exp(), 0.7, math.exp(0.7), math.exp(0.7)),
        (lambda v: v.log(), 0.7, math.log(0.7), 1 / 0.7),
        (lambda v: v.tanh(), 0.7, math.tanh(0.7), 1 / math.cosh(0.7) ** 2),
        (lambda v: v.sigmoid(), 0.7, 1 / (1 + math.exp(-0.7)), None),
        (lambda v: v.sigmoid(), -800.0, 0.0, 0.0),
        (lambda v: v.sigmoid(), 800.0, 1.0, 0.0),
        (lambda v: v.relu(), 0.7, 0.7, 1.0),
        (lambda v: v.relu(), -0.7, 0.0, 0.0),
        (lambda v: v.relu(), 0.0, 0.0, 0.0),
    ],
)
def test_each_operation(build, x, value, derivative):
    v = Value(x)
    out = build(v)
    out.backward()
    assert out.data == pytest.approx(value, rel=1e-14, abs=1e-300)
    if derivative is None:  # sigmoid: s (1 - s), written from the value
        derivative = value * (1 - value)
    assert v.grad == pytest.approx(derivative, rel=1e-12, abs=1e-300)


def test_value_used_several_times_accumulates():
    x = Value(3.0)
    y = x * x + x  # dy/dx = 2x + 1
    y.backward()
    assert x.grad == 7.0
    # a diamond: a = x + 1, b = x * 2, out = a * b = 2x^2 + 2x, derivative 4x + 2
    x = Value(1.5)
    a, b = x + 1, x * 2
    out = a * b
    out.backward()
    assert x.grad == pytest.approx(4 * 1.5 + 2)
    assert a.grad == b.data and b.grad == a.data


def test_backward_twice_gives_the_same_gradients():
    x, w = Value(2.0), Value(0.5)
    loss = ((w * x).sigmoid() - 1) ** 2
    loss.backward()
    first = (x.grad, w.grad)
    loss.backward()
    assert (x.grad, w.grad) == first
    assert round(w.grad, 5) == -0.21151  # the chain-rule page's example


def test_deep_graph_needs_no_recursion():
    x = Value(0.5)
    y = x
    for _ in range(100_000):
        y = y + x * 1e-5  # y = x (1 + 100000 * 1e-5) = 2x
    y.backward()
    assert y.data == pytest.approx(1.0)
    assert x.grad == pytest.approx(2.0)
    del y  # freeing a long chain must not overflow the C stack either


def test_gradient_of_the_chapter_5_loss_matches_the_network():
    X, y = line_separated()
    net = TwoLayerNetwork(2, 4, seed=0)
    W1 = [[Value(w) for w in row] for row in net.W1]
    b1 = [Value(b) for b in net.b1]
    W2 = [Value(w) for w in net.W2[:, 0]]
    b2 = Value(net.b2[0])
    total = 0
    for xi, yi in zip(X, y, strict=True):
        hidden = [
            (xi[0] * W1[0][j] + xi[1] * W1[1][j] + b1[j]).sigmoid() for j in range(4)
        ]
        z = sum((h * w for h, w in zip(hidden, W2, strict=True)), b2)
        p = z.sigmoid()
        total = total - (p.log() if yi == 1 else (1 - p).log())
    loss = total / len(y)
    loss.backward()
    assert loss.data == pytest.approx(net.loss(X, y), rel=1e-12)
    grads = net.gradients(X, y)
    np.testing.assert_allclose(
        [[w.grad for w in row] for row in W1], grads["W1"], rtol=1e-10, atol=1e-14
    )
    np.testing.assert_allclose([b.grad for b in b1], grads["b1"], rtol=1e-10)
    np.testing.assert_allclose([w.grad for w in W2], grads["W2"][:, 0], rtol=1e-10)
    assert b2.grad == pytest.approx(grads["b2"][0], rel=1e-10)


def test_numpy_scalars_on_either_side():
    x = Value(2.0)
    for out, expected, grad in [
        (np.float64(3.0) * x, 6.0, 3.0),
        (x * np.float32(0.5), 1.0, 0.5),
        (np.int64(1) - x, -1.0, -1.0),
        (np.float64(4.0) / x, 2.0, -1.0),
        (x ** np.int64(2), 4.0, 4.0),
    ]:
        assert isinstance(out, Value)
        out.backward()
        assert (out.data, x.grad) == (expected, grad)
    assert Value(np.float32(0.25)).data == 0.25
    assert Value(np.array(3)).data == 3.0
    assert type(Value(np.int8(3)).data) is float


def test_repr_is_readable():
    x = Value(3.0)
    y = x * x + x
    y.backward()
    assert repr(y) == "Value(data=12, grad=1)"
    assert repr(x) == "Value(data=3, grad=7)"
    assert repr(Value(0.1234567891)) == "Value(data=0.123457, grad=0)"


# --- bad input ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        True,
        np.bool_(False),
        "1.5",
        None,
        1 + 2j,
        np.complex128(1),
        np.array(["1"]),
        np.array([True]),
        object(),
    ],
)
def test_value_rejects_what_is_not_a_real_number(data):
    with pytest.raises(TypeError, match="data must be a real number"):
        Value(data)


@pytest.mark.parametrize("data", [np.nan, np.inf, -np.inf, 10**400])
def test_value_rejects_non_finite_data(data):
    with pytest.raises(ValueError, match="data must"):
        Value(data)


def test_value_rejects_a_list_even_of_one_number():
    with pytest.raises(ValueError, match=r"data must be 0-D: shape is \(1,\)"):
        Value([1.0])


def test_value_rejects_arrays_of_several_numbers():
    with pytest.raises(ValueError, match=r"data must be 0-D: shape is \(2,\)"):
        Value(np.array([1.0, 2.0]))


@pytest.mark.parametrize(
    "call",
    [
        lambda: Value(1.0) + "a",
        lambda: "a" + Value(1.0),
        lambda: Value(1.0) * True,
        lambda: False - Value(1.0),
        lambda: Value(1.0) / None,
        lambda: Value(1.0) * (1 + 1j),
        lambda: Value(2.0) ** Value(3.0),
        lambda: 2.0 ** Value(3.0),
        lambda: Value(2.0) ** "2",
    ],
)
def test_operations_with_non_numbers_raise_type_error(call):
    with pytest.raises(TypeError):
        call()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: Value(1.0) + float("nan"), "the number in \\+ must be finite"),
        (lambda: Value(1.0) * float("inf"), "the number in \\* must be finite"),
        (lambda: Value(1.0) * 10**400, "the number in \\* must be finite"),
        (lambda: Value(1.0) / 0, "division by the number 0"),
        (lambda: Value(1.0) / Value(0.0), "division by a Value that is 0"),
        (lambda: 1.0 / Value(0.0), "division by a Value that is 0"),
        (lambda: Value(-8.0) ** (1 / 3), "negative Value to a fractional power"),
        (lambda: Value(0.0) ** -1, "no finite derivative at x = 0"),
        (lambda: Value(0.0) ** 0.5, "no finite derivative at x = 0"),
        (lambda: Value(1e200) ** 2, "overflows"),
        (lambda: Value(1e200) * Value(1e200), "\\* is not finite"),
        (lambda: Value(1e308) + 1e308, "\\+ is not finite"),
        (lambda: Value(800.0).exp(), "exp overflows at data = 800.0"),
        (lambda: Value(0.0).log(), "log needs data > 0: got 0.0"),
        (lambda: Value(-1.0).log(), "log needs data > 0: got -1.0"),
        (lambda: Value(5e-324).log(), "log is not finite"),
    ],
)
def test_results_that_are_not_finite_raise_value_error(call, message):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError, match=message):
            call()


def test_backward_overflow_raises_value_error():
    x = Value(1e-200)
    y = x * 1e200 * 1e200  # the value 1e200 is fine; dy/dx = 1e400 is not
    with pytest.raises(ValueError, match="derivative overflowed"):
        y.backward()
