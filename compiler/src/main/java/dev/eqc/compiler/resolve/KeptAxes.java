package dev.eqc.compiler.resolve;

import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.TermKeys;
import dev.eqc.compiler.term.TermTrees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which named-axis reductions keep their axis. In {@code X - \\underset{C}{\\mathbb{E}}[X]} the mean
 * over C is subtracted from X itself, so it keeps axis C with size 1 and broadcasts back along it,
 * as a normalisation layer means (PyTorch's {@code keepdim=True}). Without this the reduced value
 * would align with X's last axis instead: a wrong result for a square X. The rule: a named-axis
 * reduction keeps its axis when a tensor it reads also appears in the same body outside every
 * reduction; otherwise ({@code \\mu = \\underset{C}{\\mathbb{E}}[X]}, {@code \\mathbb{E}[X^2] - \\mathbb{E}[X]^2})
 * it loses the axis as before (docs/LANGUAGE.md, "Axis forms").
 */
final class KeptAxes {
    private KeptAxes() {}

    static Term mark(Term body) {
        if (!TermTrees.any(body, KeptAxes::reduces)) {
            return body;
        }
        TermKeys keys = new TermKeys();
        Set<Integer> outside = new HashSet<>();
        leavesOutsideReductions(body, keys, outside);
        return rewrite(body, keys, outside);
    }

    private static boolean reduces(Term t) {
        return t instanceof Term.AlongAxis a && a.builtin().kind() == Builtin.Kind.REDUCE_LAST;
    }

    /** A tensor a body reads: an input, a parameter, another definition's value (not a number or an index). */
    private static boolean isTensorLeaf(Term t) {
        return t.children().isEmpty() && !(t instanceof Term.Literal) && !(t instanceof Term.IndexValue);
    }

    private static void leavesOutsideReductions(Term t, TermKeys keys, Set<Integer> into) {
        if (reduces(t)) {
            return;
        }
        if (isTensorLeaf(t)) {
            into.add(keys.of(t));
        }
        for (Term k : t.children()) {
            leavesOutsideReductions(k, keys, into);
        }
    }

    private static Term rewrite(Term t, TermKeys keys, Set<Integer> outside) {
        List<Term> kids = new ArrayList<>();
        for (Term k : t.children()) {
            kids.add(rewrite(k, keys, outside));
        }
        Term rebuilt = t.withChildren(kids);
        if (rebuilt instanceof Term.AlongAxis a && reduces(a) && !a.keep()
                && TermTrees.any(t, x -> isTensorLeaf(x) && outside.contains(keys.of(x)))) {
            return new Term.AlongAxis(a.span(), a.builtin(), a.arg(), a.dim(), true);
        }
        return rebuilt;
    }
}
