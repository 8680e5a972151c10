package dev.eqc.compiler.shape;

import dev.eqc.compiler.resolve.Term;
import java.util.ArrayList;
import java.util.List;

/** The direct sub-terms of a term, for passes that only need to walk the tree. */
public final class TermChildren {
    private TermChildren() {}

    public static List<Term> of(Term t) {
        if (t instanceof Term.Literal || t instanceof Term.DimValue || t instanceof Term.InputRef
                || t instanceof Term.ParamRef || t instanceof Term.ConstRef || t instanceof Term.ValueRef) {
            return List.of();
        }
        if (t instanceof Term.Call c) {
            return c.args();
        }
        if (t instanceof Term.BuiltinCall b) {
            return b.args();
        }
        if (t instanceof Term.Arith a) {
            return List.of(a.left(), a.right());
        }
        if (t instanceof Term.Product p) {
            return List.of(p.left(), p.right());
        }
        if (t instanceof Term.Power p) {
            return List.of(p.base(), p.exponent());
        }
        if (t instanceof Term.Negate n) {
            return List.of(n.operand());
        }
        if (t instanceof Term.AlongAxis a) {
            return List.of(a.arg());
        }
        if (t instanceof Term.Compare c) {
            return List.of(c.left(), c.right());
        }
        if (t instanceof Term.Where w) {
            return List.of(w.condition(), w.then(), w.otherwise());
        }
        if (t instanceof Term.Index ix) {
            return List.of(ix.base());
        }
        if (t instanceof Term.IndexValue) {
            return List.of();
        }
        if (t instanceof Term.Reduce r) {
            return List.of(r.body());
        }
        if (t instanceof Term.Transpose tr) {
            return List.of(tr.operand());
        }
        if (t instanceof Term.Strided st) {
            return List.of(st.base());
        }
        if (t instanceof Term.Interleave il) {
            return il.parts().stream().map(Term.StridedPart::body).toList();
        }
        if (t instanceof Term.FamilyConcat fc) {
            return List.of(fc.family());
        }
        throw new AssertionError(t);
    }

    /** Every term of a tree in reading (pre-)order. */
    public static List<Term> preorder(Term root) {
        List<Term> out = new ArrayList<>();
        java.util.ArrayDeque<Term> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Term t = stack.pop();
            out.add(t);
            List<Term> kids = of(t);
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return out;
    }
}
