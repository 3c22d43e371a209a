"""Nearest documents to a query: cosine similarity vs Euclidean distance.

Word counts of three short notes and one long article over a vocabulary of
four words. The article is about the query's topic but long, so it is far
away in Euclidean distance and the closest in angle. After scaling every
vector to length 1 the two measures give the same ranking, because
||u - v||^2 = 2 - 2 cos(u, v) for unit vectors. sklearn agrees.
"""

import numpy as np
from sklearn.metrics.pairwise import cosine_similarity, euclidean_distances

vocabulary = ["gradient", "descent", "matrix", "probability"]
query = np.array([2.0, 1.0, 0.0, 0.0])  # a note on gradient descent
documents = {
    "long article on descent": [20.0, 12.0, 2.0, 1.0],
    "note on descent, matrix": [1.0, 1.0, 1.0, 0.0],
    "note on matrices": [1.0, 0.0, 2.0, 0.0],
    "note on probability": [0.0, 1.0, 0.0, 2.0],
}
names = list(documents)
D = np.array(list(documents.values()))

distance = np.linalg.norm(D - query, axis=1)
cosine = D @ query / (np.linalg.norm(D, axis=1) * np.linalg.norm(query))
by_distance = [names[i] for i in np.argsort(distance)]
by_cosine = [names[i] for i in np.argsort(-cosine)]
print(f"{'document':24} {'distance':>8} {'cosine':>7}")
for name, dist, cos in zip(names, distance, cosine, strict=True):
    print(f"{name:24} {dist:8.2f} {cos:7.3f}")
print("nearest by distance:", by_distance[0])
print("nearest by cosine:  ", by_cosine[0])

assert np.allclose(distance, euclidean_distances(D, query[None])[:, 0])
assert np.allclose(cosine, cosine_similarity(D, query[None])[:, 0])
assert by_distance[0] == "note on descent, matrix"
assert by_cosine[0] == "long article on descent" == by_distance[-1]

# Scaled to unit length, distance ranks exactly as cosine does.
unit = D / np.linalg.norm(D, axis=1, keepdims=True)
unit_query = query / np.linalg.norm(query)
unit_distance = np.linalg.norm(unit - unit_query, axis=1)
assert np.allclose(unit_distance**2, 2.0 - 2.0 * cosine)
unit_ranking = [names[i] for i in np.argsort(unit_distance)]
print("unit vectors, nearest by distance:", unit_ranking[0])
print("same ranking as cosine for all four:", unit_ranking == by_cosine)
assert unit_ranking == by_cosine
