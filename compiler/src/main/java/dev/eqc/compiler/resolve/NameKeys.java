package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import java.util.Set;

/**
 * The identity of a name (SPEC 2.3): its base, accent, subscript, superscript and primes in
 * one normalised spelling, so {@code d_k}, {@code d_{k}} and {@code \mathbf{d}_k} are the same
 * name, and a letter run {@code PE} equals {@code \mathrm{PE}}.
 */
final class NameKeys {
    static final Set<String> TRANSPOSE_MARKS = dev.eqc.compiler.ast.Script.TRANSPOSE_MARKS;

    private NameKeys() {}

    static String base(Expr.Sym s) {
        String base = switch (s.kind()) {
            case LETTERS, COMMAND, WORD -> s.base();
            case CAL -> "\\mathcal{" + s.base() + "}";
            case BB -> "\\mathbb{" + s.base() + "}";
            case SCR -> "\\mathscr{" + s.base() + "}";
            case FRAK -> "\\mathfrak{" + s.base() + "}";
        };
        return s.accent() == null ? base : "\\" + s.accent() + "{" + base + "}";
    }

    static String withSub(Expr.Sym s) {
        return base(s) + (s.sub() == null ? "" : "_" + group(s.sub().key())) + "'".repeat(s.primes());
    }

    static String full(Expr.Sym s) {
        return base(s) + (s.sub() == null ? "" : "_" + group(s.sub().key()))
                + (s.sup() == null ? "" : "^" + group(s.sup().key())) + "'".repeat(s.primes());
    }

    /** {@code k} stays {@code k}; {@code model} becomes <code>{model}</code>, as one would write it. */
    private static String group(String key) {
        return key.length() == 1 ? key : "{" + key + "}";
    }

    static boolean isTranspose(Expr.Sym s) {
        return s.sup() != null && TRANSPOSE_MARKS.contains(s.sup().key());
    }
}
