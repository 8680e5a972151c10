package dev.eqc.compiler.ast;

/** Binary operators as written. Products keep their spelling: SPEC 3.2 gives each its meaning. */
public enum BinaryOp {
    ADD("+"), SUB("-"), PLUS_MINUS("\\pm"),
    /** Juxtaposition: {@code QK}, {@code xW}. */
    JUXTAPOSE("·"),
    /** {@code \cdot}, {@code *}. */
    DOT("\\cdot"),
    /** {@code \times}. */
    CROSS("\\times"),
    /** {@code \odot}, {@code \circ}, {@code \otimes}. */
    HADAMARD("\\odot"),
    /** {@code /}, {@code \oslash}, {@code \div}. */
    DIV("/"),
    /** {@code \Vert} between vectors: concatenation, as in GAT. */
    CONCAT("\\Vert"),
    /** {@code \\cup}: the union of two sets, read only where a set is expected (SetReductions). */
    UNION("\\cup"),
    /** {@code \\bmod}: the remainder of a division, {@code a - b \\lfloor a / b \\rfloor}. */
    MOD("\\bmod");

    public final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }

    public boolean isProduct() {
        return this == JUXTAPOSE || this == DOT || this == CROSS;
    }
}
