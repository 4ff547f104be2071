#!/usr/bin/env python3
"""The numpy reference for `LossLabBench explain`: MSE and its gradient over two .npy files, written
as the same JSON `losslab explain --loss mse --format json` writes (numbers in full, round-trip).

Usage: numpy_explain.py X.npy XHAT.npy > out.json
"""
import sys

import numpy as np

x = np.load(sys.argv[1])
p = np.load(sys.argv[2])
n = len(x)
diff = x - p
squared = diff * diff
gradient = -2.0 * diff / n
total = float(np.sum(squared))
out = sys.stdout
out.write('{"loss": "mse", "convention": "exact", "reduction": "mean", "n": %d, "value": %r, "sum": %r, "terms": [' % (n, total / n, total))
row = '{"i": %d, "x": %r, "xhat": %r, "loss": %r, "gradient": %r, "diff": %r, "squared": %r}'
for start in range(0, n, 100_000):
    end = min(n, start + 100_000)
    rows = zip(range(start + 1, end + 1), x[start:end].tolist(), p[start:end].tolist(), squared[start:end].tolist(),
               gradient[start:end].tolist(), diff[start:end].tolist())
    out.write((", " if start else "") + ", ".join(row % (i, a, b, s, g, d, s) for i, a, b, s, g, d in rows))
out.write("]}\n")
