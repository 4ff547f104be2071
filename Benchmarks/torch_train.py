#!/usr/bin/env python3
"""The PyTorch side of `LossLabBench train`: the same epoch as numpy_train.py (64-16-64, ReLU hidden,
Sigmoid output, BCE from the logits, Adam at 0.01, batch 32, float64) in PyTorch on the CPU, one thread.

Usage: torch_train.py N REPEATS. Prints `torch ns_per_sample training_bce` (best of REPEATS), or
`torch missing` when PyTorch is not installed (the benchmark then says so and goes on).
"""
import sys
import time

try:
    import torch
except ImportError:
    print("torch missing")
    sys.exit(0)

n, repeats = int(sys.argv[1]), int(sys.argv[2])
torch.set_num_threads(1)
torch.manual_seed(1)
x = (torch.rand((n, 64), dtype=torch.float64) < 0.3).to(torch.float64)
net = torch.nn.Sequential(torch.nn.Linear(64, 16), torch.nn.ReLU(), torch.nn.Linear(16, 64)).to(torch.float64)
optimizer = torch.optim.Adam(net.parameters(), lr=0.01)
loss = torch.nn.BCEWithLogitsLoss()
best = float("inf")
for _ in range(repeats):
    start = time.perf_counter()
    order = torch.randperm(n)
    for first in range(0, n, 32):
        batch = x[order[first:first + 32]]
        optimizer.zero_grad()
        loss(net(batch), batch).backward()
        optimizer.step()
    best = min(best, time.perf_counter() - start)
with torch.no_grad():
    bce = loss(net(x), x).item()
print(f"torch {best / n * 1e9:.1f} {bce!r}")
