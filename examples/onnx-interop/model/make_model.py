"""Writes the example's ONNX model: a linear classifier that outputs its logits, and, as a
reference computed by ONNX Runtime itself, its softmax probabilities and cross-entropy loss.

    /usr/bin/python3 model/make_model.py     # rewrites src/main/resources/dev/eqc/onnx/classifier.onnx

Needs only the `onnx` package (Debian: python3-onnx) and NumPy; the weights come from a fixed
seed, so the file is the same on every run.

    inputs:  X [N, D] float    features (N is dynamic)
             Y [N, C] float    target distributions (one-hot or soft labels)
    outputs: logits [N, C]     X W + b                       <- fed to eqc-generated code
             probs  [N, C]     Softmax(logits)               <- ONNX Runtime's own, to compare
             loss   [N]        -sum_c Y * LogSoftmax(logits) <- ONNX Runtime's own, to compare
"""
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

D, C = 6, 4
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources",
                   "dev", "eqc", "onnx", "classifier.onnx")


def main():
    rng = np.random.default_rng(18)
    w = rng.uniform(-1.5, 1.5, size=(D, C)).astype(np.float32)
    b = rng.uniform(-0.5, 0.5, size=(C,)).astype(np.float32)
    nodes = [
        helper.make_node("MatMul", ["X", "W"], ["XW"]),
        helper.make_node("Add", ["XW", "b"], ["logits"]),
        helper.make_node("Softmax", ["logits"], ["probs"], axis=-1),
        helper.make_node("LogSoftmax", ["logits"], ["logp"], axis=-1),
        helper.make_node("Mul", ["Y", "logp"], ["ylogp"]),
        helper.make_node("ReduceSum", ["ylogp", "last_axis"], ["neg_loss"], keepdims=0),
        helper.make_node("Neg", ["neg_loss"], ["loss"]),
    ]
    graph = helper.make_graph(
        nodes, "linear_classifier",
        inputs=[helper.make_tensor_value_info("X", TensorProto.FLOAT, ["N", D]),
                helper.make_tensor_value_info("Y", TensorProto.FLOAT, ["N", C])],
        outputs=[helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["N", C]),
                 helper.make_tensor_value_info("probs", TensorProto.FLOAT, ["N", C]),
                 helper.make_tensor_value_info("loss", TensorProto.FLOAT, ["N"])],
        initializer=[numpy_helper.from_array(w, "W"), numpy_helper.from_array(b, "b"),
                     numpy_helper.from_array(np.array([-1], dtype=np.int64), "last_axis")])
    model = helper.make_model(graph, producer_name="eqc-onnx-interop",
                              opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 7  # readable by every ONNX Runtime release since 1.6
    onnx.checker.check_model(model)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        f.write(model.SerializeToString())
    print("wrote", os.path.normpath(OUT), os.path.getsize(OUT), "bytes")


if __name__ == "__main__":
    main()
