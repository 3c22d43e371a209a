"""The library under a fuzzer: every public function, bad types, extreme magnitudes.

For every public function, class and method of `mlfound` (found through each
module's `__all__`), three properties, each checked by hypothesis:

1. **Bad types.** Replacing one argument of a valid call by something the input
   rule of `mlfound._checks` rejects (a bool, a complex number, an object array, a
   string, None, a ragged list, a callable that returns None...) raises `TypeError`
   or `ValueError` whose message names that parameter.
2. **Extreme magnitudes.** Replacing one numeric argument by valid values from the
   whole float range (subnormal, tiny, huge) raises no warning (warnings are errors
   in this suite) and gives finite numbers, an `inf` the function documents, or a
   `ValueError` naming that parameter.
3. **No mutation.** No call changes its arguments (read-only arrays included).

`EXAMPLES` holds one valid call per public name; the tests mutate it one parameter
at a time. A new public name without an entry fails
`test_every_public_name_has_an_example`: add one when you add a function, with
`ex(func, **valid_args)` (a method: `method(make_object, "name", **valid_args)`).
A parameter's kind comes from its annotation (`int` -> integer, `str` -> text,
`Literal[...]` -> choice, `Callable` -> callable, `Figure` -> figure, anything
else -> real numbers); say `kinds={"x": "labels"}` where that is wrong, and give
`extremes={"p": strategy}` for a parameter whose valid extreme values the default
(the valid value rescaled by powers of two, or any finite floats of its shape)
would mostly miss, such as probabilities that must sum to 1.
"""

from __future__ import annotations

import copy
import importlib
import inspect
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import matplotlib
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import mlfound
from mlfound.figures import figure, to_html
from mlfound.linalg import PCA, pca
from mlfound.nn import Network, TwoLayerNetwork

matplotlib.use("Agg")
import matplotlib.pyplot as plt

MODULES = [importlib.import_module(f"mlfound.{name}") for name in mlfound.__all__]
CONSTANTS = {"mlfound.nn.BCE_EPS", "mlfound.figures.PALETTE"}


@dataclass
class Example:
    """A valid call: `target()` gives the function, `make_args()` its arguments.

    `kinds` overrides the kind a parameter's annotation implies (see `kind_of`);
    `extremes` gives strategies of valid extreme values for parameters the default
    (floats over the whole range) does not cover; `inf_ok` marks a function whose
    docstring promises an infinite result in some cases; `changes_self` a method
    that updates its object on purpose.
    """

    target: Callable[[], Callable[..., Any]]
    make_args: Callable[[], dict[str, Any]]
    kinds: dict[str, str] = field(default_factory=dict)
    extremes: dict[str, st.SearchStrategy] = field(default_factory=dict)
    inf_ok: bool = False
    changes_self: bool = False


def ex(func: Callable[..., Any], **args: Any) -> Example:
    """An example calling `func` with `args` (each call gets fresh copies)."""
    return Example(lambda: func, lambda: copy.deepcopy(args))


def method(make: Callable[[], Any], name: str, **args: Any) -> Example:
    """An example calling method `name` of a fresh object from `make()`."""
    return Example(lambda: getattr(make(), name), lambda: copy.deepcopy(args))


def with_(example: Example, **options: Any) -> Example:
    for key, value in options.items():
        setattr(example, key, value)
    return example


def sine_sum(w: Any) -> float:
    return float(np.sum(np.sin(w)))


def cosine(w: Any) -> np.ndarray:
    return np.cos(w)


def double(w: Any) -> np.ndarray:
    return 2.0 * np.asarray(w)


DATA = np.array(
    [
        [1.5, 2.3, 0.8],
        [2.1, 1.9, 1.2],
        [0.9, 3.1, 0.5],
        [1.2, 2.2, 0.9],
        [2.4, 2.8, 1.1],
    ]
)
POINTS = [[0.0, 1.0], [1.0, 1.0], [-1.0, -2.0]]
LABELS = [1, 1, 0]


def fitted_pca() -> PCA:
    return pca(DATA, 2)


def network() -> TwoLayerNetwork:
    return TwoLayerNetwork(2, 3, seed=0)


def deep_network() -> Network:
    return Network([2, 3, 2], seed=0)


def weight_posterior() -> Any:
    return mlfound.bayes.bayesian_linear_regression(
        POINTS, [0.5, 1.0, -1.5], noise_var=0.5, prior_var=2.0
    )


def standard_normal_log_density(x: Any) -> float:
    return -0.5 * float(np.sum(np.asarray(x) ** 2))


def quadratic_gradient(w: Any) -> np.ndarray:
    x, y = np.asarray(w, dtype=float)
    return np.array([2 * x + y, 4 * y + x])


def quadratic_hessian(w: Any) -> np.ndarray:
    return np.array([[2.0, 1.0], [1.0, 4.0]])


def value_half() -> Any:
    return mlfound.autodiff.Value(0.5)


def small_figure() -> Any:
    fig, ax = figure(width=2.0, height=2.0)
    ax.plot([0, 1], [0, 1])
    return fig


finite = st.floats(allow_nan=False, allow_infinity=False)
positive = st.floats(min_value=5e-324, allow_infinity=False)
unit = st.floats(min_value=0.0, max_value=1.0)
huge_counts = st.integers(0, 2**1100)


@st.composite
def two_point_distributions(draw: st.DrawFn) -> list[float]:
    """[1 - t, t] with t anywhere in [0, 1], subnormal numbers included."""
    t = draw(unit)
    return [1.0 - t, t]


def scaled_function(scale: float) -> Callable[[Any], float]:
    return lambda w: scale * float(np.sum(np.sin(w)))


def scaled_gradient(scale: float) -> Callable[[Any], np.ndarray]:
    return lambda w: scale * np.cos(w)


EXAMPLES: dict[str, Example] = {
    # linear algebra
    "mlfound.linalg.covariance": ex(mlfound.linalg.covariance, X=DATA.tolist()),
    "mlfound.linalg.sorted_eigh": ex(
        mlfound.linalg.sorted_eigh, S=[[2.0, 1.0], [1.0, 4.0]]
    ),
    "mlfound.linalg.solve": ex(
        mlfound.linalg.solve, A=[[2.0, 1.0], [1.0, 3.0]], b=[1.0, 2.0]
    ),
    "mlfound.linalg.determinant": with_(  # documented: +-inf when det overflows
        ex(mlfound.linalg.determinant, A=[[2.0, 1.0], [1.0, 3.0]]), inf_ok=True
    ),
    "mlfound.linalg.cholesky": ex(mlfound.linalg.cholesky, A=[[4.0, 2.0], [2.0, 3.0]]),
    "mlfound.linalg.gram_schmidt": ex(
        mlfound.linalg.gram_schmidt, A=[[1.0, 1.0], [0.0, 1.0], [1.0, 0.0]]
    ),
    "mlfound.linalg.condition_number": with_(  # documented: inf when singular
        ex(mlfound.linalg.condition_number, A=[[2.0, 1.0], [1.0, 3.0]]), inf_ok=True
    ),
    "mlfound.linalg.pseudo_inverse": ex(
        mlfound.linalg.pseudo_inverse, A=[[1.0, 2.0], [2.0, 4.0], [0.0, 1.0]]
    ),
    "mlfound.linalg.pca": ex(pca, X=DATA, n_components=2),
    "mlfound.linalg.PCA": ex(
        PCA,
        mean=[0.0, 1.0],
        components=[[0.6, 0.8], [-0.8, 0.6]],
        explained_variance=[2.0, 0.5],
        explained_variance_ratio=[0.8, 0.2],
    ),
    "mlfound.linalg.PCA.transform": method(
        fitted_pca, "transform", X=[[1.0, 2.0, 0.5]]
    ),
    "mlfound.linalg.PCA.inverse_transform": method(
        fitted_pca, "inverse_transform", Z=[[0.5, -0.2]]
    ),
    "mlfound.linalg.low_rank_approximation": ex(
        mlfound.linalg.low_rank_approximation,
        A=(np.arange(12.0).reshape(3, 4) ** 2).tolist(),
        rank=1,
    ),
    "mlfound.linalg.project_onto_subspace": ex(
        mlfound.linalg.project_onto_subspace,
        x=[3.0, 0.0, 0.0],
        basis=[[1.0, 0.0], [1.0, 1.0], [0.0, 1.0]],
    ),
    "mlfound.linalg.project_onto_hyperplane": ex(
        mlfound.linalg.project_onto_hyperplane,
        x=[3.0, 0.0],
        normal=[1.0, 1.0],
        offset=1.0,
    ),
    # calculus
    "mlfound.calculus.numerical_gradient": with_(
        ex(mlfound.calculus.numerical_gradient, f=sine_sum, x=[0.3, -0.7], eps=1e-6),
        extremes={"f": finite.map(scaled_function)},
    ),
    "mlfound.calculus.gradient_check": with_(
        ex(
            mlfound.calculus.gradient_check,
            f=sine_sum,
            grad=cosine,
            x=[0.3, -0.7],
            eps=1e-6,
        ),
        extremes={"grad": finite.map(scaled_gradient)},
    ),
    "mlfound.calculus.gradient_descent": with_(
        ex(
            mlfound.calculus.gradient_descent,
            grad=double,
            x0=[1.0, -2.0],
            learning_rate=0.1,
            n_steps=5,
            tol=1e-8,
        ),
        extremes={"grad": finite.map(scaled_gradient)},
    ),
    "mlfound.calculus.hessian": with_(
        ex(mlfound.calculus.hessian, f=sine_sum, x=[0.3, -0.7], eps=1e-4),
        extremes={"f": finite.map(scaled_function)},
    ),
    "mlfound.calculus.jacobian": ex(mlfound.calculus.jacobian, f=cosine, x=[0.5, 1.0]),
    "mlfound.calculus.newton": ex(
        mlfound.calculus.newton,
        grad=quadratic_gradient,
        hess=quadratic_hessian,
        x0=[3.0, 2.0],
        n_steps=3,
        tol=1e-12,
    ),
    "mlfound.optim.momentum": ex(
        mlfound.optim.momentum,
        grad=double,
        x0=[1.0, -2.0],
        learning_rate=0.1,
        n_steps=5,
        beta=0.9,
    ),
    "mlfound.optim.adam": ex(
        mlfound.optim.adam,
        grad=double,
        x0=[1.0, -2.0],
        learning_rate=0.1,
        n_steps=5,
        beta1=0.9,
        beta2=0.999,
        eps=1e-8,
    ),
    "mlfound.autodiff.Value": ex(mlfound.autodiff.Value, data=0.5),
    "mlfound.autodiff.Value.exp": method(value_half, "exp"),
    "mlfound.autodiff.Value.log": method(value_half, "log"),
    "mlfound.autodiff.Value.tanh": method(value_half, "tanh"),
    "mlfound.autodiff.Value.sigmoid": method(value_half, "sigmoid"),
    "mlfound.autodiff.Value.relu": method(value_half, "relu"),
    "mlfound.autodiff.Value.backward": with_(
        method(value_half, "backward"), changes_self=True
    ),
    # probability
    "mlfound.probability.bayes_posterior": with_(
        ex(
            mlfound.probability.bayes_posterior, prior=[0.5, 0.5], likelihood=[0.2, 0.6]
        ),
        extremes={"prior": two_point_distributions()},
    ),
    "mlfound.probability.sequential_posterior": with_(
        ex(
            mlfound.probability.sequential_posterior,
            prior=[0.5, 0.5],
            likelihoods=[[0.5, 0.9], [0.5, 0.1]],
        ),
        extremes={"prior": two_point_distributions()},
    ),
    "mlfound.probability.beta_bernoulli_posterior": with_(
        ex(
            mlfound.probability.beta_bernoulli_posterior,
            alpha=1.0,
            beta=2.0,
            heads=3,
            tails=4,
        ),
        extremes={"heads": huge_counts, "tails": huge_counts},
    ),
    "mlfound.probability.normal_pdf": ex(
        mlfound.probability.normal_pdf, x=[0.5, -1.0], mu=0.2, sigma=1.5
    ),
    "mlfound.probability.normal_log_likelihood": ex(
        mlfound.probability.normal_log_likelihood,
        data=[2.0, 3.0, 4.5],
        mu=3.0,
        sigma=1.5,
    ),
    "mlfound.probability.normal_mle": ex(
        mlfound.probability.normal_mle, data=[1.0, 2.0, 6.0]
    ),
    "mlfound.probability.bernoulli_log_likelihood": with_(
        ex(mlfound.probability.bernoulli_log_likelihood, y=LABELS, p=0.7),
        inf_ok=True,
        extremes={"p": unit},
    ),
    "mlfound.probability.bernoulli_nll": with_(
        ex(mlfound.probability.bernoulli_nll, y=LABELS, p=[0.9, 0.6, 0.2]),
        inf_ok=True,
        extremes={"p": st.lists(unit, min_size=3, max_size=3)},
    ),
    "mlfound.probability.multivariate_normal_logpdf": with_(
        ex(
            mlfound.probability.multivariate_normal_logpdf,
            x=[[0.5, -1.0], [1.0, 2.0]],
            mean=[0.0, 1.0],
            cov=[[2.0, 0.5], [0.5, 1.0]],
        ),
        inf_ok=True,  # documented: -inf where the squared distance overflows
    ),
    "mlfound.probability.multivariate_normal_sample": with_(
        ex(
            mlfound.probability.multivariate_normal_sample,
            mean=[0.0, 1.0],
            cov=[[2.0, 0.5], [0.5, 1.0]],
            n=5,
            seed=0,
        ),
        extremes={"seed": st.integers(0, 2**200)},
    ),
    # information theory
    "mlfound.information.entropy": with_(
        ex(mlfound.information.entropy, p=[0.25, 0.75], base=2),
        extremes={"p": two_point_distributions()},
    ),
    "mlfound.information.cross_entropy": with_(
        ex(mlfound.information.cross_entropy, p=[0.25, 0.75], q=[0.5, 0.5], base=2),
        inf_ok=True,
        extremes={"p": two_point_distributions(), "q": two_point_distributions()},
    ),
    "mlfound.information.kl_divergence": with_(
        ex(mlfound.information.kl_divergence, p=[0.25, 0.75], q=[0.5, 0.5], base=2),
        inf_ok=True,
        extremes={"p": two_point_distributions(), "q": two_point_distributions()},
    ),
    "mlfound.information.binary_entropy": with_(
        ex(mlfound.information.binary_entropy, p=[0.1, 0.5], base=2),
        extremes={"p": st.lists(unit, min_size=1, max_size=3)},
    ),
    "mlfound.information.joint_table": with_(
        ex(mlfound.information.joint_table, x=[0, 0, 1, 2], y=["a", "b", "b", "a"]),
        kinds={"x": "labels", "y": "labels"},
        extremes={"x": st.lists(finite, min_size=4, max_size=4)},
    ),
    "mlfound.information.mutual_information": with_(
        ex(
            mlfound.information.mutual_information,
            x=[0, 0, 1, 1],
            y=[0, 1, 1, 0],
            base=2,
        ),
        kinds={"x": "labels", "y": "labels"},
        extremes={
            "x": st.lists(finite, min_size=4, max_size=4),
            "y": st.lists(finite, min_size=4, max_size=4),
        },
    ),
    "mlfound.information.joint_entropy": with_(
        ex(mlfound.information.joint_entropy, x=[0, 0, 1, 1], y=[0, 1, 1, 0], base=2),
        kinds={"x": "labels", "y": "labels"},
        extremes={
            "x": st.lists(finite, min_size=4, max_size=4),
            "y": st.lists(finite, min_size=4, max_size=4),
        },
    ),
    "mlfound.information.conditional_entropy": with_(
        ex(
            mlfound.information.conditional_entropy,
            x=[0, 0, 1, 1],
            y=[0, 1, 1, 0],
            base=2,
        ),
        kinds={"x": "labels", "y": "labels"},
        extremes={
            "x": st.lists(finite, min_size=4, max_size=4),
            "y": st.lists(finite, min_size=4, max_size=4),
        },
    ),
    "mlfound.information.gaussian_entropy": ex(
        mlfound.information.gaussian_entropy, cov=[[2.0, 0.5], [0.5, 1.0]], base=2
    ),
    # the network
    "mlfound.nn.sigmoid": ex(mlfound.nn.sigmoid, z=[-2.0, 0.5]),
    "mlfound.nn.binary_cross_entropy": with_(
        ex(mlfound.nn.binary_cross_entropy, y_true=LABELS, p=[0.9, 0.6, 0.2]),
        extremes={"p": st.lists(unit, min_size=3, max_size=3)},
    ),
    "mlfound.nn.binary_cross_entropy_from_logits": ex(
        mlfound.nn.binary_cross_entropy_from_logits, y_true=LABELS, z=[2.0, 0.5, -1.0]
    ),
    "mlfound.nn.mean_squared_error": ex(
        mlfound.nn.mean_squared_error, y_true=LABELS, p=[0.75, 0.5, 0.25]
    ),
    "mlfound.nn.TwoLayerNetwork": with_(
        ex(TwoLayerNetwork, n_inputs=2, n_hidden=3, n_outputs=1, seed=0),
        extremes={"seed": st.integers(0, 2**200)},
    ),
    "mlfound.nn.TwoLayerNetwork.forward": method(network, "forward", X=POINTS),
    "mlfound.nn.TwoLayerNetwork.predict_proba": method(
        network, "predict_proba", X=POINTS
    ),
    "mlfound.nn.TwoLayerNetwork.predict": method(network, "predict", X=POINTS),
    "mlfound.nn.TwoLayerNetwork.loss": method(network, "loss", X=POINTS, y=LABELS),
    "mlfound.nn.TwoLayerNetwork.gradients": method(
        network, "gradients", X=POINTS, y=LABELS
    ),
    "mlfound.nn.TwoLayerNetwork.fit": with_(
        method(network, "fit", X=POINTS, y=LABELS, epochs=2, learning_rate=0.5),
        changes_self=True,
    ),
    "mlfound.nn.softmax": ex(mlfound.nn.softmax, Z=[[1.0, 2.0, 0.5]], axis=-1),
    "mlfound.nn.softmax_cross_entropy": ex(
        mlfound.nn.softmax_cross_entropy,
        y=[0, 2],
        logits=[[1.0, 2.0, 0.5], [0.1, 0.2, 3.0]],
    ),
    "mlfound.nn.Network": with_(
        ex(Network, layer_sizes=[2, 3, 2], activation="relu", output="softmax", seed=0),
        extremes={"seed": st.integers(0, 2**200)},
        # A list of integer widths, not real numbers: its own rules (ints only,
        # flat, at least two) are tested in tests/test_network.py.
        kinds={"layer_sizes": "skip"},
    ),
    "mlfound.nn.Network.forward": method(deep_network, "forward", X=POINTS),
    "mlfound.nn.Network.predict_proba": method(deep_network, "predict_proba", X=POINTS),
    "mlfound.nn.Network.predict": method(deep_network, "predict", X=POINTS),
    "mlfound.nn.Network.loss": method(deep_network, "loss", X=POINTS, y=LABELS),
    "mlfound.nn.Network.gradients": method(
        deep_network, "gradients", X=POINTS, y=LABELS
    ),
    "mlfound.nn.Network.fit": with_(
        method(
            deep_network,
            "fit",
            X=POINTS,
            y=LABELS,
            epochs=2,
            learning_rate=0.5,
            batch_size=2,
            weight_decay=0.001,
            seed=0,
        ),
        changes_self=True,
    ),
    # Bayesian methods
    "mlfound.bayes.bayesian_linear_regression": ex(
        mlfound.bayes.bayesian_linear_regression,
        X=POINTS,
        y=[0.5, 1.0, -1.5],
        noise_var=0.5,
        prior_var=2.0,
    ),
    "mlfound.bayes.WeightPosterior": ex(
        mlfound.bayes.WeightPosterior,
        mean=[0.5, 1.0],
        cov=[[1.0, 0.2], [0.2, 0.5]],
        noise_var=0.5,
    ),
    "mlfound.bayes.WeightPosterior.predict": method(
        weight_posterior, "predict", X_new=POINTS
    ),
    "mlfound.bayes.rbf_kernel": ex(
        mlfound.bayes.rbf_kernel,
        A=POINTS,
        B=[[0.5, 0.5]],
        length_scale=1.0,
        signal_var=2.0,
    ),
    "mlfound.bayes.gaussian_process_regression": ex(
        mlfound.bayes.gaussian_process_regression,
        X=POINTS,
        y=[0.5, 1.0, -1.5],
        X_new=[[0.5, 0.5]],
        length_scale=1.0,
        signal_var=2.0,
        noise_var=0.1,
    ),
    "mlfound.bayes.metropolis_hastings": with_(
        ex(
            mlfound.bayes.metropolis_hastings,
            log_density=standard_normal_log_density,
            x0=[0.0, 0.5],
            n_samples=20,
            step_size=0.5,
            seed=0,
        ),
        extremes={"seed": st.integers(0, 2**200)},
    ),
    "mlfound.bayes.autocorrelation": ex(
        mlfound.bayes.autocorrelation, x=[0.1, 0.5, -0.2, 0.3, 0.0, 0.4], max_lag=3
    ),
    "mlfound.bayes.effective_sample_size": ex(
        mlfound.bayes.effective_sample_size,
        chain=[[0.1, 1.0], [0.5, 0.2], [-0.2, 0.4], [0.3, 0.9], [0.0, 0.1]],
    ),
    # data sets
    "mlfound.datasets.digits_split": ex(mlfound.datasets.digits_split, seed=0),
    "mlfound.datasets.line_separated": ex(
        mlfound.datasets.line_separated, n=10, seed=0
    ),
    # figures
    "mlfound.figures.figure": ex(figure, nrows=1, ncols=2, width=4.0, height=3.0),
    "mlfound.figures.to_html": Example(
        lambda: to_html,
        lambda: {
            "fig": small_figure(),
            "title": "A line",
            "caption": "y = x.",
            "fmt": "svg",
            "dpi": 100,
        },
    ),
}


# --- discovery ----------------------------------------------------------------------


def public_names() -> dict[str, Any]:
    """Every public name: module functions, classes and their public methods."""
    found: dict[str, Any] = {}
    for module in MODULES:
        for name in module.__all__:
            obj, key = getattr(module, name), f"{module.__name__}.{name}"
            found[key] = obj
            if inspect.isclass(obj):
                for attr, member in vars(obj).items():
                    if not attr.startswith("_") and inspect.isfunction(member):
                        found[f"{key}.{attr}"] = member
    return found


def test_every_public_name_has_an_example() -> None:
    names = public_names()
    callables = {key for key, obj in names.items() if callable(obj)}
    missing = sorted(callables - set(EXAMPLES))
    assert not missing, f"add a valid example call to EXAMPLES for: {missing}"
    assert sorted(set(EXAMPLES) - callables) == [], "EXAMPLES names a removed function"
    assert {key for key, obj in names.items() if not callable(obj)} == CONSTANTS


def test_every_example_is_a_valid_call() -> None:
    for key, example in EXAMPLES.items():
        result = call(example.target(), example.make_args())
        assert result is not None or example.changes_self, key
    plt.close("all")


def kind_of(example: Example, param: inspect.Parameter) -> str:
    """The kind of a parameter: its annotation decides unless `kinds` says otherwise."""
    if param.name in example.kinds:  # "skip": not fuzzed (say why in the table)
        return example.kinds[param.name]
    text = str(param.annotation)
    if "Callable" in text:
        return "callable"
    if text.startswith("Literal"):
        return "choice"
    if text in ("int", "int | None"):
        return "int"
    if text == "str":
        return "text"
    if "Figure" in text:
        return "figure"
    return "real"


def parameters(example: Example) -> list[inspect.Parameter]:
    signature = inspect.signature(example.target())
    plt.close("all")
    return [
        p
        for p in signature.parameters.values()
        if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)
    ]


def cases(select: Callable[[str], bool]) -> list[tuple[str, str]]:
    return [
        (key, p.name)
        for key, example in EXAMPLES.items()
        for p in parameters(example)
        if select(kind_of(example, p))
    ]


def ours(value: Any) -> bool:
    """An object of a class defined in mlfound (not a function or a class)."""
    cls = type(value)
    return cls.__module__.startswith("mlfound") and hasattr(value, "__dict__")


def call(func: Callable[..., Any], args: dict[str, Any]) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return func(**args)


def names(message: str, name: str) -> bool:
    return (
        re.search(rf"(?<![A-Za-z0-9_]){re.escape(name)}(?![A-Za-z0-9_])", message)
        is not None
    )


# --- 1. bad types ---------------------------------------------------------------------


def returning(value: Any) -> Callable[..., Any]:
    return lambda *args: value


BAD_SCALARS = [
    None,
    True,
    False,
    np.True_,
    np.bool_(False),
    1 + 2j,
    np.complex128(0.5),
    "0.5",
    "",
    b"1",
    np.str_("1"),
    {},
    {0.5},
    object(),
    range(2),
]


@st.composite
def bad_reals(draw: st.DrawFn, valid: Any) -> tuple[Any, type]:
    """Something that breaks the real-number rule, shaped like `valid` where it can."""
    arr = np.asarray(valid, dtype=float)
    choice = draw(st.integers(0, 5))
    if choice == 0:
        return draw(st.sampled_from(BAD_SCALARS)), TypeError
    if choice == 1:  # the valid values in a dtype that is not real
        dtype = draw(st.sampled_from([bool, complex, object, str, "datetime64[s]"]))
        return arr.astype(int).astype(dtype), TypeError
    if choice == 2 and arr.ndim >= 1:  # one bad element inside a list
        bad = draw(st.sampled_from([True, "0.5", None, 1j, np.bool_(True), b"0"]))
        items = arr.tolist()
        row = items
        while isinstance(row[0], list):
            row = row[draw(st.integers(0, len(row) - 1))]
        row[draw(st.integers(0, len(row) - 1))] = bad
        return items, TypeError
    if choice == 3:  # ragged nested lists
        return [[0.5, 1.0], [0.5]], ValueError
    if choice == 4:
        return np.array(valid, dtype=object) if arr.ndim else np.array(1j), TypeError
    return draw(st.sampled_from([[None], ["a", "b"], [[True]], [1j]])), TypeError


BAD_INTS = [
    True,
    False,
    np.True_,
    2.5,
    np.float64(2.0),
    np.float32(1.0),
    "2",
    b"2",
    1j,
    [2],
    np.array([2]),
    np.array(2.0),
    {},
    object(),
]
BAD_LABELS = [
    ([True, 1, False, 0], TypeError),
    (np.array([True, 1, 2, 0], dtype=object), TypeError),
    ([1, "a", 1, "a"], TypeError),
    (np.array([1, "a", 2, "b"], dtype=object), TypeError),
    ([None, 1, 2, 3], TypeError),
    ([1j, 2j, 1j, 2j], TypeError),
    (np.array([1j, 2j, 1j, 2j]), TypeError),
    ([b"a", b"b", b"a", b"b"], TypeError),
    ([[0, 1], [1], [0], [1]], ValueError),
    ([[0, 1], [1, 0], [0, 0], [1, 1]], ValueError),
    ("abcd", ValueError),
    (None, TypeError),
    (3, ValueError),
    ({0: 1}, TypeError),
]
NOT_CALLABLE = [None, 3.0, "f", [1.0]]
BAD_RETURNS = [
    (None, TypeError),
    ("1.0", TypeError),
    (1j, TypeError),
    (True, TypeError),
    (object(), TypeError),
    ({}, TypeError),
    ([[1.0], [2.0, 3.0]], ValueError),
    (np.array(["a"]), TypeError),
]
BAD_TEXT = [
    (None, TypeError),
    (1, TypeError),
    (b"x", TypeError),
    (["t"], TypeError),
    ("", ValueError),
    ("   ", ValueError),
]
BAD_CHOICE = [
    (None, TypeError),
    (1, TypeError),
    (b"svg", TypeError),
    ("jpeg", ValueError),
]
BAD_OBJECTS = [None, 1, "fig", [], np.zeros(2)]


def bad_values(kind: str, valid: Any, default: Any) -> st.SearchStrategy:
    """Pairs (bad value, the exception it must raise) for a parameter of `kind`."""
    if kind == "real":
        strategy = bad_reals(valid)
    elif kind == "int":
        strategy = st.sampled_from(
            [(v, TypeError) for v in BAD_INTS] + [(None, TypeError)]
        )
    elif kind == "labels":
        strategy = st.sampled_from(BAD_LABELS)
    elif kind == "callable":
        strategy = st.one_of(
            st.sampled_from([(v, TypeError) for v in NOT_CALLABLE]),
            st.sampled_from(BAD_RETURNS).map(
                lambda pair: (returning(pair[0]), pair[1])
            ),
        )
    elif kind == "text":
        strategy = st.sampled_from(BAD_TEXT)
    elif kind == "choice":
        strategy = st.sampled_from(BAD_CHOICE)
    else:
        strategy = st.sampled_from([(v, TypeError) for v in BAD_OBJECTS])
    # None is valid where it is the default (`tol=None`, `n_components=None`).
    return strategy.filter(lambda pair: not (pair[0] is None and default is None))


@pytest.mark.parametrize(("key", "name"), cases(lambda kind: kind != "skip"))
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_a_bad_type_raises_an_error_naming_the_parameter(key, name, data) -> None:
    example = EXAMPLES[key]
    args, func = example.make_args(), example.target()
    param = inspect.signature(func).parameters[name]
    valid = args.get(name, param.default)
    bad, error = data.draw(bad_values(kind_of(example, param), valid, param.default))
    args[name] = bad
    before = snapshot(args)
    try:
        with pytest.raises((TypeError, ValueError)) as raised:
            call(func, args)
    finally:
        plt.close("all")
    assert snapshot(args) == before, f"{key} changed its arguments"
    assert names(str(raised.value), name), (
        f"{key}: {raised.value!r} does not name {name}"
    )
    assert isinstance(raised.value, error), f"{key}({name}={bad!r}): {raised.value!r}"


# --- 2. extreme magnitudes -------------------------------------------------------------


def extreme_values(valid: Any) -> st.SearchStrategy:
    """Valid values across the whole float range, shaped like `valid`."""
    arr = np.asarray(valid, dtype=float)
    if arr.ndim == 0:
        return finite
    top = int(np.frexp(np.max(np.abs(arr)))[1])  # max |arr| < 2**top
    low, high = -1074 - top, 1024 - top  # from all-subnormal to near 1.8e308
    ends = [low, low + 60, -top - 1022, high - 520, high - 2, high - 1, high]
    powers = st.one_of(st.integers(low, high), st.sampled_from(ends))
    scaled = powers.map(lambda k: np.ldexp(arr, k))  # the same data at another size
    anything = hnp.arrays(float, arr.shape, elements=finite)
    return st.one_of(scaled, anything).map(lambda a: a.tolist())


def numbers_in(result: Any) -> list[np.ndarray]:
    """The numeric arrays inside a result (tuples, dicts, fitted objects)."""
    if isinstance(result, np.ndarray) and result.dtype.kind == "O":
        return []  # an array of matplotlib Axes
    if isinstance(result, (float, int, np.number, np.ndarray)):
        return [np.asarray(result, dtype=float)]
    if isinstance(result, (tuple, list)):
        return [a for item in result for a in numbers_in(item)]
    if isinstance(result, dict):
        return [a for item in result.values() for a in numbers_in(item)]
    if ours(result):  # a fitted PCA, a network: the numbers it holds
        return [a for item in vars(result).values() for a in numbers_in(item)]
    return []  # strings, figures


def returns_section(func: Any) -> str:
    doc = inspect.getdoc(func) or ""
    match = re.search(r"Returns\n-+\n(.*?)(\n\n\S[^\n]*\n-+\n|\Z)", doc, re.S)
    return match.group(1) if match else ""


REAL_CASES = cases(lambda kind: kind == "real")
EXTREME_CASES = REAL_CASES + [
    (key, name)
    for key, example in EXAMPLES.items()
    for name in example.extremes
    if (key, name) not in REAL_CASES
]


@pytest.mark.parametrize(("key", "name"), EXTREME_CASES)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_extreme_magnitudes_give_finite_results_or_a_named_error(
    key, name, data
) -> None:
    example = EXAMPLES[key]
    args = example.make_args()
    func = example.target()
    valid = args.get(name, inspect.signature(func).parameters[name].default)
    strategy = example.extremes.get(name, None)
    if strategy is None:
        strategy = extreme_values(valid)
    args[name] = data.draw(strategy, label=name)
    before = snapshot(args)
    try:
        result = call(func, args)
    except ValueError as error:  # the answer is out of range, or the value invalid
        assert names(str(error), name), f"{key}: {error!r} does not name {name}"
        return
    finally:
        plt.close("all")
    assert snapshot(args) == before, f"{key} changed its arguments"
    for values in numbers_in(result):
        assert not np.any(np.isnan(values)), f"{key} returned NaN"
        if np.any(np.isinf(values)):
            assert example.inf_ok, f"{key} returned inf for {name}={args[name]!r}"
            assert "inf" in returns_section(func), f"{key}: inf is not documented"


# --- 3. no mutation ---------------------------------------------------------------------


def snapshot(value: Any) -> Any:
    """A comparable copy: arrays as (dtype, shape, bytes); objects by identity."""
    if isinstance(value, np.ndarray):
        return ("array", value.dtype.str, value.shape, value.tobytes())
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, [snapshot(v) for v in value])
    if isinstance(value, dict):
        return {k: snapshot(v) for k, v in value.items()}
    if (
        isinstance(value, (int, float, complex, str, bytes, np.generic))
        or value is None
    ):
        return repr(value)
    if ours(value):
        return snapshot(vars(value))
    return ("object", id(value))


def as_form(value: Any, form: str) -> Any:
    """The same valid numbers as a list, an array, or a read-only array."""
    if not isinstance(value, (list, np.ndarray)) or form == "list":
        return value
    arr = np.array(value)
    if arr.dtype.kind not in "iuf":
        return value  # string labels
    if form == "readonly":
        arr.setflags(write=False)
    return arr


@pytest.mark.parametrize("key", list(EXAMPLES))
@settings(max_examples=6, deadline=None)
@given(form=st.sampled_from(["list", "array", "readonly"]))
def test_no_function_changes_its_arguments(key, form) -> None:
    example = EXAMPLES[key]
    args = {name: as_form(value, form) for name, value in example.make_args().items()}
    before = snapshot(args)
    func = example.target()
    owner = getattr(func, "__self__", None)
    state = snapshot(owner) if ours(owner) else None
    try:
        call(func, dict(args))
    finally:
        plt.close("all")
    assert snapshot(args) == before, f"{key} changed its arguments"
    if state is not None and not example.changes_self:
        assert snapshot(owner) == state, f"{key} changed the network"
