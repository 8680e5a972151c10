package dev.eqc.compiler.resolve;

import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.TermKeys;
import dev.eqc.compiler.term.TermTrees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which statistics keep the axis they reduce. In {@code X - \\underset{C}{\\mathbb{E}}[X]} the mean over C
 * is subtracted from X itself, so it keeps axis C with size 1 and broadcasts back along it, as a
 * normalisation layer means (PyTorch's {@code keepdim=True}); without this the reduced value would align
 * with X's last axis instead, a wrong result for a square X. The same holds for the last-axis statistics
 * {@code \\mathbb{E}[X]}, {@code Var[X]}, {@code \\mathrm{mean}(X)}, {@code \\mathrm{std}(X)}, {@code \\max(X)},
 * {@code \\mathrm{sum}(X)} (layer norm as
 * printed: {@code \\frac{X - \\mathbb{E}[X]}{\\sqrt{Var[X] + \\epsilon}}}), which shape inference then warns
 * about for a matrix (W0102: per row, not per column as batch statistics would be).
 *
 * <p>The rule: in an element-wise region of a body (operands joined by arithmetic, powers, comparisons and
 * element-wise functions; a product of juxtaposed factors starts a region of each factor), a statistic keeps its axis when a tensor its argument reads whole (through
 * element-wise operations only) appears whole in the same region. A statistic alone ({@code \\mu = \\underset{C}{\\mathbb{E}}[X]}), of a tensor the region only
 * indexes ({@code \\sum_i (x_i - \\mathrm{mean}(x))^2}) or only reduces ({@code \\mathbb{E}[X^2] -
 * \\mathbb{E}[X]^2}) loses it, as before (docs/LANGUAGE.md, "Statistics along named axes").
 */
final class KeptAxes {
    /** The dimension name of an {@link Term.AlongAxis} that means "the last axis", with no name to find. */
    static final String LAST = "";

    private final TermKeys keys = new TermKeys();

    private KeptAxes() {}

    static Term mark(Term body) {
        if (!TermTrees.any(body, KeptAxes::statistic)) {
            return body;
        }
        return new KeptAxes().region(body);
    }

    private static boolean statistic(Term t) {
        if (t instanceof Term.AlongAxis a) {
            return a.builtin().kind() == Builtin.Kind.REDUCE_LAST;
        }
        return t instanceof Term.BuiltinCall b && b.args().size() == 1
                && (b.builtin() == Builtin.MEAN || b.builtin() == Builtin.VAR || b.builtin() == Builtin.STD
                        || b.builtin() == Builtin.MAX_LAST || b.builtin() == Builtin.SUM);
    }

    private static boolean elementWise(Term t) {
        return t instanceof Term.Arith || t instanceof Term.Negate || t instanceof Term.Power
                || t instanceof Term.Where || t instanceof Term.Compare
                || t instanceof Term.BuiltinCall b && (b.builtin().kind() == Builtin.Kind.UNARY
                        || b.builtin().kind() == Builtin.Kind.BINARY);
    }

    /** A tensor a body reads: an input, a parameter, another definition's value (not a number or an index). */
    private static boolean tensorLeaf(Term t) {
        return t.children().isEmpty() && !(t instanceof Term.Literal) && !(t instanceof Term.IndexValue);
    }

    /** Rewrites the element-wise region rooted at {@code root}, and every region below it. */
    private Term region(Term root) {
        Set<Integer> whole = new HashSet<>();
        collectWhole(root, whole);
        return rewrite(root, whole);
    }

    private void collectWhole(Term t, Set<Integer> into) {
        if (tensorLeaf(t)) {
            into.add(keys.of(t));
        } else if (elementWise(t)) {
            for (Term k : t.children()) {
                collectWhole(k, into);
            }
        }
    }

    /**
     * The tensors a statistic's argument reads whole: through element-wise operations and statistics, not
     * through a transpose or an index ({@code \\mathrm{mean}(x^\\top)} beside x is a row to broadcast, not kept).
     */
    private void collectRead(Term t, Set<Integer> into) {
        if (tensorLeaf(t)) {
            into.add(keys.of(t));
        } else if (elementWise(t) || statistic(t)) {
            for (Term k : t.children()) {
                collectRead(k, into);
            }
        }
    }

    private Term rewrite(Term t, Set<Integer> whole) {
        if (statistic(t)) {
            Term arg = t.children().get(0);
            Set<Integer> read = new HashSet<>();
            collectRead(arg, read);
            read.retainAll(whole);
            boolean keep = !read.isEmpty();
            if (t instanceof Term.AlongAxis a) {
                return keep ? keepChain(a) : a.withChildren(List.of(region(arg)));
            }
            Term.BuiltinCall b = (Term.BuiltinCall) t;
            keep &= !declaredVector(arg);
            return keep ? new Term.AlongAxis(b.span(), b.builtin(), region(arg), LAST, true)
                    : b.withChildren(List.of(region(arg)));
        }
        if (!elementWise(t)) {
            return t.withChildren(t.children().stream().map(this::region).toList());
        }
        List<Term> kids = new ArrayList<>();
        for (Term k : t.children()) {
            kids.add(rewrite(k, whole));
        }
        return t.withChildren(kids);
    }

    /**
     * A tensor declared with one axis or none ({@code x \\in \\mathbb{R}^{d}}): its statistic is one number,
     * which broadcasts back as it is, so the call stays a plain last-axis statistic (the form code
     * generation fuses into one pass per row).
     */
    private static boolean declaredVector(Term arg) {
        Input declared = arg instanceof Term.InputRef in && in.input().declared() ? in.input()
                : arg instanceof Term.ParamRef p ? p.param().declaration() : null;
        return declared != null && declared.dims() != null && declared.dims().size() <= 1;
    }

    /** {@code a} and the named-axis reductions directly under it (several axes at once), all keeping. */
    private Term keepChain(Term.AlongAxis a) {
        Term arg = a.arg() instanceof Term.AlongAxis inner && inner.builtin() == a.builtin() && !inner.keep()
                ? keepChain(inner) : region(a.arg());
        return new Term.AlongAxis(a.span(), a.builtin(), arg, a.dim(), true);
    }
}
