package dev.eqc.compiler.fusion;

import dev.eqc.compiler.term.Input;

/** What the method a loop is planned for calls its operands, so the loop's loads name them. */
public interface OperandNames {
    /** The local of the {@code index}-th listed parameter. */
    String param(int index);

    /** The local holding {@code in}, or null when the method does not take it. */
    String input(Input in);

    /** Whether the method knows the size of dimension {@code dim} (from its arguments or as a parameter). */
    boolean hasSize(String dim);
}
