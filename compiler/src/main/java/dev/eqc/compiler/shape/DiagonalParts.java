package dev.eqc.compiler.shape;

import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.term.Term;
import java.util.List;

/**
 * Cluster-GCN's {@code (\tilde{A} + \lambda \operatorname{diag}(\tilde{A})) X} (Chiang et al. 2019, Eq. 11):
 * {@code \mathrm{diag}} of a square matrix is its diagonal, a vector, but a paper that adds it to a matrix of the
 * same size or multiplies a matrix by it from the left means the diagonal matrix, the diagonal part of the matrix
 * and zeros elsewhere. Read as the vector, the sum added the diagonal to every row and the product was a row vector
 * times the matrix, each with exit code 0. Such a call is rewritten to the diagonal matrix of the diagonal,
 * {@code \mathrm{diag}(\mathrm{diag}(A))}, and the reading said (W0405); a call alone or in vector arithmetic keeps
 * the vector.
 */
final class DiagonalParts {
    private final ShapeInference pass;
    private final TermShapes terms;

    DiagonalParts(ShapeInference pass, TermShapes terms) {
        this.pass = pass;
        this.terms = terms;
    }

    /**
     * {@code vector} (of shape {@code v}) meets the matrix {@code m} in an addition, a subtraction or as the left
     * factor of a product: when it is the diagonal of a square matrix of that size, alone or scaled by numbers, reads
     * it as the diagonal matrix and returns true.
     */
    boolean asMatrix(Term vector, Shape v, Shape m, String how) {
        if (v == null || m == null || v.rank() != 1 || m.rank() != 2) {
            return false;
        }
        Term.BuiltinCall call = diagonalOfSquare(vector, 0);
        if (call == null) {
            return false;
        }
        Term.Power power = powerOf(vector, call);
        Shape a = terms.resolved(pass.shapes.get(call.args().get(0)));
        Shape ms = terms.resolved(m);
        if (!pass.unifier.same(a.dim(0), ms.dim(0)) || !pass.unifier.same(terms.resolved(v.dim(0)), ms.dim(0))) {
            return false;
        }
        String text = pass.source.slice(call.span()).trim();
        String arg = pass.source.slice(call.args().get(0).span()).trim();
        if (power != null) {
            // D2L's \mathrm{diag}(\mathbf{Q})^{-\frac{1}{2}} \mathbf{Q}: the power of the diagonal entries, then the
            // diagonal matrix of them (the power of the diagonal matrix itself would raise its zeros)
            pass.rewrites.put(power, t -> t instanceof Term.Power w
                    ? new Term.BuiltinCall(w.span(), Builtin.DIAG, List.of(w)) : t);
        } else {
            pass.rewrites.put(call, t -> t instanceof Term.BuiltinCall c && c.builtin() == Builtin.DIAG
                    ? new Term.BuiltinCall(c.span(), Builtin.DIAG, List.of(c)) : t);
        }
        pass.readings.add(Diagnostic.of(Code.W0405, pass.source, call.span(), "`" + text + "` " + how + " a matrix "
                        + ms + ": read as the diagonal matrix of `" + arg + "`'s diagonal (its diagonal part, zeros"
                        + " elsewhere), not the vector of its diagonal entries")
                .caret("diagonal matrix " + a)
                .help("write `\\mathrm{diag}(\\mathrm{diag}(" + arg + "))` to say so and silence this warning; for the"
                        + " vector name it first (`d_i = " + arg + "_{ii}`) and use `d`")
                .build());
        return true;
    }

    /** The {@code \mathrm{diag}} call of a square matrix that {@code t} is, alone, negated or scaled by numbers. */
    private Term.BuiltinCall diagonalOfSquare(Term t, int depth) {
        if (depth > 6) {
            return null;
        }
        if (t instanceof Term.BuiltinCall c) {
            Shape a = c.builtin() == Builtin.DIAG && c.args().size() == 1 ? pass.shapes.get(c.args().get(0)) : null;
            return a != null && terms.isSquareMatrix(terms.resolved(a)) ? c : null;
        }
        if (t instanceof Term.Negate n) {
            return diagonalOfSquare(n.operand(), depth + 1);
        }
        if (t instanceof Term.Power w && scalar(w.exponent()) && w.base() instanceof Term.BuiltinCall) {
            return diagonalOfSquare(w.base(), depth + 1);
        }
        if (t instanceof Term.Product p) {
            return scalar(p.left()) ? diagonalOfSquare(p.right(), depth + 1)
                    : scalar(p.right()) ? diagonalOfSquare(p.left(), depth + 1) : null;
        }
        if (t instanceof Term.Arith a && (a.op() == Term.ArithOp.MUL || a.op() == Term.ArithOp.DIV)) {
            return a.op() == Term.ArithOp.MUL && scalar(a.left()) ? diagonalOfSquare(a.right(), depth + 1)
                    : scalar(a.right()) ? diagonalOfSquare(a.left(), depth + 1) : null;
        }
        return null;
    }

    /** The power of {@code call} that {@code t} is or scales, or null: {@code \mathrm{diag}(Q)^{-1/2}}. */
    private static Term.Power powerOf(Term t, Term.BuiltinCall call) {
        for (Term u : dev.eqc.compiler.term.TermTrees.preorder(t)) {
            if (u instanceof Term.Power w && w.base() == call) {
                return w;
            }
        }
        return null;
    }

    /**
     * D2L's preconditioner {@code \mathrm{diag}(\mathbf{Q})^{-\frac{1}{2}} \mathbf{Q} \mathrm{diag}(\mathbf{Q})^{-\frac{1}{2}}}:
     * once the left factor is read as the diagonal matrix (W0405), the same diagonal (or its power) closing the product
     * on the right is that matrix too, not a matrix times the vector of the diagonal. Returns true when so read.
     */
    boolean closesProduct(Term.Product p, Shape l, Shape r) {
        if (l == null || r == null || l.rank() != 2 || r.rank() != 1) {
            return false;
        }
        Term.BuiltinCall call = diagonalOfSquare(p.right(), 0);
        if (call == null) {
            return false;
        }
        String arg = pass.source.slice(call.args().get(0).span()).trim();
        Term first = p.left();
        while (first instanceof Term.Product q) {
            first = q.left();
        }
        if (!(first instanceof Term.BuiltinCall d && d.builtin() == Builtin.DIAG && d.args().size() == 1)) {
            return false;
        }
        boolean same = false;
        for (Term u : dev.eqc.compiler.term.TermTrees.preorder(d.args().get(0))) {
            if (u instanceof Term.BuiltinCall inner && inner.builtin() == Builtin.DIAG && inner.args().size() == 1
                    && pass.source.slice(inner.args().get(0).span()).trim().equals(arg)) {
                same = true;
            }
        }
        if (!same) {
            return false;
        }
        return asMatrix(p.right(), r, new Shape(List.of(l.dim(1), l.dim(1))), "closes a product that opens with it, by");
    }

    /**
     * Wikipedia's correlation matrix, {@code \left(\operatorname{diag}(K)\right)^{-\frac{1}{2}} K
     * \left(\operatorname{diag}(K)\right)^{-\frac{1}{2}}}: the declared K before the parenthesis multiplies it, so the
     * product nests on the right, the diagonal times (K times the diagonal). When the diagonal opens such a product and
     * the same diagonal closes the inner one, the closing one is the diagonal matrix (W0405); the opening one is read
     * so on the next pass, when it multiplies the matrix. Returns true when so read.
     */
    boolean closesNested(Term.Product p) {
        Term.BuiltinCall open = diagonalOfSquare(p.left(), 0);
        if (open == null || !(p.right() instanceof Term.Product q)) {
            return false;
        }
        Shape m = pass.shapes.get(q.left());
        Shape v = pass.shapes.get(q.right());
        Term.BuiltinCall close = diagonalOfSquare(q.right(), 0);
        if (m == null || v == null || close == null || !terms.isSquareMatrix(terms.resolved(m))
                || !pass.source.slice(open.args().get(0).span()).trim().equals(
                        pass.source.slice(close.args().get(0).span()).trim())) {
            return false;
        }
        return asMatrix(q.right(), terms.resolved(v), terms.resolved(m), "closes a product that opens with it, by");
    }

    private boolean scalar(Term t) {
        Shape s = pass.shapes.get(t);
        return s != null && s.isScalar();
    }
}
