package dev.eqc.compiler.codegen;

import com.palantir.javapoet.CodeBlock;

/** Numbers as Java source. */
final class JavaNumbers {
    private JavaNumbers() {}

    /** A {@code double} as Java source: {@code Math.PI}, {@code Math.E} and infinities by name. */
    static CodeBlock literal(double v) {
        if (v == Math.PI) {
            return CodeBlock.of("$T.PI", RuntimeTypes.MATH);
        }
        if (v == Math.E) {
            return CodeBlock.of("$T.E", RuntimeTypes.MATH);
        }
        if (Double.isInfinite(v)) {
            return CodeBlock.of("$T.$L", RuntimeTypes.DOUBLE, v > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY");
        }
        if (Double.isNaN(v)) {
            return CodeBlock.of("$T.NaN", RuntimeTypes.DOUBLE);
        }
        return CodeBlock.of("$L", Double.toString(v));
    }

    /** Whether {@link #literal} writes {@code v} by name rather than as digits. */
    static boolean named(double v) {
        return v == Math.PI || v == Math.E || Double.isInfinite(v) || Double.isNaN(v);
    }
}
