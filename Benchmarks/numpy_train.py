#!/usr/bin/env python3
"""The NumPy side of `LossLabBench train`: one epoch of the 64-16-64 autoencoder (ReLU hidden, Sigmoid
output, BCE from the logits, Adam, batch 32) over N random binary 8x8 images, timed on this machine.

Usage: numpy_train.py N REPEATS. Prints `numpy ns_per_sample training_bce` (best of REPEATS; the BCE
over the images after the last epoch, as a check that it learnt).
The network and update are Benchmarks/numpy_autoencoder.py's; the shuffle is NumPy's own permutation,
as a NumPy user would write it.
"""
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from numpy_autoencoder import Autoencoder  # noqa: E402

n, repeats = int(sys.argv[1]), int(sys.argv[2])
rng = np.random.default_rng(1)
x = (rng.random((n, 64)) < 0.3).astype(np.float64)
net = Autoencoder([64, 16, 64], ["relu", "sigmoid"], 1, "adam", 0.01, "bce")
best = float("inf")
for _ in range(repeats):
    start = time.perf_counter()
    order = rng.permutation(n)
    for first in range(0, n, 32):
        net.step(x[order[first:first + 32]])
    best = min(best, time.perf_counter() - start)
print(f"numpy {best / n * 1e9:.1f} {net.mean_loss(x, 'bce')!r}")
