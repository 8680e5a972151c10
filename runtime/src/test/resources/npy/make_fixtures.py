"""Regenerates the .npy fixtures NpyTest reads; run from this directory with NumPy installed.

The files are committed, so the Java build never needs Python. NpyTest hard-codes the values
written here; change both together.
"""
import io

import numpy as np

np.save("f4_2x3.npy", np.array([[1.5, -2.25, 3.0], [4.0, 0.1, -6.5]], dtype=np.float32))
np.save("f8_scalar.npy", np.array(3.25, dtype=np.float64))
np.save("i8_vector.npy", np.array([1, -2, 3, 40000000000], dtype=np.int64))
np.save("i4_2x2.npy", np.array([[7, -8], [2147483647, -2147483648]], dtype=np.int32))
np.save("b1_vector.npy", np.array([True, False, True]))
np.save("f8_big_endian.npy", np.array([[1.5, -2.0], [3.25, 1e300]], dtype=">f8"))
np.save("f4_big_endian.npy", np.array([0.5, -1.25, 3.0], dtype=">f4"))
np.save("f4_empty_0x3.npy", np.zeros((0, 3), dtype=np.float32))
np.save("fortran_order.npy", np.asfortranarray(np.arange(6.0).reshape(2, 3)))
for version in [(2, 0), (3, 0)]:
    with open(f"f8_v{version[0]}.npy", "wb") as f:
        np.lib.format.write_array(f, np.arange(4.0).reshape(2, 2) - 1.5, version=version)
