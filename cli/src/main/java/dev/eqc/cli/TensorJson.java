package dev.eqc.cli;

import dev.eqc.compiler.diag.Json;
import dev.eqc.runtime.DType;
import dev.eqc.runtime.Tensor;
import java.util.Map;

/**
 * Results as one JSON document for machines: {@code {"results": [{"name", "dtype", "shape",
 * "data"}]}} with {@code data} nested as the shape is (a number for a 0-d array); NaN and the
 * infinities, which JSON lacks, as the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}.
 */
final class TensorJson {
    private TensorJson() {}

    static String document(Map<String, Tensor> results) {
        StringBuilder b = new StringBuilder("{\"results\": [");
        boolean first = true;
        for (Map.Entry<String, Tensor> e : results.entrySet()) {
            Tensor t = e.getValue();
            b.append(first ? "" : ", ").append("{\"name\": ").append(Json.quote(e.getKey())).append(", \"dtype\": ")
                    .append(Json.quote(t.dtype() == DType.FLOAT32 ? "float32" : "float64")).append(", \"shape\": ")
                    .append(java.util.Arrays.toString(t.shape())).append(", \"data\": ");
            nested(b, t, t.shape(), 0, 0);
            b.append('}');
            first = false;
        }
        return b.append("]}").toString();
    }

    private static void nested(StringBuilder b, Tensor t, int[] shape, int axis, int offset) {
        if (axis == shape.length) {
            b.append(number(t.getFlat(offset), t.dtype()));
            return;
        }
        int stride = 1;
        for (int k = axis + 1; k < shape.length; k++) {
            stride *= shape[k];
        }
        b.append('[');
        for (int i = 0; i < shape[axis]; i++) {
            b.append(i > 0 ? ", " : "");
            nested(b, t, shape, axis + 1, offset + i * stride);
        }
        b.append(']');
    }

    private static String number(double v, DType dtype) {
        if (Double.isNaN(v)) {
            return "\"NaN\"";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\"Infinity\"" : "\"-Infinity\"";
        }
        return dtype == DType.FLOAT32 ? Float.toString((float) v) : Double.toString(v);
    }
}
