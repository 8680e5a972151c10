package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.source.Span;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Term;
import java.util.List;

/**
 * A left-hand index that indexes nothing but is compared with a class label ({@code t_{ik} = \mathbb{1}[y_i = k]},
 * the one-hot targets of a sigmoid focal loss): it runs over the label's classes, counted as they are declared.
 */
final class LabelClasses {
    private LabelClasses() {}

    /** The label input {@code letter} is compared with in {@code rhs} (one with a declared number of classes), or null. */
    static Input comparedWith(String letter, Expr rhs, FileScope file) {
        for (Expr n : IndexLetters.nodes(rhs, false)) {
            if (!(n instanceof Expr.Relation rel) || rel.op() != RelOp.EQ && rel.op() != RelOp.NE) {
                continue;
            }
            Input in = isLetter(rel.right(), letter) ? label(rel.left(), file)
                    : isLetter(rel.left(), letter) ? label(rel.right(), file) : null;
            if (in != null) {
                return in;
            }
        }
        return null;
    }

    /** The classes of {@code label} as the range of the left-hand index {@code letter}. */
    static IndexVar range(String letter, Span at, Input label) {
        Term count = label.labels().count().asTerm(at);
        int first = label.labels().first();
        return new IndexVar(letter, at, new Term.Literal(at, first), first == 1 ? count
                : new Term.Arith(at, at, Term.ArithOp.SUB, count, new Term.Literal(at, 1.0)), List.of());
    }

    private static boolean isLetter(Expr e, String letter) {
        return e instanceof Expr.Sym s && s.bare() && NameKeys.full(s).equals(letter);
    }

    private static Input label(Expr e, FileScope file) {
        if (!(e instanceof Expr.Sym s) || s.sup() != null || s.accent() != null) {
            return null;
        }
        Input whole = file.input(NameKeys.full(s));
        Input in = whole != null && whole.labels() != null ? whole
                : file.input(NameKeys.full(s.withScripts(s.span(), null, null, s.primes())));
        return in != null && in.labels() != null && in.labels().count() != null ? in : null;
    }
}
