#!/usr/bin/env python3
"""Writes the small data files DataFormatTests read (run from this folder; the tests need no Python)."""
import struct

import numpy as np
from numpy.lib import format as npformat

for code in ["f2", "f4", "f8"]:
    for order in "<>":
        np.save(f"{code}{'le' if order == '<' else 'be'}.npy", np.array([0.5, 0.25, -1.5], dtype=order + code))
for code in ["u1", "u2", "u4", "u8"]:
    for order in "<>":
        info = np.iinfo(np.dtype(code))
        np.save(f"{code}{'le' if order == '<' else 'be'}.npy", np.array([0, 1, info.max], dtype=order + code))
for code in ["i1", "i2", "i4", "i8"]:
    for order in "<>":
        info = np.iinfo(np.dtype(code))
        np.save(f"{code}{'le' if order == '<' else 'be'}.npy", np.array([-1, 0, info.max], dtype=order + code))
np.save("bool.npy", np.array([True, False, True]))
np.save("fortran.npy", np.asfortranarray(np.arange(6, dtype=np.float64).reshape(2, 3)))
np.save("images.npy", np.arange(12, dtype=np.uint8).reshape(3, 2, 2))
np.save("grid.npy", np.arange(24, dtype=np.float32).reshape(2, 3, 2, 2))
np.save("fortran-images.npy", np.asfortranarray(np.arange(24, dtype=np.float64).reshape(2, 3, 4)))
np.save("scalar.npy", np.array(0.75))
for version in [(2, 0), (3, 0)]:
    with open(f"v{version[0]}.npy", "wb") as f:
        npformat.write_array(f, np.array([0.125, 0.5]), version=version)
np.save("object.npy", np.array([1, "a"], dtype=object), allow_pickle=True)
np.save("complex.npy", np.array([1 + 2j]))
np.save("structured.npy", np.array([(1.0,)], dtype=[("a", "<f8")]))
np.save("nan.npy", np.array([[0.1, 0.2], [np.inf, 0.3]]))
whole = open("f8le.npy", "rb").read()
open("truncated-header.npy", "wb").write(whole[:40])
open("truncated-data.npy", "wb").write(whole[:-8])
header = b"{'descr': '<f8', 'fortran_order': False, 'shape': (4611686018427387904, 4), }"
header += b" " * (118 - len(header)) + b"\n"
open("overflow.npy", "wb").write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header + b"\0" * 16)
header = b"{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }"
header += b" " * (118 - len(header)) + b"\n"
open("long-header.npy", "wb").write(b"\x93NUMPY\x01\x00" + struct.pack("<H", 60000) + header)
open("wide.pgm", "wb").write(b"P5\n2 2\n65535\n" + struct.pack(">4H", 0, 256, 32768, 65535))
open("header.csv", "w").write("\ufeffname,target, prediction\nA,1,0.9\nB,0,0.2\nC,1,\"0.6\"\n\n")
open("plain.tsv", "w").write("1\t0.5\n0\t0.25\r\n")
open("ragged.csv", "w").write("a,b\n1,2\n3\n")
open("missing.csv", "w").write("a,b\n1,2\n3,\n")
open("infinite.csv", "w").write("a\n1\ninf\n")
open("bom.txt", "w").write("\ufeff1 2 3\n")
