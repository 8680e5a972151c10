package dev.eqc.compiler.resolve;

import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names of SPEC 3.6 (level 3) inside a body: members of an indexed family ({@code W_i^Q} with
 * {@code i} in scope selects along the family's leading axis), strided subscripts
 * ({@code x_{2i+1}}), and the concatenation of a family
 * ({@code \mathrm{Concat}(\mathrm{head}_1, \ldots, \mathrm{head}_h)}).
 *
 * <p>Reports: a family member named outside a family index or by a number, and a concatenation
 * that does not run from the first member to the last (E0122).
 */
final class Level3Names {
    private static final Set<String> DOTS = Set.of("\\ldots", "\\dots", "\\cdots", "\\dotsc");

    private Level3Names() {}

    /** The number of members of a family range ({@code i = 1, \ldots, h}: h), or null after an error. */
    static Dim familySize(Statement.FamilyRange range, Resolver r) {
        if (!(range.first() instanceof Expr.Num one) || one.value() != 1.0) {
            Diagnostic.of(Code.E0122, r.source, range.first().span(), "family members are numbered from 1")
                    .caret("not 1")
                    .help("write the range as papers do, like `i = 1, \\ldots, h`")
                    .report(r.diagnostics);
            return null;
        }
        return DimConverter.convert(range.last(), r);
    }

    /** The family name of a subscripted name ({@code W_i^Q} → {@code W^Q}). */
    static String familyKey(Expr.Sym s) {
        return NameKeys.full(s.withScripts(s.span(), null, s.sup(), s.primes()));
    }

    /** {@code W_i^Q}: the member of a family input at index {@code i}; null when {@code s} is no family member. */
    static Term member(BodyResolver b, Expr.Sym s, List<IndexVar> indices) {
        Resolver r = b.resolver();
        if (s.sub() == null) {
            return null;
        }
        if (!r.families.containsKey(familyKey(s)) && s.kind() == SymKind.LETTERS && s.base().length() > 1
                && b.lookupName(NameKeys.withSub(s), null) == null && b.lookupName(NameKeys.full(s), null) == null) {
            // QW_i^Q: the letters before the family member multiply it.
            int cut = s.span().start() + s.base().length() - 1;
            Expr.Sym last = new Expr.Sym(new Span(cut, s.span().end()), SymKind.LETTERS,
                    s.base().substring(s.base().length() - 1), null, s.sub(), s.sup(), s.primes());
            if (!r.families.containsKey(familyKey(last))) {
                return null;
            }
            Expr.Sym prefix = new Expr.Sym(new Span(s.span().start(), cut), SymKind.LETTERS,
                    s.base().substring(0, s.base().length() - 1), null, null, null, 0);
            return new Term.Product(s.span(), new Span(cut, cut), b.expr(prefix), b.expr(last));
        }
        if (!r.families.containsKey(familyKey(s))) {
            return null;
        }
        Input family = r.families.get(familyKey(s));
        if (indices == null || indices.size() != 1) {
            return b.fail(Code.E0122, s.span(), "`" + r.source.slice(s.span()) + "` names a member of the family `"
                    + family.latex() + "` outside its index",
                    "define the family element-wise over its index, like `\\mathrm{head}_i = … W_i^Q …`, and use the"
                            + " whole family (`\\mathrm{Concat}(\\mathrm{head}_1, \\ldots, \\mathrm{head}_h)`)");
        }
        Term base = b.inputRef(new Span(s.span().start(), s.sub().span().start() - 1), family);
        return new Term.Index(s.span(), base, indices);
    }

    /** {@code x_{2i+1}} with {@code i} in scope: a strided view of {@code x}, indexed; null when not that form. */
    static Term stridedRead(BodyResolver b, Expr.Sym s) {
        List<StridedSubscript.Item> items = StridedSubscript.of(s.sub());
        if (items == null) {
            return null;
        }
        List<IndexVar> vars = new ArrayList<>();
        for (StridedSubscript.Item item : items) {
            IndexVar v = b.indexVarNamed(item.letter());
            if (v == null) {
                return null;
            }
            vars.add(v);
        }
        Expr.Sym baseSym = s.withScripts(new Span(s.span().start(), s.sub().span().start() - 1), null, null, s.primes());
        Term base = b.lookupName(NameKeys.full(baseSym), baseSym.span());
        if (base == null) {
            base = b.inputRef(baseSym.span(), b.resolver().inferInput(baseSym, NameKeys.full(baseSym)));
        }
        for (int k = 0; k < items.size(); k++) {
            StridedSubscript.Item item = items.get(k);
            if (item.stride() > 1) {
                base = new Term.Strided(new Span(s.span().start(), s.sub().span().end()), base, k, item.stride(),
                        item.offset());
            }
        }
        Term indexed = new Term.Index(new Span(s.span().start(), s.sub().span().end()), base, vars);
        if (s.sup() == null) {
            return indexed;
        }
        return new Term.Power(s.span(), indexed, b.expr(s.sup().single()));
    }

    /** {@code \mathrm{Concat}(a_1, \ldots, a_h)}: the family {@code a} joined; null when the arguments are not that form. */
    static Term concat(BodyResolver b, Expr.Apply a) {
        if (a.args().size() != 3 || !(a.args().get(1) instanceof Expr.Sym dots) || dots.kind() != SymKind.COMMAND
                || !DOTS.contains(dots.base()) || !(a.args().get(0) instanceof Expr.Sym first)
                || !(a.args().get(2) instanceof Expr.Sym last) || first.sub() == null || last.sub() == null
                || !familyKey(first).equals(familyKey(last)) || !first.sub().isSingle() || !last.sub().isSingle()) {
            return null;
        }
        Resolver r = b.resolver();
        if (!(first.sub().single() instanceof Expr.Num one) || one.value() != 1.0) {
            return b.fail(Code.E0122, first.sub().span(), "`" + r.source.slice(a.span())
                    + "` must start at the first member, numbered 1", "write `"
                    + r.source.slice(first.span()).replace(r.source.slice(first.sub().span()), "1") + "` first");
        }
        Expr.Sym familySym = first.withScripts(new Span(first.span().start(), first.sub().span().start() - 1), null,
                first.sup(), first.primes());
        Term family;
        if (r.families.containsKey(familyKey(first))) {
            family = b.inputRef(familySym.span(), r.families.get(familyKey(first)));
        } else {
            family = b.lookupName(NameKeys.full(familySym), familySym.span());
            if (family == null) {
                return b.fail(Code.E0122, familySym.span(), "`" + r.source.slice(familySym.span())
                        + "` is not a family", "define it element-wise over an index, like `\\mathrm{head}_i = …`,"
                        + " or declare it with a range, like `W_i \\in \\mathbb{R}^{d}, i = 1, \\ldots, h`");
            }
        }
        return new Term.FamilyConcat(a.span(), family, b.expr(last.sub().single()));
    }
}
