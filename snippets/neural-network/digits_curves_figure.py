"""Training and validation loss, and weight size, with and without decay.

Two runs of the digits network from the same start with the same shuffles,
one with weight decay 1e-3 (the training block's run, carried on past its
early stop) and one without. Early stopping is replayed on the first run's
validation losses: best epoch, and the epoch at which patience ran out. The
first run also scores the test set after every epoch, only to measure how
much choosing the epoch by the test set would flatter it.
"""

import numpy as np

from mlfound.datasets import digits_split
from mlfound.figures import PALETTE, figure, to_html
from mlfound.nn import Network

X_train, X_val, X_test, y_train, y_val, y_test = digits_split()
epochs = 120
runs, peeked = {}, []
for alpha in (1e-3, 0.0):
    net = Network([64, 64, 10], seed=0)
    train, val, size = [], [], []
    for epoch in range(1, epochs + 1):
        net.fit(
            X_train,
            y_train,
            epochs=1,
            learning_rate=0.1,
            batch_size=32,
            weight_decay=alpha,
            seed=epoch,
        )
        train.append(net.loss(X_train, y_train))
        val.append(net.loss(X_val, y_val))
        size.append(sum(float(np.sum(W**2)) for W in net.weights))
        if alpha > 0:  # for the pitfall only: never choose by the test set
            peeked.append(int(np.sum(net.predict(X_test) == y_test)))
    runs[alpha] = train, val, size

train, val, size = runs[1e-3]
best_epoch = 1
for epoch in range(1, epochs + 1):  # early stopping with patience 10, replayed
    if val[epoch - 1] < val[best_epoch - 1]:
        best_epoch = epoch
    if epoch - best_epoch == 10:
        break
stopped = epoch
# after epoch 50, training loss keeps falling while validation loss wanders
start = 50
train_fall = train[start - 1] / train[-1]
val_low, val_high = min(val[start - 1 :]), max(val[start - 1 :])
assert train_fall > 1.5 and val_high < 1.3 * val_low
assert min(val[stopped:]) < val[best_epoch - 1]  # a later epoch did better
val_plain = runs[0.0][1]  # decay or not: validation losses stay close
assert abs(np.mean(val[start:]) - np.mean(val_plain[start:])) < 0.05 * val_low
# the weights keep growing without decay; with it they peak and shrink
plain = runs[0.0][2]
assert np.all(np.diff(plain) > 0)
assert size[-1] < 0.97 * max(size)
size_ratio = size[-1] / plain[-1]
assert size_ratio < 0.7 and runs[0.0][0][-1] < train[-1]
# the pitfall: the test accuracy of the best epoch by the test set itself
chosen_correct, peek_correct = peeked[best_epoch - 1], max(peeked)
peek_epoch = 1 + peeked.index(peek_correct)
assert peek_correct > chosen_correct

t = np.arange(1, epochs + 1)
fig, (top, bottom) = figure(2, 1, width=6.4, height=7.0, sharex=True)
top.plot(t, train, color=PALETTE[0], label="training, decay 1e-3")
top.plot(t, val, color=PALETTE[1], label="validation, decay 1e-3")
top.plot(t, runs[0.0][0], ":", color=PALETTE[0], label="training, no decay")
top.plot(t, runs[0.0][1], ":", color=PALETTE[1], label="validation, no decay")
for x, text, side in (
    (best_epoch, "best", "right"),
    (stopped, "stop", "left"),
):
    top.axvline(x, color="0.5", linewidth=1)
    shift = -3 if side == "right" else 3
    offset = {"xytext": (shift, 0), "textcoords": "offset points"}
    top.annotate(text, (x, 0.008), ha=side, **offset)
top.set(ylabel="cross-entropy (nats)", yscale="log", ylim=(0.005, 2))
top.legend(loc="upper right", fontsize=9, ncols=2)
bottom.plot(t, size, color=PALETTE[2], label="decay 1e-3")
bottom.plot(t, plain, ":", color=PALETTE[2], label="no decay")
bottom.set(xlabel="epoch", ylabel="sum of squared weights")
bottom.legend(loc="upper left", fontsize=9)
print(
    to_html(
        fig,
        title="Digits network: loss and weight size per epoch",
        caption="Top: the training loss keeps falling while the validation "
        "loss levels off; early stopping keeps the best epoch. Bottom: "
        "without weight decay the weights keep growing; with it they settle.",
    )
)
