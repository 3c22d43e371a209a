"""A 64-64-10 ReLU network reads the digits: mini-batch SGD with weight decay.

After every epoch the loss on the validation images is measured; training
stops once it has not improved for `patience` epochs, and the parameters of
the best epoch are put back (early stopping). Only then is the test set used,
once. `closest` and `margin` check that no decision sits within rounding:
the smallest gap between the validation loss and the best so far, and the
smallest gap between the two largest probabilities of a test image.
"""

import numpy as np

from mlfound.datasets import digits_split
from mlfound.nn import Network

X_train, X_val, X_test, y_train, y_val, y_test = digits_split()
eta, batch_size, weight_decay = 0.1, 32, 1e-3
max_epochs, patience = 100, 10

net = Network([64, 64, 10], seed=0)
prior_std = (len(y_train) * weight_decay) ** -0.5  # weight decay as a prior
steps_per_epoch = -(-len(y_train) // batch_size)  # the last batch is smaller
print(net)
print(f"{len(y_train)} training images: {steps_per_epoch} updates per epoch")
print(
    f"weight decay {weight_decay}: a N(0, {prior_std:.2f}^2) prior per weight"
)
print("epoch   train loss   val loss   val accuracy")
best_loss, best_epoch, closest = np.inf, 0, np.inf
for epoch in range(1, max_epochs + 1):
    net.fit(
        X_train,
        y_train,
        epochs=1,
        learning_rate=eta,
        batch_size=batch_size,
        weight_decay=weight_decay,
        seed=epoch,  # a new shuffle every epoch
    )
    val_loss = net.loss(X_val, y_val)
    closest = min(closest, abs(val_loss - best_loss))
    if val_loss < best_loss:
        best_loss, best_epoch = val_loss, epoch
        best = [p.copy() for p in net.weights + net.biases]
    if epoch in (1, 5) or epoch % 20 == 0 or epoch - best_epoch == patience:
        val_acc = np.mean(net.predict(X_val) == y_val)
        train_loss = net.loss(X_train, y_train)
        row = f"{train_loss:12.4f} {val_loss:10.4f} {val_acc:14.3f}"
        print(f"{epoch:5d} {row}")
    if epoch - best_epoch == patience:
        break
stopped = epoch
for p, saved in zip(net.weights + net.biases, best, strict=True):
    p[...] = saved  # in place: the network now holds the best epoch's weights

correct = int(np.sum(net.predict(X_test) == y_test))
accuracy = correct / len(y_test)
top_two = np.sort(net.predict_proba(X_test), axis=1)[:, -2:]
margin = float(np.min(top_two[:, 1] - top_two[:, 0]))
print(f"stopped after epoch {stopped}; best validation loss at {best_epoch}")
print(f"test accuracy: {correct} of {len(y_test)} images = {accuracy:.1%}")
assert accuracy >= 0.95
assert closest > 1e-6 and margin > 1e-3  # nothing decided by rounding noise
print("no decision within rounding: loss gaps > 1e-6, probability gaps > 1e-3")
