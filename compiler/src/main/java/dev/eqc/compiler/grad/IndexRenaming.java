package dev.eqc.compiler.grad;

import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies a term with every free use of one index variable replaced by another: a reduction or a
 * gathered adjoint that binds the variable again keeps its own uses.
 */
final class IndexRenaming {
    private IndexRenaming() {}

    static Term rename(Term t, IndexVar from, IndexVar to) {
        if (t instanceof Term.IndexValue iv) {
            return iv.var() == from ? new Term.IndexValue(iv.span(), to) : iv;
        }
        if (t instanceof Term.Reduce r && r.var() == from || t instanceof Term.Stack s && s.vars().contains(from)) {
            return t;
        }
        List<Term> kids = new ArrayList<>();
        for (Term k : t.children()) {
            kids.add(rename(k, from, to));
        }
        Term rebuilt = t.withChildren(kids);
        if (rebuilt instanceof Term.Index ix && ix.indices().contains(from)) {
            List<IndexVar> vars = new ArrayList<>();
            ix.indices().forEach(v -> vars.add(v == from ? to : v));
            return new Term.Index(ix.span(), ix.base(), vars);
        }
        return rebuilt;
    }
}
