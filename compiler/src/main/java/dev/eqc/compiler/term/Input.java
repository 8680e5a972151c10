package dev.eqc.compiler.term;

import dev.eqc.compiler.source.Span;
import java.util.List;

/**
 * An input of the file: declared ({@code Q \in \mathbb{R}^{n \times d_k}}) or, when
 * {@code declared} is false, inferred from an undeclared name (its dims are then decided by
 * shape inference). {@code key} is the LaTeX spelling that identifies it.
 */
public record Input(String key, String latex, String javaName, Span span, List<Dim> dims, boolean integer,
        boolean declared, int order) {
    public Input {
        dims = dims == null ? null : List.copyOf(dims);
    }
}
