package dev.eqc.compiler.ast;

/** Relations: definitions ({@code = := \leftarrow}), membership and comparisons. */
public enum RelOp {
    EQ("="), DEFINE(":="), ASSIGN("\\leftarrow"), IN("\\in"),
    LT("<"), GT(">"), LE("\\le"), GE("\\ge"), NE("\\ne"),
    /** {@code \sim}, {@code \approx}, {@code \to} and other relations eqc does not compute. */
    RELATED("\\sim"),
    /** {@code :} as in set-builder notation and {@code x_{0:T}}. */
    SUCH_THAT(":"),
    /** {@code |} as in {@code q(x_t | x_0)}. */
    GIVEN("|");

    public final String symbol;

    RelOp(String symbol) {
        this.symbol = symbol;
    }

    public boolean isDefinition() {
        return this == EQ || this == DEFINE || this == ASSIGN;
    }
}
