"""Cross-entropy and perplexity of classifiers of scikit-learn's digits.

10 classes of 8x8 images. Two models predict a distribution over the
classes of each test image: the uniform distribution, and a softmax
(multinomial logistic) regression on the pixels. Their mean cross-entropy on
the test set is converted to bits and to perplexity 2^H, the number of
equally likely classes that would leave the same uncertainty.
"""

import numpy as np
from scipy.special import logsumexp
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

from mlfound.information import entropy

X, y = load_digits(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.3, random_state=0, stratify=y
)
scaler = StandardScaler().fit(X_train)
model = LogisticRegression(max_iter=2_000).fit(
    scaler.transform(X_train), y_train
)
Z = model.decision_function(scaler.transform(X_test))  # logits, (n, 10)
k = Z.shape[1]

nats_model = np.mean(logsumexp(Z, axis=1) - Z[np.arange(y_test.size), y_test])
freq_test = np.bincount(y_test, minlength=k) / y_test.size
models = {  # mean cross-entropy on the test labels, in bits
    "uniform": np.log2(k),
    "softmax regression": nats_model / np.log(2),
}
print(f"{y_test.size} test images, {k} classes")
print("model                  cross-entropy (bits)  perplexity")
for name, bits in models.items():
    print(f"{name:22} {bits:20.3f}  {2**bits:10.2f}")
h_labels = entropy(freq_test)
print(f"entropy of the test labels, H(Y) = {h_labels:.3f} bits")
n_correct = int(np.sum(Z.argmax(axis=1) == y_test))
print(f"softmax regression: {n_correct} of {y_test.size} test images right")

# the same loss from scikit-learn, in nats, and the perplexities it implies
reference = log_loss(y_test, model.predict_proba(scaler.transform(X_test)))
assert np.isclose(nats_model, reference, rtol=1e-9)
assert np.isclose(2 ** models["softmax regression"], np.exp(reference))
assert np.isclose(2 ** models["uniform"], k)  # uniform: perplexity = k
# balanced classes: a model that ignores the image can do no better than
# H(Y), which is within 0.001 bits of log2(10); the pixels bring it below 1
assert abs(h_labels - np.log2(k)) < 0.001
assert models["softmax regression"] < 1 < h_labels
bits_model = models["softmax regression"]
perplexity_model = 2**bits_model
