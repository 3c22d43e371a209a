"""From features to a kernel: Bayesian linear regression with Gaussian bumps.

Features phi_c(x) = exp(-(x - c)^2 / (2 s^2)) centred on a grid of spacing
h, each weight with prior variance v. The prediction depends on the
features only through v phi(x) . phi(x'), a sum over centres; as h -> 0 it
becomes an integral, the RBF kernel with length scale ell = s sqrt(2),
provided v = signal_var h / (s sqrt(pi)). The Gaussian process with that
kernel needs no features at all.
"""

import numpy as np

from mlfound.bayes import (
    bayesian_linear_regression,
    gaussian_process_regression,
)

ell, signal_var, noise_var = 1.0, 1.0, 0.01
s = ell / np.sqrt(2)
rng = np.random.default_rng(5)
x = rng.uniform(-2, 2, size=15)
y = np.cos(2 * x) + rng.normal(scale=0.1, size=15)
x_new = np.linspace(-3, 3, 13)

gp_mean, gp_var = gaussian_process_regression(
    x[:, None],
    y,
    x_new[:, None],
    length_scale=ell,
    signal_var=signal_var,
    noise_var=noise_var,
)
print("spacing h   features   largest gap in mean   in variance")
gaps = {}
for h in (1.0, 0.5, 0.25):
    centres = np.arange(-10, 10 + h / 2, h)

    def features(v, centres=centres):
        return np.exp(-((v[:, None] - centres) ** 2) / (2 * s**2))

    post = bayesian_linear_regression(
        features(x),
        y,
        noise_var=noise_var,
        prior_var=signal_var * h / (s * np.sqrt(np.pi)),
    )
    mean, var = post.predict(features(x_new))
    gaps[h] = max(
        np.max(np.abs(mean - gp_mean)),
        np.max(np.abs(var - noise_var - gp_var)),
    )
    shown = [
        f"{g:.1e}" if g > 1e-12 else "< 1e-12"
        for g in (
            np.max(np.abs(mean - gp_mean)),
            np.max(np.abs(var - noise_var - gp_var)),
        )
    ]
    print(f"{h:9.2f} {centres.size:10d} {shown[0]:>21} {shown[1]:>13}")
assert gaps[1.0] > 1e-2 and 1e-9 < gaps[0.5] < 1e-5 and gaps[0.25] < 1e-12
