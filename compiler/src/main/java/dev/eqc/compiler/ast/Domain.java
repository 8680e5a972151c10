package dev.eqc.compiler.ast;

import dev.eqc.compiler.source.Span;
import java.util.List;

/**
 * The set in a declaration: {@code \mathbb{R}^{n \times d_k}} is the reals with dimensions
 * {@code [n, d_k]}; {@code \mathbb{R}} alone a real scalar; {@code \mathbb{N}} an integer scalar.
 */
public record Domain(Span span, Field field, List<Expr> dims) {
    public Domain {
        dims = List.copyOf(dims);
    }

    /** The number set. */
    public enum Field { REAL, NATURAL, INTEGER }
}
