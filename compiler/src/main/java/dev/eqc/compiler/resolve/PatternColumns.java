package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Domain;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.SExpressions;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.ast.UnaryOp;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * RoFormer's rotary embedding (Eq. 34) writes vectors as patterns: a column {@code x_1, x_2, x_3, x_4, \vdots,
 * x_{d-1}, x_d}, {@code \cos m\theta_1, \cos m\theta_1, \cos m\theta_2, \cos m\theta_2, \vdots, \cos m\theta_{d/2},
 * \cos m\theta_{d/2}}, {@code -x_2, x_1, -x_4, x_3, \vdots, -x_d, x_{d-1}}. Such a column (or row, with
 * {@code \cdots}) is read as a vector defined element by element: the cells before the dots repeat with a period of
 * P cells, the whole-number subscripts of each of the P positions grow by the same step from one period to the next,
 * and the cells after the dots are the last periods, which tell how many there are. The column becomes a definition
 * of its own, {@code \mathrm{column}_{2k-1} = x_{2k-1}}, {@code \mathrm{column}_{2k} = x_{2k}} for {@code k = 1,
 * \dots, d/2} (strided definitions, SPEC 3.6), which the expression reads whole; W0411 says so. A column that fits
 * no period, or whose last cells disagree on the count, is left as it is (E0181 from {@link MatrixLiterals}).
 */
final class PatternColumns extends HoistingRewrite {
    private static final Set<String> DOTS = Set.of("\\vdots", "\\cdots", "\\dots", "\\ldots");
    /** The base of the names given to pattern columns: a word no source spells (the lexer never makes a space). */
    private static final String NAME = "pattern column";

    /** Whether {@code name} is the vector a pattern column became (its messages print the column itself). */
    static boolean isPatternColumn(Expr.Sym name) {
        return name.base().startsWith(NAME);
    }

    private int count;

    private PatternColumns(Program program, Diagnostics diagnostics) {
        super(program, diagnostics);
    }

    static Program expand(Program program, Diagnostics diagnostics) {
        return new PatternColumns(program, diagnostics).run();
    }

    @Override
    Expr rewrite(Expr rhs) {
        boolean[] found = {false};
        Expr rewritten = new ExprCopy() {
            @Override
            Expr matrix(Expr.Matrix m) {
                Expr column = column(m);
                if (column != null) {
                    found[0] = true;
                    return column;
                }
                return super.matrix(m);
            }
        }.expr(rhs);
        return found[0] ? rewritten : null;
    }

    /** The name of the definition a pattern column becomes, or null when {@code m} is no such pattern. */
    private Expr column(Expr.Matrix m) {
        List<Expr> cells;
        if (m.rows().stream().allMatch(r -> r.size() == 1)) {
            cells = m.rows().stream().map(r -> r.get(0)).toList();
        } else if (m.rows().size() == 1) {
            cells = m.rows().get(0);
        } else {
            return null;
        }
        int dots = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) instanceof Expr.Sym s && DOTS.contains(s.base()) && s.bare()) {
                if (dots >= 0) {
                    return null;
                }
                dots = i;
            }
        }
        if (dots < 2 || dots == cells.size() - 1) {
            return null;
        }
        List<Expr> head = cells.subList(0, dots);
        List<Expr> tail = cells.subList(dots + 1, cells.size());
        for (int period = 1; period <= head.size() / 2; period++) {
            Pattern p = fit(head, tail, period);
            if (p != null && m.span().end() < program.source().text().length()) {
                return hoist(m, p);
            }
        }
        return null;
    }

    /** A column's reading: for each position in the period, its first cell and its subscripts' steps; the count. */
    private record Pattern(int period, List<Expr> firsts, List<List<Slot>> slots, LinearForm count,
            Map<String, Expr> names) {}

    /** A whole-number subscript that grows by {@code step} each period, from {@code first}. */
    private record Slot(Expr.Sym sym, long first, long step) {}

    private static Pattern fit(List<Expr> head, List<Expr> tail, int period) {
        if (head.size() % period != 0 || tail.size() % period != 0) {
            return null;
        }
        int headPeriods = head.size() / period;
        int tailPeriods = tail.size() / period;
        if (headPeriods < 2) {
            return null;
        }
        List<Expr> firsts = new ArrayList<>();
        List<List<Slot>> slots = new ArrayList<>();
        LinearForm count = null;
        Map<String, Expr> names = new LinkedHashMap<>();
        boolean varies = false;
        for (int r = 0; r < period; r++) {
            Expr first = head.get(r);
            String skeleton = skeleton(first);
            List<Expr.Sym> firstSubs = subscripted(first);
            List<Long[]> values = new ArrayList<>();
            for (int k = 0; k < headPeriods; k++) {
                Expr cell = head.get(k * period + r);
                if (!skeleton(cell).equals(skeleton)) {
                    return null;
                }
                List<Expr.Sym> subs = subscripted(cell);
                Long[] v = new Long[subs.size()];
                for (int s = 0; s < subs.size(); s++) {
                    v[s] = wholeNumber(subs.get(s).sub());
                }
                values.add(v);
            }
            List<Slot> positionSlots = new ArrayList<>();
            for (int s = 0; s < firstSubs.size(); s++) {
                final int slot = s;
                if (!values.stream().allMatch(v -> v[slot] != null)) {
                    // a subscript that is no whole number (\theta_{\mathrm{max}}) must be the same in every cell
                    String written = SExpressions.print(firstSubs.get(s));
                    for (int k = 1; k < headPeriods; k++) {
                        if (!SExpressions.print(subscripted(head.get(k * period + r)).get(s)).equals(written)) {
                            return null;
                        }
                    }
                    continue;
                }
                long a = values.get(0)[slot];
                long step = values.get(1)[slot] - a;
                for (int k = 2; k < headPeriods; k++) {
                    if (values.get(k)[slot] - values.get(k - 1)[slot] != step) {
                        return null;
                    }
                }
                positionSlots.add(new Slot(firstSubs.get(s), a, step));
            }
            // the last periods: each growing subscript gives the count of periods K
            for (int k = 0; k < tailPeriods; k++) {
                Expr cell = tail.get(k * period + r);
                if (!skeleton(cell).equals(skeleton)) {
                    return null;
                }
                List<Expr.Sym> subs = subscripted(cell);
                for (int s = 0; s < firstSubs.size(); s++) {
                    final Expr.Sym written = firstSubs.get(s);
                    if (positionSlots.stream().noneMatch(x -> x.sym() == written)
                            && !SExpressions.print(subs.get(s)).equals(SExpressions.print(written))) {
                        return null;
                    }
                }
                int fromEnd = tailPeriods - 1 - k;
                for (Slot slot : positionSlots) {
                    LinearForm written = linear(single(subs.get(firstSubs.indexOf(slot.sym())).sub()), names);
                    if (written == null) {
                        return null;
                    }
                    if (slot.step() == 0) {
                        if (!written.equals(LinearForm.of(slot.first()))) {
                            return null;
                        }
                        continue;
                    }
                    varies = true;
                    // written = first + step (K - 1 - fromEnd), so K = (written - first) / step + 1 + fromEnd
                    LinearForm periods = written.minus(LinearForm.of(slot.first())).scaled(1.0 / slot.step())
                            .plus(LinearForm.of(1 + fromEnd));
                    if (count == null) {
                        count = periods;
                    } else if (!count.equals(periods)) {
                        return null;
                    }
                }
            }
            firsts.add(first);
            slots.add(positionSlots);
        }
        if (!varies || count == null || count.constant() != null && count.constant() < headPeriods + tailPeriods) {
            return null;
        }
        return new Pattern(period, firsts, slots, count, names);
    }

    private Expr hoist(Expr.Matrix m, Pattern p) {
        count++;
        Span at = m.span();
        String name = NAME + (count == 1 ? "" : String.valueOf(count));
        Expr.Sym k = new Expr.Sym(at, SymKind.LETTERS, freshLetter(m), null, null, null, 0);
        List<String> forms = new ArrayList<>();
        for (int r = 0; r < p.period(); r++) {
            List<Slot> slots = p.slots().get(r);
            Expr template = new ExprCopy() {
                @Override
                Expr sym(Expr.Sym s) {
                    for (Slot slot : slots) {
                        if (slot.sym() == s) {
                            Expr at = affine(s.sub().span(), slot.step(), slot.first() - slot.step(), k);
                            return new Expr.Sym(s.span(), s.kind(), s.base(), s.accent(),
                                    new Script(s.sub().span(), List.of(at), SExpressions.print(at)),
                                    script(s.sup()), s.primes());
                        }
                    }
                    return super.sym(s);
                }
            }.expr(p.firsts().get(r));
            // element P k - (P - 1 - r) of the column, counted from 1
            Expr position = affine(at, p.period(), r + 1 - p.period(), k);
            // The name prints as the column itself: the left-hand side spans the column and its subscript follows it.
            Span after = new Span(at.end() + 1, at.end() + 1);
            Expr.Sym lhs = new Expr.Sym(new Span(at.start(), at.end() + 1), SymKind.WORD, name, null,
                    new Script(after, List.of(position), SExpressions.print(position)), null, 0);
            Statement.Definition part = new Statement.Definition(at, lhs, at, RelOp.EQ, template, null);
            hoisted.add(part);
            if (p.period() == 1) {
                // \mathrm{column}_k = x_{k+1} for k = 1, \dots, K: the element and the cells count from 1 together
                // (the strided parts of a longer period say so by their own subscripts, 2k-1 and 2k).
                hoisted.add(new Statement.Condition(at, part, "for", List.of(
                        new Expr.Relation(at, at, RelOp.EQ, k, new Expr.Num(at, "1")),
                        new Expr.Sym(at, SymKind.COMMAND, "\\dots", null, null, null, 0), p.count().expr(at, p.names()))));
            }
            forms.add("element `" + affineText(p.period(), r + 1 - p.period(), k.base()) + "` is `"
                    + templateText(p.firsts().get(r), slots, k.base()) + "`");
        }
        // Declared with its length P K, which the shape pass checks against the cells' reads (x_{2k} of a
        // declared x): a last cell that disagrees with them is an error, not a silent truncation.
        LinearForm length = p.count().scaled(p.period());
        hoisted.add(0, new Statement.Declaration(at, List.of(new Expr.Sym(at, SymKind.WORD, name, null, null, null,
                0)), new Domain(at, Domain.Field.REAL, List.of(length.expr(at, p.names())), null)));
        String count = length.toString();
        Diagnostic.of(Code.W0411, program.source(), at, "the " + (m.rows().size() == 1 && m.rows().get(0).size() > 1
                        ? "row" : "column") + " written with dots is read as the vector of " + count + " elements: "
                        + String.join(", ", forms) + ", for " + k.base() + " = 1, …, " + p.count()
                        + " (counted from 1; the last cells written tell the count)")
                .caret("a vector of " + count)
                .help("to say so without the pattern, define the vector element by element (`v_{2k-1} = …`,"
                        + " `v_{2k} = …`) and use its name")
                .report(diagnostics);
        return new Expr.Sym(at, SymKind.WORD, name, null, null, null, 0);
    }

    /** The first cell's text with its growing subscripts written over {@code k} ({@code -x_{2k}}). */
    private String templateText(Expr first, List<Slot> slots, String k) {
        String text = program.source().slice(first.span());
        int base = first.span().start();
        List<Slot> ordered = new ArrayList<>(slots);
        ordered.sort((a, b) -> Integer.compare(b.sym().sub().span().start(), a.sym().sub().span().start()));
        for (Slot slot : ordered) {
            Span sub = slot.sym().sub().span();
            String written = program.source().slice(sub);
            int start = sub.start() - base;
            int end = sub.end() - base;
            if (!written.startsWith("{") && start > 0 && text.charAt(start - 1) == '{') {
                start--;
                end++;
            }
            text = text.substring(0, start) + "{" + affineText(slot.step(), slot.first() - slot.step(), k) + "}"
                    + text.substring(Math.min(end, text.length()));
        }
        return text.strip();
    }

    private static String affineText(long a, long b, String k) {
        String term = a == 1 ? k : a + k;
        return b == 0 ? term : term + (b > 0 ? "+" : "-") + Math.abs(b);
    }

    /** A letter no cell of {@code m} uses, for the period count. */
    private String freshLetter(Expr.Matrix m) {
        String text = program.source().slice(m.span());
        for (String letter : List.of("k", "l", "q", "r", "u")) {
            if (!text.matches("(?s).*(?<![A-Za-z\\\\])" + letter + "(?![A-Za-z]).*")) {
                return letter;
            }
        }
        return "\\kappa";
    }

    /** {@code a k + b} as an expression ({@code 2k-1}, {@code k}, {@code k+2}). */
    private static Expr affine(Span at, long a, long b, Expr.Sym k) {
        Expr term = a == 1 ? k : new Expr.Binary(at, at, BinaryOp.JUXTAPOSE, new Expr.Num(at, Long.toString(a)), k);
        if (b == 0) {
            return term;
        }
        return new Expr.Binary(at, at, b > 0 ? BinaryOp.ADD : BinaryOp.SUB, term, new Expr.Num(at, Long.toString(Math.abs(b))));
    }

    /** The cell with every subscript blanked: cells of one position print the same. */
    private static String skeleton(Expr cell) {
        return SExpressions.print(new ExprCopy() {
            @Override
            Expr sym(Expr.Sym s) {
                return new Expr.Sym(s.span(), s.kind(), s.base(), s.accent(), s.sub() == null ? null
                        : new Script(s.sub().span(), List.of(), "#"), script(s.sup()), s.primes());
            }
        }.expr(cell));
    }

    /** The names with a subscript in {@code cell}, in a fixed order. */
    private static List<Expr.Sym> subscripted(Expr cell) {
        List<Expr.Sym> out = new ArrayList<>();
        new ExprCopy() {
            @Override
            Expr sym(Expr.Sym s) {
                if (s.sub() != null) {
                    out.add(s);
                }
                return super.sym(s);
            }
        }.expr(cell);
        return out;
    }

    private static Expr single(Script s) {
        return s != null && s.items().size() == 1 ? s.items().get(0) : null;
    }

    private static Long wholeNumber(Script s) {
        Expr e = single(s);
        // at most 9 digits: a longer subscript is no position of a tensor (and would overflow, a crash before)
        if (e instanceof Expr.Num n && n.text().matches("\\d{1,9}")) {
            return Long.parseLong(n.text());
        }
        return null;
    }

    /** A number plus multiples of bare names ({@code d/2}, {@code n-1}), noting each name in {@code names}; or null. */
    static LinearForm linear(Expr e, Map<String, Expr> names) {
        if (e instanceof Expr.Num n) {
            return LinearForm.of(n.value());
        }
        if (e instanceof Expr.Sym s && !DOTS.contains(s.base())) {
            String key = NameKeys.full(s);
            names.put(key, s);
            return new LinearForm(0, new TreeMap<>(Map.of(key, 1.0)));
        }
        if (e instanceof Expr.Group g && g.items().size() == 1) {
            return linear(g.items().get(0), names);
        }
        if (e instanceof Expr.Unary u && u.op() == UnaryOp.NEG) {
            LinearForm x = linear(u.operand(), names);
            return x == null ? null : x.scaled(-1);
        }
        if (e instanceof Expr.Frac f) {
            LinearForm num = linear(f.num(), names);
            LinearForm den = linear(f.den(), names);
            return num == null || den == null || den.constant() == null || den.constant() == 0 ? null
                    : num.scaled(1 / den.constant());
        }
        if (e instanceof Expr.Binary b) {
            LinearForm l = linear(b.left(), names);
            LinearForm r = linear(b.right(), names);
            if (l == null || r == null) {
                return null;
            }
            return switch (b.op()) {
                case ADD -> l.plus(r);
                case SUB -> l.minus(r);
                case JUXTAPOSE, DOT, CROSS -> l.constant() != null ? r.scaled(l.constant())
                        : r.constant() != null ? l.scaled(r.constant()) : null;
                case DIV -> r.constant() != null && r.constant() != 0 ? l.scaled(1 / r.constant()) : null;
                default -> null;
            };
        }
        return null;
    }
}
