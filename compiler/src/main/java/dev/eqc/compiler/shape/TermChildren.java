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
        if (t instanceof Term.Gradient g) {
            return List.of(g.of());
        }
        if (t instanceof Term.SumTo s) {
            return List.of(s.operand(), s.like());
        }
        if (t instanceof Term.InsertAxis ins) {
            return List.of(ins.operand());
        }
        if (t instanceof Term.Stack st) {
            return List.of(st.body());
        }
        if (t instanceof Term.SliceLast sl) {
            List<Term> kids = new ArrayList<>();
            kids.add(sl.operand());
            kids.addAll(sl.before());
            kids.add(sl.like());
            return kids;
        }
        throw new AssertionError(t);
    }

    /**
     * {@code t} with its direct sub-terms replaced by {@code kids} (in the order {@link #of} gives
     * them); {@code t} itself when nothing changed.
     */
    public static Term rebuild(Term t, List<Term> kids) {
        List<Term> old = of(t);
        boolean same = true;
        for (int i = 0; i < old.size(); i++) {
            same &= old.get(i) == kids.get(i);
        }
        if (same) {
            return t;
        }
        if (t instanceof Term.Call c) {
            return new Term.Call(c.span(), c.function(), kids);
        }
        if (t instanceof Term.BuiltinCall b) {
            return new Term.BuiltinCall(b.span(), b.builtin(), kids);
        }
        if (t instanceof Term.Arith a) {
            return new Term.Arith(a.span(), a.opSpan(), a.op(), kids.get(0), kids.get(1));
        }
        if (t instanceof Term.Product p) {
            return new Term.Product(p.span(), p.opSpan(), kids.get(0), kids.get(1), p.explicit());
        }
        if (t instanceof Term.Power p) {
            return new Term.Power(p.span(), kids.get(0), kids.get(1));
        }
        if (t instanceof Term.Negate n) {
            return new Term.Negate(n.span(), kids.get(0));
        }
        if (t instanceof Term.AlongAxis a) {
            return new Term.AlongAxis(a.span(), a.builtin(), kids.get(0), a.dim());
        }
        if (t instanceof Term.Compare c) {
            return new Term.Compare(c.span(), c.op(), kids.get(0), kids.get(1));
        }
        if (t instanceof Term.Where w) {
            return new Term.Where(w.span(), kids.get(0), kids.get(1), kids.get(2));
        }
        if (t instanceof Term.Index ix) {
            return new Term.Index(ix.span(), kids.get(0), ix.indices());
        }
        if (t instanceof Term.Reduce r) {
            return new Term.Reduce(r.span(), r.op(), r.var(), kids.get(0));
        }
        if (t instanceof Term.Transpose tr) {
            return new Term.Transpose(tr.span(), kids.get(0));
        }
        if (t instanceof Term.Gradient g) {
            return new Term.Gradient(g.span(), kids.get(0), g.wrt(), g.wrtSpan());
        }
        if (t instanceof Term.SumTo s) {
            return new Term.SumTo(s.span(), kids.get(0), kids.get(1));
        }
        if (t instanceof Term.InsertAxis ins) {
            return new Term.InsertAxis(ins.span(), kids.get(0), ins.axis());
        }
        if (t instanceof Term.Stack st) {
            return new Term.Stack(st.span(), st.vars(), kids.get(0));
        }
        if (t instanceof Term.SliceLast sl) {
            return new Term.SliceLast(sl.span(), kids.get(0), kids.subList(1, kids.size() - 1), kids.get(kids.size() - 1));
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
