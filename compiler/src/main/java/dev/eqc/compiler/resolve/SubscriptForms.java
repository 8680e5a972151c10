package dev.eqc.compiler.resolve;

import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Subscripts that select (SPEC 3.6) inside a body: members of an indexed family ({@code W_i^Q} with
 * {@code i} in scope selects along the family's leading axis), strided subscripts
 * ({@code x_{2i+1}}), and the concatenation of a family
 * ({@code \mathrm{Concat}(\mathrm{head}_1, \ldots, \mathrm{head}_h)}).
 *
 * <p>Reports: a family member named outside a family index or by a number, and a concatenation
 * that does not run from the first member to the last (E0122).
 */
final class SubscriptForms {
    private static final Set<String> DOTS = Set.of("\\ldots", "\\dots", "\\cdots", "\\dotsc");

    private final BodyResolver b;
    private final FileScope r;

    SubscriptForms(BodyResolver body) {
        this.b = body;
        this.r = body.file;
    }

    /** The family name of a subscripted name ({@code W_i^Q} → {@code W^Q}). */
    static String familyKey(Expr.Sym s) {
        return NameKeys.full(s.withScripts(s.span(), null, s.sup(), s.primes()));
    }

    /** {@code W_i^Q}: the member of a family input at index {@code i}; null when {@code s} is no family member. */
    Term member(Expr.Sym s, List<IndexVar> indices) {
        if (s.sub() == null) {
            return null;
        }
        if (r.family(familyKey(s)) == null && s.kind() == SymKind.LETTERS && s.base().length() > 1
                && !b.names.isBound(NameKeys.withSub(s)) && !b.names.isBound(NameKeys.full(s))) {
            // QW_i^Q: the letters before the family member multiply it.
            int cut = s.span().start() + s.base().length() - 1;
            Expr.Sym last = new Expr.Sym(new Span(cut, s.span().end()), SymKind.LETTERS,
                    s.base().substring(s.base().length() - 1), null, s.sub(), s.sup(), s.primes());
            if (r.family(familyKey(last)) == null) {
                return null;
            }
            Expr.Sym prefix = new Expr.Sym(new Span(s.span().start(), cut), SymKind.LETTERS,
                    s.base().substring(0, s.base().length() - 1), null, null, null, 0);
            return new Term.Product(s.span(), new Span(cut, cut), b.expr(prefix), b.expr(last));
        }
        if (r.family(familyKey(s)) == null) {
            return null;
        }
        Input family = r.family(familyKey(s));
        if ((indices == null || indices.size() != 1) && r.input(NameKeys.full(s)) != null
                && r.input(NameKeys.full(s)).declared() && !r.input(NameKeys.full(s)).equals(family)) {
            // W_g \in \mathbb{R}^{d \times n} declared beside the family W_i (Shazeer et al.): g is no index in
            // scope, so W_g is the name declared, not a member of the family.
            return null;
        }
        if (indices == null || indices.size() != 1) {
            return b.error(Code.E0122, s.span(), "`" + r.source.slice(s.span()) + "` names a member of the family `"
                    + family.latex() + "` outside its index",
                    "define the family element-wise over its index, like `\\mathrm{head}_i = … W_i^Q …`, and use the"
                            + " whole family (`\\mathrm{Concat}(\\mathrm{head}_1, \\ldots, \\mathrm{head}_h)`)");
        }
        Term base = b.names.inputRef(new Span(s.span().start(), s.sub().span().start() - 1), family);
        return new Term.Index(s.span(), base, indices);
    }

    /** {@code x_{2i+1}} with {@code i} in scope: a strided view of {@code x}, indexed; null when not that form. */
    Term stridedRead(Expr.Sym s) {
        List<StridedSubscript.Item> items = StridedSubscript.of(s.sub());
        if (items == null) {
            return null;
        }
        List<IndexVar> vars = new ArrayList<>();
        for (StridedSubscript.Item item : items) {
            IndexVar v = b.scope.indexVar(item.letter());
            if (v == null) {
                return null;
            }
            vars.add(v);
        }
        Expr.Sym baseSym = s.withScripts(new Span(s.span().start(), s.sub().span().start() - 1), null, null, s.primes());
        Term base = b.names.lookup(NameKeys.full(baseSym), baseSym.span());
        if (base == null) {
            base = b.names.inputRef(baseSym.span(), r.inferInput(baseSym, NameKeys.full(baseSym)));
        }
        for (int k = 0; k < items.size(); k++) {
            StridedSubscript.Item item = items.get(k);
            if (item.stride() > 1) {
                int offset = StridedSubscript.zeroBasedOffset(item, vars.get(k).firstValue());
                if (offset < 0 || offset >= item.stride()) {
                    return b.error(Code.E0140, item.span(), "`" + r.source.slice(item.span()) + "` is not a position of `"
                                    + r.source.slice(baseSym.span()) + "` while `" + item.letter() + "` counts from "
                                    + vars.get(k).firstValue(),
                            "count the pair as `" + item.stride() + item.letter() + "`, `" + item.stride() + item.letter()
                                    + "+1` (from 0) or `" + item.stride() + item.letter() + "-1`, `" + item.stride()
                                    + item.letter() + "` (from 1), the same way in the whole definition");
                }
                base = new Term.Strided(new Span(s.span().start(), s.sub().span().end()), base, k, item.stride(), offset);
            }
        }
        Term indexed = new Term.Index(new Span(s.span().start(), s.sub().span().end()), base, vars);
        if (s.sup() == null) {
            return indexed;
        }
        return new Term.Power(s.span(), indexed, b.expr(s.sup().single()));
    }

    /**
     * {@code x_{t-1}}, {@code x_{i+m}}, {@code \delta_{t+l}^V} with the letters indices in scope and {@code x} a
     * tensor: the element at the computed position, 0 outside the axis (W0170). Read as
     * {@code \sum_p [p = t - 1] x_p}, so shapes, gradients and code are those of a selection; null when not that form.
     */
    Term offsetRead(Expr.Sym s) {
        List<OffsetSubscript.Item> items = OffsetSubscript.of(s.sub());
        if (items == null || !r.readsAtPosition(s)) {
            return null;
        }
        return positionRead(s, items, null);
    }

    /**
     * {@code V_t} beside {@code r_t}, with {@code r \in \mathbb{R}^{T}} and {@code V \in \mathbb{R}^{T+1}} declared
     * (GAE's TD residual {@code \delta_t = r_t + \gamma V_{t+1} - V_t}, the values of the T+1 states beside the T
     * rewards): the index runs over the shorter axis, and the longer is read at the same positions (W0255), so
     * its extra values are read only at shifted positions. Null unless {@code s} is a declared tensor read by one
     * left-hand index whose first axis is, symbolically, that of another declared tensor the same index reads
     * plainly in this definition, plus a positive whole number.
     */
    Term longerRead(Expr.Sym s) {
        if (s.sub() == null || !s.sub().isSingle() || !(s.sub().single() instanceof Expr.Sym t) || !t.bare()
                || t.kind() != SymKind.LETTERS || t.base().length() != 1 || !b.def.indexLetters().contains(t.base())
                || b.scope.indexVar(t.base()) == null || r.hasInput(NameKeys.full(s))) {
            return null;
        }
        Expr.Sym baseSym = s.withScripts(new Span(s.span().start(), s.sub().span().start() - 1), null, s.sup(), s.primes());
        Input longer = r.input(NameKeys.full(baseSym));
        if (longer == null || !longer.declared() || longer.dims() == null || longer.dims().isEmpty()
                || longer.labels() != null) {
            return null;
        }
        dev.eqc.compiler.term.Dim axis = longer.dims().get(0);
        String[] partner = {null};
        walk(b.def.rhs(), e -> {
            if (partner[0] == null && e instanceof Expr.Sym x && x.sub() != null && x.sub().isSingle()
                    && x.sub().single() instanceof Expr.Sym i && i.bare() && i.base().equals(t.base())) {
                Expr.Sym xb = x.withScripts(x.span(), null, x.sup(), x.primes());
                Input in = r.input(NameKeys.full(xb));
                if (in != null && in != longer && in.declared() && in.dims() != null && !in.dims().isEmpty()
                        && longerBy(axis, in.dims().get(0)) > 0) {
                    partner[0] = r.source.slice(xb.span()) + "` (" + in.dims().get(0) + " values)";
                }
            }
        });
        IndexVar v = b.scope.indexVar(t.base());
        if (partner[0] == null && r.hasWrittenRange(b.def.rhs(), t.base()) && v.upper() instanceof Term.DimValue last
                && longerBy(axis, new dev.eqc.compiler.term.Dim.Symbol(last.dim(), false)) > 0) {
            // \beta_t = 1 - \bar\alpha_t / \bar\alpha_{t-1} \quad t = 1, \dots, T with \bar\alpha over 0 … T: the written
            // range says which positions t reads, and \bar\alpha_t is position t of the T+1.
            OffsetSubscript.Item own = new OffsetSubscript.Item(java.util.Map.of(t.base(), 1), 0, t.span());
            String printed = r.source.slice(baseSym.span());
            Diagnostic.of(Code.W0255, r.source, s.span(), "`" + printed + "` has " + axis + " values and `" + t.base()
                            + "` runs over " + v.firstValue() + " … " + last.dim() + " as written: `" + r.source.slice(s.span())
                            + "` reads `" + printed + "` counted from 0, so its first value is read only when shifted")
                    .caret("position " + t.base() + " of 0 … " + axis + " - 1")
                    .help("declare `" + printed + "` with " + last.dim() + " values to count it like `" + t.base() + "`")
                    .report(r.diagnostics);
            return positionRead(s, List.of(own), own);
        }
        if (partner[0] == null) {
            return null;
        }
        OffsetSubscript.Item item = new OffsetSubscript.Item(java.util.Map.of(t.base(), 1), 0, t.span());
        String printed = r.source.slice(baseSym.span());
        if (r.hasWrittenRange(b.def.rhs(), t.base())) {
            return positionRead(s, List.of(item), item);   // t = 0, \dots, T-1 written: the range is stated
        }
        Diagnostic.of(Code.W0255, r.source, s.span(), "`" + printed + "` has " + axis + " values and `"
                        + partner[0] + " beside it: `" + t.base() + "` runs over the shorter axis and `" + r.source.slice(s.span())
                        + "` reads `" + printed + "` at the same positions")
                .caret("positions of `" + printed + "` past the last `" + t.base() + "` are read only when shifted")
                .help("state the range, like `\\quad " + t.base() + " = 0, \\dots, T-1`, to say which one `"
                        + t.base() + "` runs over")
                .report(r.diagnostics);
        return positionRead(s, List.of(item), item);
    }

    /** How many more entries {@code longer} has than {@code shorter} ({@code T+1} against {@code T}: 1), or 0. */
    private static int longerBy(dev.eqc.compiler.term.Dim longer, dev.eqc.compiler.term.Dim shorter) {
        if (longer instanceof dev.eqc.compiler.term.Dim.Compound c && c.op() == '+' && c.left().equals(shorter)
                && c.right() instanceof dev.eqc.compiler.term.Dim.Known k && k.value() > 0) {
            return k.value();
        }
        return 0;
    }

    /**
     * The read of {@code s} at the positions its items compute, 0 outside the axis; {@code forced} is a plain item
     * read as a position too ({@link #longerRead}), which reports its own warning.
     */
    private Term positionRead(Expr.Sym s, List<OffsetSubscript.Item> items, OffsetSubscript.Item forced) {
        for (String letter : OffsetSubscript.letters(items)) {
            if (b.scope.indexVar(letter) == null) {
                return null;
            }
        }
        Span at = new Span(s.span().start(), s.sub().span().end());
        Expr.Sym withSup = s.withScripts(new Span(s.span().start(), s.sub().span().start() - 1), null, s.sup(), s.primes());
        Expr.Sym bare = s.withScripts(withSup.span(), null, null, s.primes());
        boolean supIsName = s.sup() != null && b.names.isBound(NameKeys.full(withSup));
        Expr.Sym baseSym = supIsName ? withSup : bare;
        Term base = b.names.lookup(NameKeys.full(baseSym), baseSym.span());
        if (base == null) {
            return null;
        }
        String printed = r.source.slice(baseSym.span()) + (supIsName ? "^" + r.source.slice(s.sup().span()) : "");
        List<IndexVar> vars = new ArrayList<>();
        List<IndexVar> positions = new ArrayList<>();
        Term condition = null;
        StringBuilder reading = new StringBuilder();
        for (OffsetSubscript.Item item : items) {
            if (item.plain() && item != forced) {
                vars.add(b.scope.indexVar(item.letter()));
                continue;
            }
            int least = item.offset();
            Term value = new Term.Literal(item.span(), item.offset());
            for (var e : item.letters().entrySet()) {
                IndexVar v = b.scope.indexVar(e.getKey());
                least += e.getValue() * v.firstValue();
                Term iv = new Term.IndexValue(item.span(), v);
                value = new Term.Arith(item.span(), item.span(), e.getValue() > 0 ? Term.ArithOp.ADD : Term.ArithOp.SUB,
                        value, iv);
            }
            int first = least >= 1 && !readPlainly(baseSym) && !endsOnLastFromZero(baseSym, items.indexOf(item), item, least)
                    ? 1 : 0;
            IndexVar p = b.pendingPosition(item.letters().keySet(), first);
            if (p == null) {
                p = new IndexVar("the positions of " + printed, item.span(), first == 1
                        ? new Term.Literal(item.span(), 1.0) : null, null, List.of());
            }
            vars.add(p);
            positions.add(p);
            Term eq = new Term.Compare(item.span(), Term.CompareOp.EQ, new Term.IndexValue(item.span(), p), value);
            condition = condition == null ? eq : new Term.Arith(item.span(), item.span(), Term.ArithOp.MUL, condition, eq);
            reading.append(reading.length() == 0 ? "" : "; ").append("`").append(r.source.slice(item.span()))
                    .append("` is 0 outside ").append(first == 1 ? "1 … the length" : "0 … the length - 1");
        }
        if (forced == null) {
            Diagnostic.of(Code.W0170, r.source, at, "`" + r.source.slice(at) + "` reads `" + printed + "` at a position"
                            + " computed from indices; `" + printed + "` counts from " + positions.get(0).firstValue()
                            + " here, and a position outside it reads 0")
                    .caret(reading.toString())
                    .help("state the index ranges (`\\sum_{m=0}^{k-1}`, `\\quad t = 1, \\dots, T`) so no position falls"
                            + " outside, or declare `" + r.source.slice(s.span()) + "` as an input of its own")
                    .report(r.diagnostics);
        }
        Term selected = new Term.Where(at, condition, new Term.Index(at, base, vars), new Term.Literal(at, 0.0));
        for (int k = positions.size() - 1; k >= 0; k--) {
            selected = new Term.Reduce(at, Term.ReduceOp.SUM, positions.get(k), selected);
        }
        if (s.sup() == null || supIsName) {
            return selected;
        }
        if (NameKeys.isTranspose(s)) {
            return new Term.Transpose(s.span(), selected);
        }
        return new Term.Power(s.span(), selected, b.script(s.sup()));
    }

    /**
     * {@code V_{t+1}} with {@code V \in \mathbb{R}^{T+1}} and {@code t} running over T values (beside {@code r_t},
     * {@code r \in \mathbb{R}^{T}}, or {@code \quad t = 0, \dots, T-1} written): counted from 0 the reads end on the
     * last of V's values (the T+1 states {@code s_0 … s_T} of a trajectory), counted from 1 that value would never be
     * read and the first would be read at {@code t = 0}. True when the axis read is longer than the index's values by
     * exactly the least position read, so counting from 0 reads it to its end.
     */
    private boolean endsOnLastFromZero(Expr.Sym baseSym, int axisAt, OffsetSubscript.Item item, int least) {
        if (axisAt < 0 || item.letters().size() != 1 || item.letters().values().iterator().next() != 1) {
            return false;
        }
        String letter = item.letters().keySet().iterator().next();
        Input base = r.input(NameKeys.full(baseSym));
        if (base == null || !base.declared() || base.dims() == null || base.dims().size() <= axisAt
                || base.labels() != null) {
            return false;
        }
        dev.eqc.compiler.term.Dim axis = base.dims().get(axisAt);
        IndexVar v = b.scope.indexVar(letter);
        dev.eqc.compiler.term.Dim values = null;
        if (r.hasWrittenRange(b.def.rhs(), letter)) {
            if (v.firstValue() == 1 && v.upper() instanceof Term.DimValue last) {
                values = new dev.eqc.compiler.term.Dim.Symbol(last.dim(), false);
            } else if (v.firstValue() == 0 && v.upper() instanceof Term.Arith a && a.op() == Term.ArithOp.SUB
                    && a.left() instanceof Term.DimValue last && a.right() instanceof Term.Literal one && one.value() == 1) {
                values = new dev.eqc.compiler.term.Dim.Symbol(last.dim(), false);
            }
        } else {
            dev.eqc.compiler.term.Dim[] partner = {null};
            walk(b.def.rhs(), e -> {
                if (partner[0] == null && e instanceof Expr.Sym x && x.sub() != null && x.sub().isSingle()
                        && x.sub().single() instanceof Expr.Sym i && i.bare() && i.base().equals(letter)) {
                    Input in = r.input(NameKeys.full(x.withScripts(x.span(), null, x.sup(), x.primes())));
                    if (in != null && in != base && in.declared() && in.dims() != null && !in.dims().isEmpty()
                            && in.labels() == null) {
                        partner[0] = in.dims().get(0);
                    }
                }
            });
            values = partner[0];
        }
        return values != null && longerBy(axis, values) == least;
    }

    /** Whether the definition also reads {@code base} by plain index letters ({@code x_t} beside {@code x_{t+1}}). */
    private boolean readPlainly(Expr.Sym base) {
        String key = NameKeys.full(base);
        boolean[] found = {false};
        walk(b.def.rhs(), e -> {
            if (e instanceof Expr.Sym s && s.sub() != null && IndexLetters.of(s.sub()) != null
                    && (OffsetSubscript.baseKey(s).equals(key) || NameKeys.base(s).equals(key) && s.sup() == null)) {
                found[0] = true;
            }
            if (e instanceof Expr.Apply a && a.callee() instanceof Expr.Sym f && NameKeys.full(f).equals(key)
                    && a.args().size() == 1 && a.args().get(0) instanceof Expr.Sym st && st.sub() != null
                    && IndexLetters.of(st.sub()) != null) {
                found[0] = true;   // V(s_t) beside V(s_{t+1}): the state at t is V_t (CallResolver.stateElement)
            }
        });
        return found[0];
    }

    static void walk(Expr e, java.util.function.Consumer<Expr> visit) {
        visit.accept(e);
        if (e instanceof Expr.Sym s) {
            if (s.sub() != null) {
                s.sub().items().forEach(i -> walk(i, visit));
            }
            if (s.sup() != null) {
                s.sup().items().forEach(i -> walk(i, visit));
            }
            return;
        }
        if (e instanceof Expr.BigOp big) {
            if (big.operator().sub() != null) {
                big.operator().sub().items().forEach(i -> walk(i, visit));
            }
            if (big.operator().sup() != null) {
                big.operator().sup().items().forEach(i -> walk(i, visit));
            }
        }
        for (Expr c : IndexLetters.children(e)) {
            walk(c, visit);
        }
    }

    /** {@code \mathrm{Concat}(a_1, \ldots, a_h)}: the family {@code a} joined; null when the arguments are not that form. */
    Term concat(Expr.Apply a) {
        if (a.args().size() != 3 || !(a.args().get(1) instanceof Expr.Sym dots) || dots.kind() != SymKind.COMMAND
                || !DOTS.contains(dots.base()) || !(a.args().get(0) instanceof Expr.Sym first)
                || !(a.args().get(2) instanceof Expr.Sym last) || first.sub() == null || last.sub() == null
                || !familyKey(first).equals(familyKey(last)) || !first.sub().isSingle() || !last.sub().isSingle()) {
            return null;
        }
        if (!(first.sub().single() instanceof Expr.Num one) || one.value() != 1.0) {
            return b.error(Code.E0122, first.sub().span(), "`" + r.source.slice(a.span())
                    + "` must start at the first member, numbered 1", "write `"
                    + r.source.slice(first.span()).replace(r.source.slice(first.sub().span()), "1") + "` first");
        }
        Expr.Sym familySym = first.withScripts(new Span(first.span().start(), first.sub().span().start() - 1), null,
                first.sup(), first.primes());
        Term family;
        if (r.family(familyKey(first)) != null) {
            family = b.names.inputRef(familySym.span(), r.family(familyKey(first)));
        } else {
            family = b.names.lookup(NameKeys.full(familySym), familySym.span());
            if (family == null) {
                return b.error(Code.E0122, familySym.span(), "`" + r.source.slice(familySym.span())
                        + "` is not a family", "define it element-wise over an index, like `\\mathrm{head}_i = …`,"
                        + " or declare it with a range, like `W_i \\in \\mathbb{R}^{d}, i = 1, \\ldots, h`");
            }
        }
        return new Term.FamilyConcat(a.span(), family, b.expr(last.sub().single()));
    }
}
