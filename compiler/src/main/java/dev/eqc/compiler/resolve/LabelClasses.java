package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.source.Span;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Term;
import java.util.List;

/**
 * A left-hand index that indexes nothing but is compared with a class label ({@code t_{ik} = \mathbb{1}[y_i = k]},
 * the one-hot targets of a sigmoid focal loss): it runs over the label's classes, counted as they are declared.
 * One compared with an arg max of a declared input ({@code f_i = \frac{1}{T}\sum_x \mathbb{1}\{\mathrm{argmax}\,
 * p_x = i\}}, Switch Transformers' fraction of tokens per expert) runs over the positions of the input's last axis.
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

    /**
     * The length of the last axis of the declared input whose arg max (or arg min) {@code letter} is compared with
     * in {@code rhs} ({@code \mathrm{argmax}\, p_x = i}), or null.
     */
    static Dim comparedWithArgExtreme(String letter, Expr rhs, FileScope file) {
        for (Expr n : IndexLetters.nodes(rhs, false)) {
            if (!(n instanceof Expr.Relation rel) || rel.op() != RelOp.EQ && rel.op() != RelOp.NE) {
                continue;
            }
            Expr other = isLetter(rel.right(), letter) ? rel.left() : isLetter(rel.left(), letter) ? rel.right() : null;
            Dim axis = other == null ? null : argExtremeAxis(other, file);
            if (axis != null) {
                return axis;
            }
        }
        return null;
    }

    /** The positions {@code 0 … count-1} of an arg max as the range of the left-hand index {@code letter}. */
    static IndexVar positions(String letter, Span at, Dim count) {
        return new IndexVar(letter, at, new Term.Literal(at, 0), new Term.Arith(at, at, Term.ArithOp.SUB,
                count.asTerm(at), new Term.Literal(at, 1.0)), List.of());
    }

    private static Dim argExtremeAxis(Expr e, FileScope file) {
        if (e instanceof Expr.BigOp big) {
            return argExtremeOverIndex(big, file);
        }
        if (!(e instanceof Expr.Apply a) || a.args().size() != 1 || !(a.callee() instanceof Expr.Sym f)
                || f.sub() != null || f.sup() != null) {
            return null;
        }
        Expr of = a.args().get(0);
        if (of instanceof Expr.Apply row && row.callee() instanceof Expr.Sym p && p.sub() == null
                && row.args().stream().allMatch(x -> x instanceof Expr.Sym xs && xs.bare())) {
            // the Switch Transformer's \mathrm{argmax}\, p(x) with p \in \mathbb{R}^{T \times N}: the row p(x), W0161
            of = p;
        }
        if (!(of instanceof Expr.Sym arg) || arg.sup() != null || arg.accent() != null) {
            return null;
        }
        String word = f.base().replace("\\", "").toLowerCase(java.util.Locale.ROOT);
        if (!(f.kind() == SymKind.WORD || f.kind() == SymKind.COMMAND) || !word.equals("argmax") && !word.equals("argmin")) {
            return null;
        }
        Input in = file.input(NameKeys.full(arg.withScripts(arg.span(), null, null, arg.primes())));
        return in == null || in.dims() == null || in.dims().isEmpty() ? null : in.dims().get(in.dims().size() - 1);
    }

    /**
     * Lee's pseudo-label {@code y'_i = 1} if {@code i = \operatorname{argmax}_{i'} f_{i'}(x)}: an arg max over an
     * index whose body reads a declared vector at that index (here the declared {@code f(x) \in \mathbb{R}^{C}}, or
     * a declared {@code p}) runs over that vector's positions; its length, or null.
     */
    private static Dim argExtremeOverIndex(Expr.BigOp big, FileScope file) {
        String word = big.operator().base().replace("\\", "").toLowerCase(java.util.Locale.ROOT);
        if (!word.equals("argmax") && !word.equals("argmin") || big.operator().sub() == null
                || !big.operator().sub().isSingle() || !(big.operator().sub().single() instanceof Expr.Sym over)
                || !over.bare() && !(over.sub() == null && over.sup() == null && over.accent() == null)) {
            return null;
        }
        String letter = NameKeys.full(over);
        Dim found = null;
        for (Expr n : IndexLetters.nodes(big.body(), false)) {
            Expr.Sym named = n instanceof Expr.Apply a && a.callee() instanceof Expr.Sym c ? c
                    : n instanceof Expr.Sym s ? s : null;
            if (named == null || named.sub() == null || !named.sub().isSingle() || named.sup() != null
                    || !(named.sub().single() instanceof Expr.Sym at) || !NameKeys.full(at).equals(letter)) {
                continue;
            }
            Expr.Sym bare = named.withScripts(named.span(), null, null, named.primes());
            String key = n instanceof Expr.Apply a ? NameKeys.full(bare) + "("
                    + AppliedValues.argumentText(file.source, a.withConditionsAsArguments()) + ")" : NameKeys.full(bare);
            Input in = file.input(key);
            if (in == null || !in.declared() || in.dims() == null || in.dims().size() != 1) {
                continue;
            }
            if (found != null && !found.equals(in.dims().get(0))) {
                return null;
            }
            found = in.dims().get(0);
        }
        return found;
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
