package dev.eqc.compiler.resolve;

import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.term.Param;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.TermTrees;
import java.util.List;

/**
 * Which functions are generic: those with a parameter that has no declared shape and is used where a
 * number and a vector mean different things ({@code \|p - q\|_2}, {@code \sum_i z_i}, {@code z^\top},
 * {@code x W_1}). Such a function is a template ({@link Resolved.Generic}): each call is its body with
 * the arguments in place, so a parameter's shape (and a dimension like {@code d_k} in the body) comes
 * from the call. It has no method of its own, and W0103 says so.
 *
 * <p>A function that is element-wise in its undeclared parameters ({@code \mathrm{GELU}(x) = x\Phi(x)})
 * is the same function a number at a time: it keeps its method, which takes numbers and maps over the
 * elements of wider arguments (SPEC 3.1), as papers apply activations.
 */
final class GenericFunctions {
    private GenericFunctions() {}

    static boolean isGeneric(FileScope file, String name, List<Param> params, Term body) {
        boolean namesakes = params.stream().allMatch(p -> file.input(p.key()) != null || file.definition(p.key()) != null);
        List<Param> generic = new java.util.ArrayList<>();
        Term firstUse = null;
        for (Param p : params) {
            if (p.declaration() != null) {
                continue;
            }
            Term use = TermTrees.preorder(body).stream()
                    .filter(t -> shapeSensitive(t) && TermTrees.any(t, u -> u instanceof Term.ParamRef r
                            && r.param().equals(p)))
                    .reduce((first, second) -> second)   // the innermost such use
                    .orElse(null);
            if (use != null) {
                generic.add(p);
                firstUse = firstUse == null ? use : firstUse;
            }
        }
        if (generic.isEmpty()) {
            return false;
        }
        String names = generic.stream().map(p -> "`" + p.latex() + "`").collect(java.util.stream.Collectors.joining(", "));
        boolean one = generic.size() == 1;
        Param first = generic.get(0);
        Diagnostic.of(Code.W0103, file.source, first.span(), "parameter" + (one ? " " : "s ") + names + " of `" + name
                        + "` " + (one ? "has" : "have") + " no declared shape, so `" + name + "` is generic: each call"
                        + " takes " + (one ? "its" : "their") + " shape from the argument")
                .caret("shape taken from each call")
                .label(firstUse.span(), "depends on that shape")
                .note(namesakes ? "its method computes it at the values its parameters are named after"
                        : "when something calls it, it has no method of its own; when nothing does, its method"
                                + " takes the shapes its body implies (a number where nothing says otherwise)")
                .help("declare " + (one ? "it" : "them") + ", like `" + first.latex() + " \\in \\mathbb{R}^{d}`, for a"
                        + " method of fixed shape that maps over wider arguments")
                .report(file.diagnostics);
        return true;
    }

    /** Terms whose meaning depends on their operand's rank: reductions, indexing, transposes, norms, products. */
    private static boolean shapeSensitive(Term t) {
        return t instanceof Term.Reduce || t instanceof Term.Index || t instanceof Term.Transpose
                || t instanceof Term.AlongAxis
                || t instanceof Term.BuiltinCall b && b.builtin().kind() != Builtin.Kind.UNARY
                        && b.builtin().kind() != Builtin.Kind.BINARY
                || t instanceof Term.Arith a && (!params(a.left()).isEmpty() && tensorInput(a.right())
                        || !params(a.right()).isEmpty() && tensorInput(a.left()))
                || t instanceof Term.Product pr && (pr.explicit() || external(pr.left()) || external(pr.right())
                        || !params(pr.left()).equals(params(pr.right())) && !params(pr.left()).isEmpty()
                        && !params(pr.right()).isEmpty());
    }

    /** The parameters a term uses: {@code A B} of two parameters is a matrix product for matrices. */
    private static java.util.Set<Param> params(Term t) {
        java.util.Set<Param> out = new java.util.HashSet<>();
        for (Term u : TermTrees.preorder(t)) {
            if (u instanceof Term.ParamRef r) {
                out.add(r.param());
            }
        }
        return out;
    }

    /**
     * Whether a term reads a declared input with axes ({@code b} in d2l's {@code f(x) = \gamma \odot x + b}): a
     * parameter combined with it element-wise broadcasts against the argument's shape, so the function is no map
     * of numbers (mapped over a matrix argument, each entry would become a whole vector).
     */
    private static boolean tensorInput(Term t) {
        return TermTrees.any(t, u -> u instanceof Term.InputRef r && r.input().dims() != null
                && !r.input().dims().isEmpty());
    }

    /**
     * Whether a factor involves a value from outside the function ({@code W_1} in {@code x W_1}): a product
     * with it is a scaling for a number and a matrix product for a vector. Factors of one and the same
     * parameter ({@code t \Phi(t)}) or of a parameter and numbers ({@code 2z}) multiply element-wise either
     * way; factors of different parameters ({@code A B}) do not.
     */
    private static boolean external(Term t) {
        return TermTrees.any(t, u -> u instanceof Term.InputRef || u instanceof Term.ValueRef);
    }
}
