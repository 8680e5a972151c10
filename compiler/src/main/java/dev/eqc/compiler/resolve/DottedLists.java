package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Bracket;
import dev.eqc.compiler.ast.Domain;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A vector written out as a list of its entries with dots, each entry an expression of its position: Murphy's
 * softmax {@code \mathcal{S}(\mathbf{a}) = [\frac{e^{a_1}}{\sum_{c'} e^{a_{c'}}}, \cdots, \frac{e^{a_C}}{\sum_{c'}
 * e^{a_{c'}}}]}. The entries before the dots and the one after are one pattern whose whole numbers (subscripts, the
 * positions of what the entries read) count up by one
 * (by one also when a single entry is written before the dots) to the last entry's value: the list is the vector of
 * those entries, a definition of its own element by element, {@code \mathrm{list}_k = \frac{e^{a_k}}{…}} for
 * {@code k = 1, \dots, C}, numbered as the entries are (W0456). Before, the list was the concatenation of its items and the dots E0103. A list of
 * plain entries ({@code (a_1, \dots, a_C)}, the vector {@code a}) is left to the body's reading; a list whose
 * entries are no such pattern is left as it is. Runs on the statements, before name resolution.
 */
final class DottedLists extends HoistingRewrite {
    /** The base of the names given to such lists: a word no source spells (the lexer never makes a space). */
    private static final String NAME = "dotted list";

    private int count;

    private DottedLists(Program program, Diagnostics diagnostics) {
        super(program, diagnostics);
    }

    static Program expand(Program program, Diagnostics diagnostics) {
        return new DottedLists(program, diagnostics).run();
    }

    /** Whether {@code name} is the vector a dotted list became. */
    static boolean isDottedList(Expr.Sym name) {
        return name.base().startsWith(NAME);
    }

    @Override
    Expr rewrite(Expr rhs) {
        return replacingGroups(rhs, this::list);
    }

    /** The name of the definition the list becomes, or null when {@code g} is no such list. */
    private Expr list(Expr.Group g) {
        boolean set = g.bracket() == Bracket.SET;
        if (g.bracket() != Bracket.SQUARE && g.bracket() != Bracket.PAREN && !set || g.items().size() < 3) {
            return null;
        }
        List<Expr> cells = g.items();
        int dots = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (ArithmeticLists.isDots(cells.get(i))) {
                if (dots >= 0) {
                    return null;
                }
                dots = i;
            }
        }
        if (dots >= 2 && dots < cells.size() - 2 && !set) {
            return periodic(g, cells, dots);
        }
        if (dots < 1 || dots != cells.size() - 2 || !set && cells.get(0) instanceof Expr.Sym plain && plain.sup() == null
                || g.span().end() >= program.source().text().length()) {
            return null;   // (a_1, \dots, a_C): the entries of a, read by the body (W0102)
        }
        Expr last = cells.get(dots + 1);
        List<DottedSums.Leaf> leaves = new ArrayList<>();
        if (!DottedSums.differ(cells.get(0), last, leaves) || leaves.isEmpty()) {
            return null;
        }
        List<Span> subscripts = new ArrayList<>();
        new ExprCopy() {
            @Override
            Expr sym(Expr.Sym s) {
                if (s.sub() != null) {
                    subscripts.add(s.sub().span());
                }
                return super.sym(s);
            }
        }.expr(cells.get(0));
        for (DottedSums.Leaf l : leaves) {
            Span n = l.number().span();
            if (subscripts.stream().noneMatch(sub -> sub.start() <= n.start() && n.end() <= sub.end())) {
                return null;   // [1, 2, \ldots, d/2], [0, 1, \ldots, i]: numbers, an arithmetic sequence (W0180)
            }
        }
        DottedSums.Leaf one = leaves.get(0);
        String lastText = SExpressionsText.of(one.last());
        for (DottedSums.Leaf l : leaves) {
            if (l.value() != one.value() || !SExpressionsText.of(l.last()).equals(lastText)) {
                return null;
            }
        }
        for (int k = 1; k < dots; k++) {
            List<DottedSums.Leaf> next = new ArrayList<>();
            if (!DottedSums.differ(cells.get(k), last, next) || next.size() != leaves.size()) {
                return null;
            }
            for (DottedSums.Leaf l : next) {
                if (l.value() != one.value() + k || !SExpressionsText.of(l.last()).equals(lastText)) {
                    return null;   // the entries before the dots count up by one
                }
            }
        }
        if (readsCalledParameter(cells.get(0))) {
            return null;   // the hoisted vector would read the file's input, not the argument of each call
        }
        Map<String, Expr> names = new LinkedHashMap<>();
        LinearForm upper = PatternColumns.linear(one.last(), names);
        if (upper == null) {
            return null;
        }
        LinearForm length = upper.minus(LinearForm.of(one.value())).plus(LinearForm.of(1));
        if (length.constant() != null && length.constant() < dots + 1) {
            return null;
        }
        return hoist(g, cells.get(0), leaves, one.value(), length, names, dots);
    }

    /**
     * NeRF's positional encoding (Mildenhall et al., Eq. 4), {@code \gamma(p) = (\sin(2^0 \pi p), \cos(2^0 \pi p),
     * \cdots, \sin(2^{L-1} \pi p), \cos(2^{L-1} \pi p))}: a group of P entries written before the dots (or several,
     * counting up by one) and one after, each entry of the group its own pattern of one count, written in the
     * exponents of powers (or in subscripts: {@link #strided}). The list is the vector of the groups in order, P·(last - first + 1) entries counted
     * from 0: entry q is pattern q mod P at count first + ⌊q/P⌋ (W0470; was E0103). Null when {@code g} is no such list.
     */
    private Expr periodic(Expr.Group g, List<Expr> cells, int dots) {
        int period = cells.size() - 1 - dots;
        if (period < 2 || dots % period != 0 || g.span().end() >= program.source().text().length()) {
            return null;
        }
        int groups = dots / period;
        boolean subscripted = false;
        List<List<DottedSums.Leaf>> patterns = new ArrayList<>();
        long from = -1;
        String lastText = null;
        Expr last = null;
        for (int r = 0; r < period; r++) {
            Expr end = cells.get(dots + 1 + r);
            List<DottedSums.Leaf> leaves = new ArrayList<>();
            if (!DottedSums.differ(cells.get(r), end, leaves) || leaves.isEmpty()) {
                return null;
            }
            List<Span> places = countingPlaces(cells.get(r));
            List<Span> subscripts = subscriptPlaces(cells.get(r));
            for (DottedSums.Leaf l : leaves) {
                Span n = l.number().span();
                boolean inSubscript = subscripts.stream().anyMatch(at -> at.start() <= n.start() && n.end() <= at.end());
                subscripted |= inSubscript;
                if (!inSubscript && places.stream().noneMatch(at -> at.start() <= n.start() && n.end() <= at.end())) {
                    return null;
                }
                if (last == null) {
                    from = l.value();
                    lastText = SExpressionsText.of(l.last());
                    last = l.last();
                }
                if (l.value() != from || !SExpressionsText.of(l.last()).equals(lastText)) {
                    return null;
                }
            }
            for (int k = 1; k < groups; k++) {
                List<DottedSums.Leaf> next = new ArrayList<>();
                if (!DottedSums.differ(cells.get(k * period + r), end, next) || next.size() != leaves.size()) {
                    return null;
                }
                for (DottedSums.Leaf l : next) {
                    if (l.value() != from + k || !SExpressionsText.of(l.last()).equals(lastText)) {
                        return null;
                    }
                }
            }
            if (readsCalledParameter(cells.get(r))) {
                return null;
            }
            patterns.add(leaves);
        }
        Map<String, Expr> names = new LinkedHashMap<>();
        LinearForm upper = PatternColumns.linear(last, names);
        if (upper == null) {
            return null;
        }
        LinearForm count = upper.minus(LinearForm.of(from)).plus(LinearForm.of(1));
        if (count.constant() != null && count.constant() < groups + 1) {
            return null;
        }
        if (subscripted) {
            return strided(g, cells, patterns, period, from, count, names, last);
        }
        Span at = g.span();
        this.count++;
        String name = NAME + (this.count == 1 ? "" : String.valueOf(this.count));
        String letter = freshLetter(g);
        Expr.Sym q = new Expr.Sym(at, SymKind.LETTERS, letter, null, null, null, 0);
        String position = (from == 0 ? "" : from + " + ") + "\\lfloor " + letter + " / " + period + " \\rfloor";
        List<Expr.Case> rows = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        for (int r = 0; r < period; r++) {
            Map<Expr, Boolean> counted = new IdentityHashMap<>();
            patterns.get(r).forEach(l -> counted.put(l.number(), true));
            Expr entry = new AtPosition(counted, letter, period, from, position).expr(cells.get(r));
            Expr condition = r == period - 1 ? null : new Expr.Relation(at, at, RelOp.EQ,
                    new Expr.Binary(at, at, dev.eqc.compiler.ast.BinaryOp.MOD, q, new Expr.Num(at, Integer.toString(period))),
                    new Expr.Num(at, Integer.toString(r)));
            rows.add(new Expr.Case(at, entry, condition));
            entries.add(templateText(cells.get(r), patterns.get(r), "j"));
        }
        LinearForm length = count.scaled(period);
        Span after = new Span(at.end() + 1, at.end() + 1);
        Expr.Sym lhs = new Expr.Sym(new Span(at.start(), at.end() + 1), SymKind.WORD, name, null,
                new Script(after, List.of(q), letter), null, 0);
        Statement.Definition part = new Statement.Definition(at, lhs, at, RelOp.EQ, new Expr.Cases(at, rows), null);
        hoisted.add(new Statement.Declaration(at, List.of(new Expr.Sym(at, SymKind.WORD, name, null, null, null, 0)),
                new Domain(at, Domain.Field.REAL, List.of(length.expr(at, names)), null)));
        hoisted.add(part);
        hoisted.add(new Statement.Condition(at, part, "for", List.of(
                new Expr.Relation(at, at, RelOp.EQ, q, new Expr.Num(at, "0")),
                new Expr.Sym(at, SymKind.COMMAND, "\\dots", null, null, null, 0),
                length.minus(LinearForm.of(1)).expr(at, names))));
        Diagnostic.of(Code.W0470, program.source(), at, "the list written with dots repeats a group of " + period
                        + " entries (" + String.join(", ", entries) + ") for j = " + from + ", …, "
                        + program.source().slice(last.span()).strip() + ": read as the vector of " + length
                        + " entries, the groups in order, entry `" + letter + "` (from 0) being pattern `" + letter
                        + " mod " + period + "` at j = " + position)
                .caret("a vector of " + length)
                .help("to say so without the dots, define the vector element by element with `\\begin{cases}` on `"
                        + letter + " \\bmod " + period + "` and use its name")
                .report(diagnostics);
        return new Expr.Sym(at, SymKind.WORD, name, null, null, null, 0);
    }

    /**
     * The spans where an entry's counting number may stand with the floor reading: the exponents of powers
     * ({@code 2^{L-1}}). A count in a subscript, {@code (x_1, y_1, \dots, x_n, y_n)}, makes strided parts instead
     * ({@link #strided}): the subscripts of names do not read {@code 1 + \lfloor q / 2 \rfloor}.
     */
    private static List<Span> countingPlaces(Expr entry) {
        List<Span> places = new ArrayList<>();
        SubscriptForms.walk(entry, x -> {
            if (x instanceof Expr.Power p) {
                places.add(p.exponent().span());
            }
        });
        return places;
    }

    /**
     * Tancik et al.'s Fourier features, {@code \gamma(\mathbf{v}) = [a_1 \cos(2\pi \mathbf{b}_1^\top \mathbf{v}), a_1
     * \sin(2\pi \mathbf{b}_1^\top \mathbf{v}), \ldots, a_m \cos(…), a_m \sin(…)]}: a repeated group whose counts are in
     * subscripts. The groups are a strided definition, entry r of group k at position P k + r ({@code \_{2k}},
     * {@code \_{2k+1}}; from 1, {@code \_{2k-1}}, {@code \_{2k}}), the count the letter k itself, so the subscripts read
     * plainly (W0470). Null when the counts start other than at 0 or 1.
     */
    private Expr strided(Expr.Group g, List<Expr> cells, List<List<DottedSums.Leaf>> patterns, int period, long from,
            LinearForm count, Map<String, Expr> names, Expr last) {
        if (from != 0 && from != 1) {
            return null;
        }
        Span at = g.span();
        this.count++;
        String name = NAME + (this.count == 1 ? "" : String.valueOf(this.count));
        String letter = freshLetter(g);
        List<String> entries = new ArrayList<>();
        hoisted.add(new Statement.Declaration(at, List.of(new Expr.Sym(at, SymKind.WORD, name, null, null, null, 0)),
                new Domain(at, Domain.Field.REAL, List.of(count.scaled(period).expr(at, names)), null)));
        for (int r = 0; r < period; r++) {
            Map<Expr, Boolean> counted = new IdentityHashMap<>();
            patterns.get(r).forEach(l -> counted.put(l.number(), true));
            Expr entry = new DottedSums.Substitute(counted, letter).expr(cells.get(r));
            entries.add(templateText(cells.get(r), patterns.get(r), letter));
            Span after = new Span(at.end() + 1, at.end() + 1);
            Expr.Sym k = new Expr.Sym(after, SymKind.LETTERS, letter, null, null, null, 0);
            Expr position = new Expr.Binary(after, after, dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE,
                    new Expr.Num(after, Integer.toString(period)), k);
            int offset = from == 0 ? r : r - (period - 1);
            String key = period + letter + (offset > 0 ? "+" + offset : offset < 0 ? String.valueOf(offset) : "");
            if (offset != 0) {
                position = new Expr.Binary(after, after, offset > 0 ? dev.eqc.compiler.ast.BinaryOp.ADD
                        : dev.eqc.compiler.ast.BinaryOp.SUB, position, new Expr.Num(after, Integer.toString(Math.abs(offset))));
            }
            Expr.Sym lhs = new Expr.Sym(new Span(at.start(), at.end() + 1), SymKind.WORD, name, null,
                    new Script(after, List.of(position), key), null, 0);
            hoisted.add(new Statement.Definition(at, lhs, at, RelOp.EQ, entry, null));
        }
        LinearForm length = count.scaled(period);
        Diagnostic.of(Code.W0470, program.source(), at, "the list written with dots repeats a group of " + period
                        + " entries (" + String.join(", ", entries) + ") for " + letter + " = " + from + ", …, "
                        + program.source().slice(last.span()).strip() + ": read as the vector of " + length
                        + " entries, the groups in order, entry r of group " + letter + " at position " + period + letter
                        + (from == 0 ? " + r" : " - " + (period - 1) + " + r") + " (counted from " + from + ")")
                .caret("a vector of " + length)
                .help("to say so without the dots, define the vector as strided parts (`v_{" + period + letter + "} = …`,"
                        + " `v_{" + period + letter + "+1} = …`) and use its name")
                .report(diagnostics);
        return new Expr.Sym(at, SymKind.WORD, name, null, null, null, 0);
    }

    /** The spans of the subscripts of names in an entry. */
    private static List<Span> subscriptPlaces(Expr entry) {
        List<Span> places = new ArrayList<>();
        SubscriptForms.walk(entry, x -> {
            if (x instanceof Expr.Sym s && s.sub() != null) {
                places.add(s.sub().span());
            }
        });
        return places;
    }

    /** The entry with its counting numbers replaced by {@code from + \lfloor q / P \rfloor}. */
    private static final class AtPosition extends ExprCopy {
        private final Map<Expr, Boolean> counted;
        private final String letter;
        private final int period;
        private final long from;
        private final String text;

        AtPosition(Map<Expr, Boolean> counted, String letter, int period, long from, String text) {
            this.counted = counted;
            this.letter = letter;
            this.period = period;
            this.from = from;
            this.text = text;
        }

        @Override
        Expr num(Expr.Num n) {
            if (!counted.containsKey(n)) {
                return n;
            }
            Span at = n.span();
            Expr q = new Expr.Sym(at, SymKind.LETTERS, letter, null, null, null, 0);
            Expr floor = new Expr.Apply(at, new Expr.Sym(at, SymKind.WORD, "floor", null, null, null, 0), List.of(
                    new Expr.Binary(at, at, dev.eqc.compiler.ast.BinaryOp.DIV, q, new Expr.Num(at, Integer.toString(period)))),
                    at);
            return from == 0 ? floor : new Expr.Group(at, Bracket.PAREN, List.of(new Expr.Binary(at, at,
                    dev.eqc.compiler.ast.BinaryOp.ADD, new Expr.Num(at, Long.toString(from)), floor)));
        }

        @Override
        Script script(Script s) {
            return s == null ? null : new Script(s.span(), exprs(s.items()), DottedSums.countedKey(s, counted, text));
        }
    }

    private Expr hoist(Expr.Group g, Expr first, List<DottedSums.Leaf> leaves, long from, LinearForm length,
            Map<String, Expr> names, int written) {
        Expr last = leaves.get(0).last();
        count++;
        Span at = g.span();
        String name = NAME + (count == 1 ? "" : String.valueOf(count));
        String letter = freshLetter(g);
        Expr.Sym k = new Expr.Sym(at, SymKind.LETTERS, letter, null, null, null, 0);
        Map<Expr, Boolean> counted = new IdentityHashMap<>();
        leaves.forEach(l -> counted.put(l.number(), true));
        // The entries' own numbering, from the first entry's number to the last's: (a_0^2, …, a_{C-1}^2) counts from 0.
        String position = letter;
        Expr template = new DottedSums.Substitute(counted, position).expr(first);
        Span after = new Span(at.end() + 1, at.end() + 1);
        Expr.Sym lhs = new Expr.Sym(new Span(at.start(), at.end() + 1), SymKind.WORD, name, null,
                new Script(after, List.of(k), letter), null, 0);
        Statement.Definition part = new Statement.Definition(at, lhs, at, RelOp.EQ, template, null);
        hoisted.add(new Statement.Declaration(at, List.of(new Expr.Sym(at, SymKind.WORD, name, null, null, null, 0)),
                new Domain(at, Domain.Field.REAL, List.of(length.expr(at, names)), null)));
        hoisted.add(part);
        hoisted.add(new Statement.Condition(at, part, "for", List.of(
                new Expr.Relation(at, at, RelOp.EQ, k, new Expr.Num(at, Long.toString(from))),
                new Expr.Sym(at, SymKind.COMMAND, "\\dots", null, null, null, 0), last)));
        String entry = templateText(first, leaves, position);
        Diagnostic.of(Code.W0456, program.source(), at, "the list written with dots is read as the vector of " + length
                        + " entries: entry `" + letter + "` is `" + entry + "`, for " + letter + " = " + from + ", …, "
                        + program.source().slice(last.span()).strip()
                        + (written == 1 ? " (one entry before the dots: the positions count up by one to the last)"
                                : " (the entries before the dots count up by one to the last)"))
                .caret("a vector of " + length)
                .help("to say so without the dots, define the vector element by element (`v_" + letter + " = " + entry
                        + "`) and use its name")
                .report(diagnostics);
        return new Expr.Sym(at, SymKind.WORD, name, null, null, null, 0);
    }

    /** The first entry's text with its counting numbers written as the position. */
    private String templateText(Expr first, List<DottedSums.Leaf> leaves, String position) {
        StringBuilder text = new StringBuilder(program.source().slice(first.span()));
        List<DottedSums.Leaf> backwards = new ArrayList<>(leaves);
        backwards.sort((x, y) -> Integer.compare(y.number().span().start(), x.number().span().start()));
        for (DottedSums.Leaf l : backwards) {
            int start = l.number().span().start() - first.span().start();
            int end = l.number().span().end() - first.span().start();
            boolean braced = start > 0 && text.charAt(start - 1) == '{';
            text.replace(start, end, position.length() == 1 || braced ? position : "{" + position + "}");
        }
        return text.toString().strip().replaceAll("\\s+", " ");
    }

    /**
     * Whether the entry reads a parameter of the function being defined, and the file calls that function: the
     * hoisted vector is a definition of the file, which would read the declared input of the parameter's name at every
     * call. (Performer's {@code \phi(\mathbf{x}) = … (\exp(\omega_1^\top \mathbf{x}), \ldots)}, which nothing
     * calls, is its value at the declared {@code \mathbf{x}}.)
     */
    private boolean readsCalledParameter(Expr entry) {
        if (current == null || !(current.lhs() instanceof Expr.Apply a) || !(a.callee() instanceof Expr.Sym f)) {
            return false;
        }
        java.util.Set<String> params = new java.util.HashSet<>();
        for (Expr p : a.args()) {
            if (p instanceof Expr.Sym ps) {
                params.add(NameKeys.full(ps));
                params.add(NameKeys.full(ps.withScripts(ps.span(), null, null, ps.primes())));
            }
        }
        boolean[] reads = {false};
        new ExprCopy() {
            @Override
            Expr sym(Expr.Sym s) {
                reads[0] |= params.contains(NameKeys.full(s))
                        || params.contains(NameKeys.full(s.withScripts(s.span(), null, null, s.primes())));
                return super.sym(s);
            }
        }.expr(entry);
        if (!reads[0]) {
            return false;
        }
        String key = NameKeys.full(f);
        boolean[] called = {false};
        ExprCopy calls = new ExprCopy() {
            @Override
            Expr apply(Expr.Apply c) {
                called[0] |= c.callee() instanceof Expr.Sym g && NameKeys.full(g).equals(key);
                return super.apply(c);
            }
        };
        for (Statement st : program.statements()) {
            if (st instanceof Statement.Definition d) {
                calls.expr(d.rhs());
            } else if (st instanceof Statement.Bare b) {
                calls.expr(b.expr());
            }
        }
        return called[0];
    }

    /** A letter the file does not use. */
    private String freshLetter(Expr.Group g) {
        String text = program.source().text();
        for (String letter : List.of("k", "l", "q", "r", "u")) {
            if (!text.matches("(?s).*(?<![A-Za-z\\\\])" + letter + "(?![A-Za-z]).*")) {
                return letter;
            }
        }
        return "\\kappa";
    }

    /** A compact spelling of an expression, to compare the last entries' counts. */
    private static final class SExpressionsText {
        static String of(Expr e) {
            return dev.eqc.compiler.ast.SExpressions.print(e);
        }
    }
}
