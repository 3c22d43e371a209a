"""The digits: 1,797 images of 8x8 pixels, split into three sets.

One training image is drawn in characters, darker pixels as denser marks,
to show what the 64 numbers of a row are.
"""

import numpy as np

from mlfound.datasets import digits_split

X_train, X_val, X_test, y_train, y_val, y_test = digits_split()
for name, X, y in (
    ("train", X_train, y_train),
    ("validation", X_val, y_val),
    ("test", X_test, y_test),
):
    counts = np.bincount(y, minlength=10)
    spread = f"{counts.min()}-{counts.max()}"
    print(f"{name:10} X {X.shape}, images per digit {spread}")
    assert X.shape[1] == 64 and set(y) == set(range(10))
    assert counts.max() <= 1.1 * counts.min()  # the digits equally represented
n_images = len(y_train) + len(y_val) + len(y_test)
print(f"{n_images} images in all")
print(f"pixel values from {X_train.min():.0f} to {X_train.max():.0f}")

shades = " .:-=+*#%@"  # 10 shades for intensities 0 to 1
image = X_train[0].reshape(8, 8)
print(f"training image 0, label {y_train[0]}:")
for row in image:
    print("  " + "".join(2 * shades[round(v * 9)] for v in row))
