"""A grayscale photograph approximated by truncated SVDs of rank 1 to 40.

The image is the portrait of Grace Hopper that ships with matplotlib,
cropped to the face, converted to gray and halved in size: a 192 x 192
matrix of brightness values.
"""

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.cbook import get_sample_data

from mlfound.figures import figure, to_html
from mlfound.linalg import low_rank_approximation

photo = plt.imread(get_sample_data("grace_hopper.jpg", asfileobj=False))
rgb = photo[20:404:2, 64:448:2] / 255.0  # the face, at half size
A = rgb @ np.array([0.299, 0.587, 0.114])  # luminance: (192, 192)

ranks = [1, 5, 10, 40]
fig, axes = figure(1, 5, width=7.7, height=2.0)
panels = [(low_rank_approximation(A, r), f"rank {r}") for r in ranks]
panels.append((A, f"original (rank {np.linalg.matrix_rank(A)})"))
for ax, (image, label) in zip(axes, panels, strict=True):
    ax.imshow(image, cmap="gray", vmin=0.0, vmax=1.0)
    ax.set_title(label, fontsize=9)
    ax.set_axis_off()
print(
    to_html(
        fig,
        title="A photograph at ranks 1, 5, 10 and 40",
        caption="Truncated SVDs of a 192 x 192 grayscale crop of the "
        "portrait of Grace Hopper bundled with matplotlib. Rank 1 is a "
        "pattern of stripes; by rank 40 the face is easy to recognise.",
        fmt="png",
        dpi=90,
    )
)
