package dev.eqc.compiler.ast;

import dev.eqc.compiler.source.Span;
import java.util.List;

/**
 * The set in a declaration: {@code \mathbb{R}^{n \times d_k}} is the reals with dimensions
 * {@code [n, d_k]}; {@code \mathbb{R}} alone a real scalar; {@code \mathbb{N}} an integer scalar.
 * Any other set ({@code i \in N}) is {@code OTHER}, kept as written for name resolution to judge.
 */
public record Domain(Span span, Field field, List<Expr> dims, Expr set) {
    public Domain {
        dims = List.copyOf(dims);
    }

    /** The number set. */
    public enum Field { REAL, NATURAL, INTEGER, OTHER }
}
