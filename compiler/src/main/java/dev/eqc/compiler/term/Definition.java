package dev.eqc.compiler.term;

import dev.eqc.compiler.source.Span;
import java.util.List;

/**
 * A definition ({@code lhs = rhs}) after resolution. A function lists its parameters
 * ({@code \mathrm{FFN}(x)}); a value lists none. {@code freeInputs} are the inputs the body
 * uses freely, directly or through the definitions it uses, in declaration order: they become
 * the method's extra parameters (SPEC 2.2). {@code indices} are the index variables of an
 * element-wise left-hand side ({@code y_i}, {@code \mathrm{softmax}(z)_i}), in order.
 */
public record Definition(
        String key,
        String latexName,
        String javaName,
        Span span,
        Span nameSpan,
        boolean function,
        List<Param> params,
        List<Input> freeInputs,
        List<IndexVar> indices,
        Term body,
        String comment,
        String latex) {

    public Definition {
        params = List.copyOf(params);
        freeInputs = List.copyOf(freeInputs);
        indices = List.copyOf(indices);
    }

    /**
     * Definitions are compared by identity, like the side tables that key on them: a body refers
     * to the definitions it uses, so structural equality (the record default) would walk every
     * definition a chain of them depends on, on every hash lookup (3,000 chained definitions took
     * minutes).
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** Whether the left-hand side defines the result element by element ({@code y_i = …}). */
    public boolean elementwise() {
        return !indices.isEmpty();
    }

    /** Number of arguments the generated method takes. */
    public int arity() {
        return params.size() + freeInputs.size();
    }
}
