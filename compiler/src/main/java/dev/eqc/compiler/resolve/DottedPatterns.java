package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Bracket;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.ast.UnaryOp;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A series written with dots whose terms' indices are expressions rather than whole numbers: Sutton and Barto's
 * n-step return {@code R_{t+1} + \gamma R_{t+2} + \cdots + \gamma^{n-1} R_{t+n}}, Mamba-2's mask {@code a_j \times
 * \cdots \times a_{i+1}}. The term before the dots and the last term are one tree but at places in their scripts,
 * where both are whole-number sums of letters ({@code t+2} and {@code t+n}); every place moves by the same amount
 * between them, so one counter {@code k} gives the general term ({@code \gamma^{k-1} R_{t+k}}). A name with no power
 * across from one with a power is the power 1 ({@code \gamma} before {@code \gamma^{n-1}}), and a term without that
 * factor the power 0 ({@code R_{t+1}} before {@code \gamma R_{t+2}}). Earlier terms must step by one. The direction
 * is the step of the written terms; with one term before the dots, the sign of the difference, or a cases condition
 * that orders its letters ({@code j \ge i}). Read as {@code \sum} (or {@code \prod} for {@code \times} and
 * {@code \cdot} chains of lower-case names) with W0538; places that move by different amounts or a direction
 * nothing gives are E0387. Called by {@link DottedSums} when its whole-number reading finds no run.
 */
final class DottedPatterns {
    private final SourceFile source;
    private final Diagnostics diagnostics;
    private final List<Expr.Case> rows;

    DottedPatterns(SourceFile source, Diagnostics diagnostics, List<Expr.Case> rows) {
        this.source = source;
        this.diagnostics = diagnostics;
        this.rows = rows;
    }

    /** A linear form in letters with whole coefficients: {@code t + 2}, {@code n - 1}, {@code i + 1 - j}. */
    record Lin(LinkedHashMap<String, Long> coefs, long constant) {
        static Lin of(long c) {
            return new Lin(new LinkedHashMap<>(), c);
        }

        Lin plus(Lin o, long sign) {
            LinkedHashMap<String, Long> m = new LinkedHashMap<>(coefs);
            o.coefs.forEach((k, v) -> m.merge(k, sign * v, Long::sum));
            m.values().removeIf(v -> v == 0);
            return new Lin(m, constant + sign * o.constant);
        }

        Lin symbolic() {
            return new Lin(new LinkedHashMap<>(coefs), 0);
        }

        boolean isConstant() {
            return coefs.isEmpty();
        }

        boolean same(Lin o) {
            return coefs.equals(o.coefs) && constant == o.constant;
        }

        String text() {
            StringBuilder b = new StringBuilder();
            coefs.forEach((k, v) -> {
                b.append(v < 0 ? "-" : b.length() > 0 ? "+" : "");
                if (Math.abs(v) != 1) {
                    b.append(Math.abs(v));
                }
                b.append(k);
            });
            if (constant != 0 || b.length() == 0) {
                b.append(constant < 0 ? "-" : b.length() > 0 ? "+" : "").append(Math.abs(constant));
            }
            return b.toString();
        }

        /** This form as an expression at {@code at}. */
        Expr expr(Span at) {
            Expr out = null;
            for (Map.Entry<String, Long> e : coefs.entrySet()) {
                Expr letter = new Expr.Sym(at, SymKind.LETTERS, e.getKey(), null, null, null, 0);
                long v = Math.abs(e.getValue());
                Expr term = v == 1 ? letter : new Expr.Binary(at, at, BinaryOp.JUXTAPOSE, new Expr.Num(at, Long.toString(v)),
                        letter);
                out = out == null ? (e.getValue() < 0 ? new Expr.Unary(at, at, UnaryOp.NEG, term) : term)
                        : new Expr.Binary(at, at, e.getValue() < 0 ? BinaryOp.SUB : BinaryOp.ADD, out, term);
            }
            if (out == null) {
                return new Expr.Num(at, Long.toString(constant));   // negative constants do not occur as bounds here
            }
            if (constant != 0) {
                out = new Expr.Binary(at, at, constant < 0 ? BinaryOp.SUB : BinaryOp.ADD, out,
                        new Expr.Num(at, Long.toString(Math.abs(constant))));
            }
            return out;
        }
    }

    /** The linear form of {@code e}, or null when it is none. */
    static Lin lin(Expr e) {
        if (e instanceof Expr.Num n) {
            return n.text().matches("\\d{1,9}") ? Lin.of(Long.parseLong(n.text())) : null;
        }
        if (e instanceof Expr.Sym s) {
            if (s.kind() != SymKind.LETTERS || !s.bare() || !s.base().matches("[a-zA-Z]")) {
                return null;
            }
            LinkedHashMap<String, Long> m = new LinkedHashMap<>();
            m.put(s.base(), 1L);
            return new Lin(m, 0);
        }
        if (e instanceof Expr.Binary b && (b.op() == BinaryOp.ADD || b.op() == BinaryOp.SUB)) {
            Lin l = lin(b.left());
            Lin r = lin(b.right());
            return l == null || r == null ? null : l.plus(r, b.op() == BinaryOp.ADD ? 1 : -1);
        }
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.JUXTAPOSE && b.left() instanceof Expr.Num n
                && n.text().matches("\\d{1,9}")) {
            Lin r = lin(b.right());
            if (r == null || !r.isConstant() && r.coefs.size() != 1 || r.constant != 0) {
                return null;
            }
            return Lin.of(0).plus(r, Long.parseLong(n.text()));
        }
        if (e instanceof Expr.Unary u && u.op() == UnaryOp.NEG) {
            Lin r = lin(u.operand());
            return r == null ? null : Lin.of(0).plus(r, -1);
        }
        if (e instanceof Expr.Group g && g.bracket() == Bracket.PAREN && g.items().size() == 1) {
            return lin(g.items().get(0));
        }
        return null;
    }

    /**
     * A place where two terms differ: {@code a} in the one, {@code b} in the other; {@code node} the node in the
     * second term ({@code implied} when that node is a name written without the power the other has).
     */
    record Place(Lin a, Lin b, Expr node, boolean impliedInB, Expr aNode) {}

    /** Whether {@code a} and {@code b} are one tree but at places in their scripts; the places go to {@code out}. */
    private boolean match(Expr a, Expr b, boolean inScript, List<Place> out) {
        if (text(a).equals(text(b))) {
            return true;
        }
        if (inScript) {
            Lin x = lin(a);
            Lin y = lin(b);
            if (x != null && y != null) {
                out.add(new Place(x, y, b, false, a));
                return true;
            }
        }
        if (a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof Expr.Sym s) {
            Expr.Sym t = (Expr.Sym) b;
            if (s.kind() != t.kind() || !s.base().equals(t.base()) || !java.util.Objects.equals(s.accent(), t.accent())
                    || s.primes() != t.primes() || !scripts(s.sub(), t.sub(), out)) {
                return false;
            }
            if (s.sup() == null && t.sup() != null || s.sup() != null && t.sup() == null) {
                Script power = s.sup() == null ? t.sup() : s.sup();
                Lin p = power.isSingle() && !power.isTranspose() ? lin(power.single()) : null;
                if (p == null) {
                    return false;
                }
                out.add(s.sup() == null ? new Place(Lin.of(1), p, power.single(), false, s)
                        : new Place(p, Lin.of(1), t, true, s.sup().single()));
                return true;
            }
            return scripts(s.sup(), t.sup(), out);
        }
        if (a instanceof Expr.Group g) {
            Expr.Group h = (Expr.Group) b;
            return g.bracket() == h.bracket() && all(g.items(), h.items(), inScript, out);
        }
        if (a instanceof Expr.Apply f) {
            Expr.Apply g = (Expr.Apply) b;
            return match(f.callee(), g.callee(), false, out) && all(f.args(), g.args(), false, out);
        }
        if (a instanceof Expr.Binary x) {
            Expr.Binary y = (Expr.Binary) b;
            return x.op() == y.op() && match(x.left(), y.left(), inScript, out) && match(x.right(), y.right(), inScript, out);
        }
        if (a instanceof Expr.Unary x) {
            Expr.Unary y = (Expr.Unary) b;
            return x.op() == y.op() && match(x.operand(), y.operand(), inScript, out);
        }
        if (a instanceof Expr.Power x) {
            Expr.Power y = (Expr.Power) b;
            return match(x.base(), y.base(), inScript, out) && scripts(x.exponent(), y.exponent(), out);
        }
        if (a instanceof Expr.Subscripted x) {
            Expr.Subscripted y = (Expr.Subscripted) b;
            return match(x.base(), y.base(), inScript, out) && scripts(x.sub(), y.sub(), out);
        }
        if (a instanceof Expr.Frac x) {
            Expr.Frac y = (Expr.Frac) b;
            return match(x.num(), y.num(), inScript, out) && match(x.den(), y.den(), inScript, out);
        }
        return false;
    }

    private boolean scripts(Script a, Script b, List<Place> out) {
        if (a == null || b == null) {
            return a == b;
        }
        return all(a.items(), b.items(), true, out);
    }

    private boolean all(List<Expr> a, List<Expr> b, boolean inScript, List<Place> out) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (!match(a.get(k), b.get(k), inScript, out)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code earlier} against the term after it: the same tree, or the term after it without a leading factor whose
     * power there is 1 ({@code R_{t+1}} before {@code \gamma R_{t+2}}: {@code \gamma^0}).
     */
    private boolean matchEarlier(Expr earlier, Expr next, List<Place> out) {
        List<Place> places = new ArrayList<>();
        if (match(earlier, next, false, places)) {
            out.addAll(places);
            return true;
        }
        if (next instanceof Expr.Binary b && (b.op() == BinaryOp.JUXTAPOSE || b.op() == BinaryOp.DOT)
                && b.left() instanceof Expr.Sym f && f.sub() == null && f.primes() == 0) {
            Lin power = f.sup() == null ? Lin.of(1) : f.sup().isSingle() ? lin(f.sup().single()) : null;
            List<Place> rest = new ArrayList<>();
            if (power != null && match(earlier, b.right(), false, rest)) {
                out.add(new Place(Lin.of(0), power, f, false, earlier));
                out.addAll(rest);
                return true;
            }
        }
        return false;
    }

    /**
     * The run {@code terms[start..dots+1]} read as a reduction ({@code operator} {@code \sum} or {@code \prod}), or
     * null when the terms are no such pattern; {@link #rejected} after E0387.
     */
    Expr run(List<Expr> terms, int dots, String operator, Span whole) {
        rejected = false;
        Expr before = terms.get(dots - 1);
        Expr last = terms.get(dots + 1);
        List<Place> places = new ArrayList<>();
        if (!match(before, last, false, places) || places.isEmpty()) {
            return null;
        }
        if (operator.equals("\\prod") && !scalarLooking(last)) {
            return null;
        }
        Span run0 = before.span().to(last.span());
        Lin d = places.get(0).b.plus(places.get(0).a, -1);
        for (Place p : places) {
            if (!p.b.plus(p.a, -1).same(d)) {
                return reject(run0, "its places move by different amounts between `" + text(before) + "` and `"
                        + text(last) + "` (" + text(places.get(0)) + ", " + text(p) + "): no one counter gives every term");
            }
        }
        if (d.isConstant() && d.constant == 0) {
            return null;
        }
        int start = dots - 1;
        long step = 0;
        while (start > 0) {
            List<Place> earlier = new ArrayList<>();
            if (!matchEarlier(terms.get(start - 1), terms.get(start), earlier) || earlier.size() != places.size()) {
                break;
            }
            Lin s = earlier.get(0).b.plus(earlier.get(0).a, -1);
            boolean one = s.isConstant() && Math.abs(s.constant) == 1 && (step == 0 || s.constant == step);
            for (Place p : earlier) {
                one &= p.b.plus(p.a, -1).same(s);
            }
            if (!one) {
                return reject(terms.get(start - 1).span().to(last.span()), "`" + text(terms.get(start - 1)) + "` and `"
                        + text(terms.get(start)) + "` do not step by one at every place");
            }
            step = s.constant;
            start--;
        }
        if (step == 0) {
            step = direction(d);
            if (step == 0) {
                return reject(run0, "the terms could count up or down from `" + text(before) + "` to `" + text(last)
                        + "`: nothing says which of " + d.text() + " ≥ 0 and ≤ 0 holds");
            }
        }
        if (d.isConstant() && d.constant * step < 0) {
            return null;
        }
        String letter = DottedSums.freshLetter(source);
        if (letter == null) {
            return null;
        }
        // The counter: k = value - S at the reference place, S the letters of that place kept to the last term.
        Place ref = null;
        Lin shift = Lin.of(0);
        for (Place p : places) {   // a candidate whose last value is a bare letter (n, not n-1) first
            Lin sym = p.a.symbolic();
            boolean kept = !sym.isConstant() && p.b.plus(sym, -1).coefs.keySet().stream().noneMatch(sym.coefs::containsKey)
                    && sym.coefs.keySet().stream().allMatch(p.b.coefs::containsKey);
            if (!kept && !p.a.isConstant()) {
                continue;
            }
            Lin shiftHere = kept ? sym : Lin.of(0);
            if (ref == null || p.b.plus(shiftHere, -1).constant == 0 && ref.b.plus(shift, -1).constant != 0) {
                ref = p;
                shift = shiftHere;
            }
        }
        if (ref == null) {
            ref = places.get(0);
        }
        Lin kBefore = ref.a.plus(shift, -1);
        Lin kFirst = kBefore.plus(Lin.of(step * (dots - 1 - start)), -1);
        Lin kLast = ref.b.plus(shift, -1);
        Map<Expr, Lin> general = new IdentityHashMap<>();
        for (Place p : places) {
            Lin g = p.a.plus(ref.a, -1).plus(shift, 1);
            LinkedHashMap<String, Long> m = new LinkedHashMap<>(g.coefs);
            m.put(letter, 1L);
            general.put(p.node, new Lin(m, g.constant));
        }
        java.util.Set<Expr> implied = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        places.stream().filter(Place::impliedInB).forEach(p -> implied.add(p.node));
        Expr body = new Generalise(general, implied).expr(last);
        Lin lower = step > 0 ? kFirst : kLast;
        Lin upper = step > 0 ? kLast : kFirst;
        Span at = terms.get(dots).span();
        Span firstAt = start == dots - 1 && source.slice(ref.aNode.span()).strip().replaceAll("\\s+", "")
                .equals(kFirst.text()) ? ref.aNode.span() : at;
        Span lastAt = source.slice(ref.node.span()).strip().replaceAll("\\s+", "").equals(kLast.text())
                ? ref.node.span() : at;
        Span lowerAt = step > 0 ? firstAt : lastAt;
        Span upperAt = step > 0 ? lastAt : firstAt;
        if (lowerAt.start() > upperAt.start() || lowerAt.start() < at.start() && upperAt.start() > at.start()) {
            lowerAt = at;   // spans out of order (a run counting down): the dots for both
            upperAt = at;
        }
        Expr.Sym index = new Expr.Sym(at, SymKind.LETTERS, letter, null, null, null, 0);
        Expr.Sym sigma = new Expr.Sym(at, SymKind.COMMAND, operator, null,
                new Script(at, List.of(new Expr.Relation(at, at, RelOp.EQ, index, lower.expr(lowerAt))),
                        letter + "=" + lower.text()),
                new Script(at, List.of(upper.expr(upperAt)), upper.text()), 0);
        Span run = terms.get(start).span().to(last.span());
        Expr out = new Expr.BigOp(run, sigma, body);
        String generalText = text(last);
        String written = operator + "_{" + letter + "=" + lower.text() + "}^{" + upper.text() + "} " + shown(general, implied, last);
        String what = operator.equals("\\sum") ? "sum" : "product";
        Diagnostic.of(Code.W0538, source, run, "`" + source.slice(run).strip() + "` is read as the " + what + " `" + written
                        + "`: the terms count " + letter + (step > 0 ? " up" : " down") + " by one from " + kFirst.text()
                        + " to " + kLast.text() + " (the last term `" + generalText + "` at " + letter + " = "
                        + kLast.text() + ")")
                .caret("a " + what + " over " + letter + " = " + lower.text() + ", …, " + upper.text())
                .help("write the " + what + " to say so: `" + written + "`")
                .report(diagnostics);
        this.start = start;
        return out;
    }

    /** The first term of the run kept by the last call of {@link #run}. */
    int start;
    /** Whether the last call of {@link #run} reported E0387. */
    boolean rejected;

    private Expr reject(Span at, String why) {
        Diagnostic.of(Code.E0387, source, at, "the terms around the dots in `" + source.slice(at).strip()
                        + "` are no one series: " + why)
                .caret("no general term")
                .help("write the reduction, like `\\sum_{k=1}^{n} \\gamma^{k-1} R_{t+k}`")
                .report(diagnostics);
        rejected = true;
        return null;
    }

    /** +1 to count up, -1 down, 0 when the difference {@code d} of the run has no sign anything gives. */
    private int direction(Lin d) {
        if (d.isConstant()) {
            return d.constant > 0 ? 1 : -1;
        }
        if (d.coefs.values().stream().allMatch(v -> v > 0) && d.constant >= -1) {
            return 1;
        }
        if (d.coefs.values().stream().allMatch(v -> v < 0) && d.constant <= 1) {
            return -1;
        }
        for (Expr.Case row : rows) {
            if (!(row.condition() instanceof Expr.Relation r)) {
                continue;
            }
            Lin l = lin(r.left());
            Lin g = lin(r.right());
            if (l == null || g == null) {
                continue;
            }
            Lin c;   // c >= m
            long m;
            switch (r.op()) {
                case GE -> { c = l.plus(g, -1); m = 0; }
                case GT -> { c = l.plus(g, -1); m = 1; }
                case LE -> { c = g.plus(l, -1); m = 0; }
                case LT -> { c = g.plus(l, -1); m = 1; }
                default -> { continue; }
            }
            c = c.symbolic().plus(Lin.of(c.constant), 1);
            Lin cs = c.symbolic();
            long cm = m - c.constant;   // cs >= cm
            if (d.symbolic().same(Lin.of(0).plus(cs, -1)) && d.constant - cm <= 1) {
                return -1;   // d = -cs + c0 <= c0 - cm
            }
            if (d.symbolic().same(cs) && d.constant + cm >= -1) {
                return 1;
            }
        }
        return 0;
    }

    /** Whether every name of {@code e} is a plain lower-case letter or Greek letter: a number, as a product reads. */
    private static boolean scalarLooking(Expr e) {
        for (Expr n : IndexLetters.nodes(e, true)) {
            if (n instanceof Expr.Sym s && !(s.kind() == SymKind.LETTERS && s.base().matches("[a-z]+")
                    || s.kind() == SymKind.COMMAND && s.base().matches("\\\\[a-z]+"))) {
                return false;
            }
            if (n instanceof Expr.Apply || n instanceof Expr.Group g && g.bracket() != Bracket.PAREN) {
                return false;
            }
        }
        return true;
    }

    /** The last term with its places written as the counter's forms. */
    private String shown(Map<Expr, Lin> general, java.util.Set<Expr> implied, Expr last) {
        StringBuilder text = new StringBuilder(source.slice(last.span()));
        List<Map.Entry<Expr, Lin>> backwards = new ArrayList<>(general.entrySet());
        backwards.sort((x, y) -> Integer.compare(y.getKey().span().start(), x.getKey().span().start()));
        for (Map.Entry<Expr, Lin> e : backwards) {
            Expr node = e.getKey();
            String with = e.getValue().text();
            int from = node.span().start() - last.span().start();
            int to = node.span().end() - last.span().start();
            if (implied.contains(node)) {
                text.insert(to, "^{" + with + "}");
            } else {
                boolean bare = from > 0 && (text.charAt(from - 1) == '_' || text.charAt(from - 1) == '^');
                text.replace(from, to, bare && with.length() > 1 ? "{" + with + "}" : with);
            }
        }
        return text.toString().strip().replaceAll("\\s+", " ");
    }

    private String text(Place p) {
        return p.a.text() + " to " + p.b.text();
    }

    private String text(Expr e) {
        return source.slice(e.span()).strip().replaceAll("\\s+", "");
    }

    /** A copy of the last term with each place replaced by its general form. */
    private final class Generalise extends ExprCopy {
        private final Map<Expr, Lin> general;
        private final java.util.Set<Expr> implied;

        Generalise(Map<Expr, Lin> general, java.util.Set<Expr> implied) {
            this.general = general;
            this.implied = implied;
        }

        @Override
        Expr sym(Expr.Sym s) {
            Lin g = general.get(s);
            if (g != null && implied.contains(s)) {
                // \gamma written without the power the other term has: \gamma^{k-...}
                return new Expr.Sym(s.span(), s.kind(), s.base(), s.accent(), script(s.sub()),
                        new Script(s.span(), List.of(g.expr(s.span())), g.text()), s.primes());
            }
            if (g != null) {
                return g.expr(s.span());
            }
            return super.sym(s);
        }

        @Override
        Expr binary(Expr.Binary b) {
            Lin g = general.get(b);
            return g != null ? g.expr(b.span()) : super.binary(b);
        }

        @Override
        Expr num(Expr.Num n) {
            Lin g = general.get(n);
            return g != null ? g.expr(n.span()) : n;
        }

        @Override
        Script script(Script s) {
            if (s == null) {
                return null;
            }
            List<Expr> items = exprs(s.items());
            boolean changed = s.items().stream().anyMatch(general::containsKey);
            if (!changed) {
                return new Script(s.span(), items, s.key());
            }
            StringBuilder key = new StringBuilder();
            for (Expr item : s.items()) {
                if (key.length() > 0) {
                    key.append(',');
                }
                Lin g = general.get(item);
                key.append(g != null ? g.text() : source.slice(item.span()).strip().replaceAll("\\s+", ""));
            }
            return new Script(s.span(), items, key.toString());
        }
    }
}
