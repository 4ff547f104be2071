#!/usr/bin/env python3
"""The numpy side of `LossLabBench read`: writes the data files (once) and times numpy reading them.

Usage: numpy_read.py N FOLDER [write]. Writes FOLDER/x.txt (N numbers as Python writes them, one a line),
FOLDER/x.npy (the same as float64) and FOLDER/xhat.npy (other numbers, for `explain`) unless they exist, then (unless `write` is given) prints `name seconds` for numpy.loadtxt,
numpy.fromfile(sep=" ") and numpy.load (best of 7 for the last, whose time is short).
"""
import os
import sys
import time

import numpy as np

n = int(sys.argv[1])
folder = sys.argv[2]
os.makedirs(folder, exist_ok=True)
text = os.path.join(folder, "x.txt")
array = os.path.join(folder, "x.npy")
values = np.random.default_rng(7).random(n)
if not os.path.exists(array) or np.load(array, mmap_mode="r").shape != (n,):
    np.save(array, values)
    np.save(os.path.join(folder, "xhat.npy"), np.random.default_rng(8).random(n))
    with open(text, "w") as f:
        f.write("\n".join(map(repr, values.tolist())) + "\n")


if sys.argv[3:] == ["write"]:
    sys.exit(0)


def best(f, repeats):
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


print(f"loadtxt {best(lambda: np.loadtxt(text), 1):.4f}")
print(f"fromfile {best(lambda: np.fromfile(text, sep=' '), 1):.4f}")
print(f"load {best(lambda: np.load(array), 7):.4f}")
