package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Term;
import java.util.List;

/**
 * Sets the file does not give, read as the whole axis their index runs over ({@code \sum_{p \in P}}, W0147), and
 * the bars that count them: Proxy Anchor's {@code \frac{1}{|P|} \sum_{p \in P}} over all proxies is the mean over
 * {@code p}, {@code |P|} the number of terms of that sum (W0429). Before, {@code |P|} made {@code P} an undeclared
 * matrix input (W0101) and the sum over it was E0103. One definition's sums over such a set and its bars share one
 * index variable, so the count is the size of the axis the sum reads.
 */
final class WholeSets {
    private final BodyResolver body;
    private final java.util.Map<String, IndexVar> vars = new java.util.HashMap<>();

    WholeSets(BodyResolver body) {
        this.body = body;
    }

    /** The index variable of a sum over the set {@code key} with the letter {@code letter}: one per set and letter. */
    IndexVar var(String key, String letter, java.util.function.Supplier<IndexVar> fresh) {
        IndexVar known = vars.get(key);
        if (known != null && known.name().equals(letter)) {
            return known;
        }
        IndexVar made = fresh.get();
        vars.putIfAbsent(key, made);
        return made;
    }

    /** Whether {@code set} is a name the file neither declares, defines nor binds, read as a whole axis. */
    boolean ungiven(Expr.Sym set) {
        String key = NameKeys.full(set);
        return set.bare() && (set.kind() == SymKind.CAL || set.kind() == SymKind.LETTERS && set.base().length() == 1
                && Character.isUpperCase(set.base().charAt(0))) && !body.names.isBound(key)
                && !body.file.wasDeclared(key) && !body.file.hasInput(key) && body.file.definition(key) == null
                && !body.file.isDimension(key);
    }

    /** {@code |P|} with a sum over {@code p \in P} in the same definition: that sum's number of terms; else null. */
    Term size(Expr.Abs a) {
        if (!(a.operand() instanceof Expr.Sym set) || !ungiven(set)) {
            return null;
        }
        String key = NameKeys.full(set);
        Expr.Sym[] letter = {null};
        SubscriptForms.walk(body.def.rhs(), e -> {
            if (letter[0] == null && e instanceof Expr.BigOp b && b.operator().sup() == null
                    && b.operator().sub() != null && b.operator().sub().isSingle()
                    && b.operator().sub().single() instanceof Expr.Relation rel
                    && rel.op() == dev.eqc.compiler.ast.RelOp.IN && rel.right() instanceof Expr.Sym s
                    && NameKeys.full(s).equals(key) && rel.left() instanceof Expr.Sym v && v.sub() == null
                    && v.sup() == null && v.accent() == null) {
                letter[0] = v;
            }
        });
        if (letter[0] == null) {
            return null;
        }
        Expr.Sym v = letter[0];
        String name = v.base() + "'".repeat(v.primes());
        IndexVar var = var(key, name, () -> new IndexVar(name, v.span(), null, null, List.of()));
        String printed = body.file.source.slice(set.span());
        Diagnostic.of(Code.W0429, body.file.source, a.span(), "`" + body.file.source.slice(a.span()) + "` is read as the"
                        + " number of members of `" + printed + "`, a set the file does not give: the size of the axis `"
                        + name + "` runs over in `" + name + " \\in " + printed + "`, not an absolute value")
                .caret("the number of values of `" + name + "`")
                .help("declare `" + printed + "` as a 0/1 membership vector for part of the axis; write `\\frac{1}{N}"
                        + " \\sum_{" + name + "=1}^{N}` with a declared size to say so")
                .report(body.file.diagnostics);
        // One per value of the index: i \cdot 0 + 1 reads the index, so the count runs over its axis.
        Term one = new Term.Arith(a.span(), a.span(), Term.ArithOp.ADD, new Term.Arith(a.span(), a.span(),
                Term.ArithOp.MUL, new Term.IndexValue(a.span(), var), new Term.Literal(a.span(), 0.0)),
                new Term.Literal(a.span(), 1.0));
        return new Term.Reduce(a.span(), Term.ReduceOp.SUM, var, one);
    }
}
