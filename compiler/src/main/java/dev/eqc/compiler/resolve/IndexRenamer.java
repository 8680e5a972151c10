package dev.eqc.compiler.resolve;

import java.util.ArrayList;
import java.util.List;

/** Copies a term with every use of one index variable replaced by another. */
final class IndexRenamer {
    private IndexRenamer() {}

    static Term rename(Term t, IndexVar from, IndexVar to) {
        if (t instanceof Term.Index ix) {
            List<IndexVar> vars = new ArrayList<>();
            ix.indices().forEach(v -> vars.add(v == from ? to : v));
            return new Term.Index(ix.span(), rename(ix.base(), from, to), vars);
        }
        if (t instanceof Term.IndexValue iv) {
            return iv.var() == from ? new Term.IndexValue(iv.span(), to) : iv;
        }
        if (t instanceof Term.Arith a) {
            return new Term.Arith(a.span(), a.opSpan(), a.op(), rename(a.left(), from, to), rename(a.right(), from, to));
        }
        if (t instanceof Term.Product p) {
            return new Term.Product(p.span(), p.opSpan(), rename(p.left(), from, to), rename(p.right(), from, to), p.explicit());
        }
        if (t instanceof Term.Power p) {
            return new Term.Power(p.span(), rename(p.base(), from, to), rename(p.exponent(), from, to));
        }
        if (t instanceof Term.Negate n) {
            return new Term.Negate(n.span(), rename(n.operand(), from, to));
        }
        if (t instanceof Term.Transpose tr) {
            return new Term.Transpose(tr.span(), rename(tr.operand(), from, to));
        }
        if (t instanceof Term.BuiltinCall b) {
            return new Term.BuiltinCall(b.span(), b.builtin(), renameAll(b.args(), from, to));
        }
        if (t instanceof Term.Call c) {
            return new Term.Call(c.span(), c.function(), renameAll(c.args(), from, to));
        }
        if (t instanceof Term.Reduce r) {
            return new Term.Reduce(r.span(), r.op(), r.var(), rename(r.body(), from, to));
        }
        if (t instanceof Term.Compare c) {
            return new Term.Compare(c.span(), c.op(), rename(c.left(), from, to), rename(c.right(), from, to));
        }
        if (t instanceof Term.Where w) {
            return new Term.Where(w.span(), rename(w.condition(), from, to), rename(w.then(), from, to),
                    rename(w.otherwise(), from, to));
        }
        if (t instanceof Term.AlongAxis a) {
            return new Term.AlongAxis(a.span(), a.builtin(), rename(a.arg(), from, to), a.dim());
        }
        return t;
    }

    private static List<Term> renameAll(List<Term> ts, IndexVar from, IndexVar to) {
        List<Term> out = new ArrayList<>();
        ts.forEach(x -> out.add(rename(x, from, to)));
        return out;
    }
}
