"""Confusion matrix of the early-stopped digits network on the test images.

The network is trained exactly as in the training block (same seeds, same
early stopping), so it makes the same predictions. The counts are tallied
by hand and checked against sklearn.metrics.confusion_matrix.
"""

import numpy as np
from matplotlib.patches import Rectangle
from sklearn.metrics import confusion_matrix

from mlfound.datasets import digits_split
from mlfound.figures import PALETTE, figure, to_html
from mlfound.nn import Network

X_train, X_val, X_test, y_train, y_val, y_test = digits_split()
net = Network([64, 64, 10], seed=0)
best_loss, best_epoch = np.inf, 0
for epoch in range(1, 101):
    net.fit(
        X_train,
        y_train,
        epochs=1,
        learning_rate=0.1,
        batch_size=32,
        weight_decay=1e-3,
        seed=epoch,
    )
    val_loss = net.loss(X_val, y_val)
    if val_loss < best_loss:
        best_loss, best_epoch = val_loss, epoch
        best = [p.copy() for p in net.weights + net.biases]
    if epoch - best_epoch == 10:
        break
for p, saved in zip(net.weights + net.biases, best, strict=True):
    p[...] = saved

predicted = net.predict(X_test)
counts = np.zeros((10, 10), dtype=int)
np.add.at(counts, (y_test, predicted), 1)  # row: true digit, column: predicted
assert np.array_equal(counts, confusion_matrix(y_test, predicted))
errors = int(counts.sum() - np.trace(counts))
mistakes = counts - np.diag(np.diag(counts))
largest_cell = int(mistakes.max())  # the most frequent single confusion
wrong_as = mistakes.sum(axis=0)  # per digit: wrongly predicted this often
missed = mistakes.sum(axis=1)  # per digit: misread this often
wrong_as_digit, wrong_as_count = int(np.argmax(wrong_as)), int(wrong_as.max())
hardest_digit, hardest_count = int(np.argmax(missed)), int(missed.max())
assert np.sum(wrong_as == wrong_as_count) == 1  # a unique answer each
assert np.sum(missed == hardest_count) == 1
assert wrong_as_digit == hardest_digit == 8  # the page discusses the 8s

fig, ax = figure(width=5.4, height=5.0)
for true in range(10):
    for guess in range(10):
        count = counts[true, guess]
        if count == 0:
            continue
        colour = PALETTE[0] if true == guess else PALETTE[3]
        corner = (guess - 0.5, true - 0.5)
        ax.add_patch(Rectangle(corner, 1, 1, color=colour, alpha=0.35))
        ax.text(guess, true, str(count), ha="center", va="center", fontsize=10)
ax.set(
    xlim=(-0.5, 9.5),
    ylim=(9.5, -0.5),
    xticks=range(10),
    yticks=range(10),
    xlabel="predicted digit",
    ylabel="true digit",
    aspect="equal",
)
ax.grid(False)
ax.tick_params(length=0)
print(
    to_html(
        fig,
        title="Confusion matrix of the digits network",
        caption=f"Test images by true digit (row) and predicted digit "
        f"(column). The diagonal (blue) holds the {counts.sum() - errors} "
        f"correct answers, the red cells the {errors} mistakes; empty cells "
        "are zero.",
    )
)
