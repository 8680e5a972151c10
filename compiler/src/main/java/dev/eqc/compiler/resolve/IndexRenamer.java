package dev.eqc.compiler.resolve;

import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Term;
import java.util.ArrayList;
import java.util.List;

/** Copies a term with every use of one index variable replaced by another. */
final class IndexRenamer {
    private IndexRenamer() {}

    static Term rename(Term t, IndexVar from, IndexVar to) {
        if (t instanceof Term.IndexValue iv) {
            return iv.var() == from ? new Term.IndexValue(iv.span(), to) : iv;
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
