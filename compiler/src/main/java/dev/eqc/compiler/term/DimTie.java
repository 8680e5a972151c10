package dev.eqc.compiler.term;

/**
 * A dimension used as a value in a generic function's body that nothing declares ({@code d_k} in
 * {@code \mathrm{softmax}(QK^\top/\sqrt{d_k})V}), bound at each instantiation to an axis of an argument:
 * the {@link Term.DimValue} named {@code name} is the size of the last axis (or the first, when
 * {@code last} is false) of {@code of}. Shape inference unifies the two; code generation and the
 * interpreter read the size of the axis it resolved to.
 *
 * @param printed the dimension as written ({@code d_k}), for messages
 * @param param the parameter as written ({@code K}), for messages
 */
public record DimTie(String name, String printed, String param, Term of, boolean last) {
    /** The dimension as written, from a tie's internal name ({@code d_k@2} → {@code d_k}). */
    public static String printed(String name) {
        int at = name.indexOf('@');
        return at < 0 ? name : name.substring(0, at);
    }
}
