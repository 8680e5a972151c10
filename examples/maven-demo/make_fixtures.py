"""Writes the demo's .npy fixtures: a Transformer block's weights, an input sequence, and the
block's output computed here with NumPy alone (an independent reference for the generated code).

    python3 make_fixtures.py          # rewrites src/test/resources/block/*.npy
"""
import os

import numpy as np

N, D_MODEL, D_K, D_V, D_FF = 5, 8, 4, 4, 16
EPS = 1e-5
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src", "test", "resources", "block")


def layer_norm(x, gamma, beta):
    mu = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)
    return gamma * (x - mu) / np.sqrt(var + EPS) + beta


def softmax(z):
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def block(p):
    x = p["X"]
    q, k, v = x @ p["W_Q"], x @ p["W_K"], x @ p["W_V"]
    a = softmax(q @ k.swapaxes(-1, -2) / np.sqrt(D_K)) @ v @ p["W_O"]
    h = layer_norm(x + a, p["gamma_1"], p["beta_1"])
    f = np.maximum(0, h @ p["W_1"] + p["b_1"]) @ p["W_2"] + p["b_2"]
    return layer_norm(h + f, p["gamma_2"], p["beta_2"])


def main():
    rng = np.random.default_rng(2017)
    shapes = {
        "X": (N, D_MODEL),
        "W_Q": (D_MODEL, D_K), "W_K": (D_MODEL, D_K), "W_V": (D_MODEL, D_V), "W_O": (D_V, D_MODEL),
        "gamma_1": (D_MODEL,), "beta_1": (D_MODEL,),
        "W_1": (D_MODEL, D_FF), "b_1": (D_FF,), "W_2": (D_FF, D_MODEL), "b_2": (D_MODEL,),
        "gamma_2": (D_MODEL,), "beta_2": (D_MODEL,),
    }
    params = {}
    for name, shape in shapes.items():
        scale = 1.0 if name == "X" else 1.0 / np.sqrt(shape[0])
        value = rng.normal(0.0, scale, shape)
        if name.startswith("gamma"):
            value = 1.0 + 0.1 * value
        params[name] = value.astype(np.float32)
    os.makedirs(OUT, exist_ok=True)
    for name, value in params.items():
        np.save(os.path.join(OUT, name + ".npy"), value)
    expected = block({k: v.astype(np.float64) for k, v in params.items()})
    np.save(os.path.join(OUT, "expected.npy"), expected.astype(np.float64))


if __name__ == "__main__":
    main()
