#!/usr/bin/env python3
"""The numpy side of `losslab-bench loss`: the same losses and gradients, timed on the same machine.

Usage: numpy_loss.py N REPEATS. Prints one line per case: `name ns_per_element value`.
"""
import sys
import time

import numpy as np

n = int(sys.argv[1])
repeats = int(sys.argv[2])
rng = np.random.default_rng(7)
x = (rng.random(n) < 0.5).astype(np.float64)
p = 0.001 + 0.998 * rng.random(n)
EPS = 1e-7


def mse():
    d = p - x
    return np.mean(d * d), 2.0 * d / n


def mae():
    d = p - x
    return np.mean(np.abs(d)), np.sign(d) / n


def bce_exact():
    loss = -(x * np.log(p) + (1 - x) * np.log1p(-p))
    return np.mean(loss), (p - x) / (p * (1 - p)) / n


def bce_pytorch():
    loss = -(x * np.maximum(np.log(p), -100.0) + (1 - x) * np.maximum(np.log1p(-p), -100.0))
    return np.mean(loss), (p - x) / np.maximum(p * (1 - p), np.float64(np.float32(1e-12))) / n


def bce_keras():
    c = np.clip(p, EPS, 1 - EPS)
    loss = -(x * np.log(c) + (1 - x) * np.log(1 - c))
    inside = (p >= EPS) & (p <= 1 - EPS)
    return np.mean(loss), np.where(inside, (1 - x) / (1 - c) - x / c, 0.0) / n


for name, f in (("mse", mse), ("mae", mae), ("bce-exact", bce_exact), ("bce-pytorch", bce_pytorch), ("bce-keras", bce_keras)):
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        value, grad = f()
        best = min(best, time.perf_counter() - t)
    print(f"{name} {best / n * 1e9:.3f} {value!r}")
