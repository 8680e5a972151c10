package dev.eqc.compiler.ast;

/** The bracket of a {@link Expr.Group}. */
public enum Bracket {
    PAREN("(", ")"), SQUARE("[", "]"), BRACE("{", "}"), SET("\\{", "\\}"),
    /** The half-open intervals {@code (a, b]} and {@code [a, b)}. */
    OPEN_CLOSED("(", "]"), CLOSED_OPEN("[", ")");

    public final String open;
    public final String close;

    Bracket(String open, String close) {
        this.open = open;
        this.close = close;
    }
}
