package dev.eqc.compiler.ast;

/** Relations: definitions ({@code = := \leftarrow}), membership and comparisons. */
public enum RelOp {
    EQ("="), DEFINE(":="), ASSIGN("\\leftarrow"), IN("\\in"),
    LT("<"), GT(">"), LE("\\le"), GE("\\ge"), NE("\\ne");

    public final String symbol;

    RelOp(String symbol) {
        this.symbol = symbol;
    }

    public boolean isDefinition() {
        return this == EQ || this == DEFINE || this == ASSIGN;
    }
}
