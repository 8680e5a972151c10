package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A sum written out with dots, as textbooks print one: {@code \mathbf{x}_1 + \mathbf{x}_2 + \cdots + \mathbf{x}_C}
 * (word2vec's CBOW), {@code w_1 x_1 + \cdots + w_d x_d + b} (linear regression), {@code \mathbf{v}_{o_1} + \ldots +
 * \mathbf{v}_{o_{2m}}}. The terms before the dots and the term after them are one pattern whose whole numbers count
 * up by one to the last term's value: the run is the sum {@code \sum_{i=1}^{C} \mathbf{x}_i} over a letter of its
 * own, and W0424 says so. Runs on the statements, before name resolution; a run whose terms are no such pattern is
 * left alone (the dots are then E0103).
 */
final class DottedSums {
    private static final List<String> LETTERS = List.of("i", "j", "k", "l", "m", "n", "p", "q", "r", "s", "u", "a");

    private DottedSums() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        SourceFile source = program.source();
        boolean[] changed = {false};
        List<Statement> out = new ArrayList<>();
        for (Statement s : program.statements()) {
            List<Expr.Case> rows = new ArrayList<>();
            Expr rhs = s instanceof Statement.Definition d ? d.rhs() : s instanceof Statement.Continuation c ? c.rhs()
                    : s instanceof Statement.Bare b ? b.expr() : null;
            if (rhs != null) {
                IndexLetters.nodes(rhs, false).stream().filter(e -> e instanceof Expr.Cases)
                        .forEach(e -> rows.addAll(((Expr.Cases) e).rows()));
            }
            ExprCopy rewrite = new Rewrite(source, diagnostics, changed, new DottedPatterns(source, diagnostics, rows));
            if (s instanceof Statement.Definition d) {
                out.add(new Statement.Definition(d.span(), d.lhs(), d.opSpan(), d.op(), rewrite.expr(d.rhs()),
                        d.comment()));
            } else if (s instanceof Statement.Continuation c) {
                out.add(new Statement.Continuation(c.span(), c.opSpan(), c.op(), rewrite.expr(c.rhs())));
            } else if (s instanceof Statement.Bare b) {
                out.add(new Statement.Bare(b.span(), rewrite.expr(b.expr()), b.comment()));
            } else {
                out.add(s);
            }
        }
        return changed[0] ? new Program(source, out) : program;
    }

    /** A letter the file does not use, or null. */
    static String freshLetter(SourceFile source) {
        String text = source.text();
        return LETTERS.stream().filter(l -> !Pattern.compile("(?<![\\\\A-Za-z])" + l + "(?![A-Za-z])")
                .matcher(text).find()).findFirst().orElse(null);
    }

    /** The copy that replaces each dotted run of a sum by the reduction it prints. */
    private static final class Rewrite extends ExprCopy {
        private final SourceFile source;
        private final Diagnostics diagnostics;
        private final boolean[] changed;
        private final DottedPatterns patterns;

        Rewrite(SourceFile source, Diagnostics diagnostics, boolean[] changed, DottedPatterns patterns) {
            this.source = source;
            this.diagnostics = diagnostics;
            this.changed = changed;
            this.patterns = patterns;
        }

        @Override
        Expr binary(Expr.Binary b) {
            boolean product = b.op() == BinaryOp.CROSS || b.op() == BinaryOp.DOT;
            if (b.op() != BinaryOp.ADD && !product) {
                return super.binary(b);
            }
            List<Expr> terms = new ArrayList<>();
            flatten(b, b.op(), terms);
            int dots = -1;
            for (int k = 0; k < terms.size(); k++) {
                if (ArithmeticLists.isDots(terms.get(k))) {
                    if (dots >= 0) {
                        return super.binary(b);
                    }
                    dots = k;
                }
            }
            if (dots < 1 || dots > terms.size() - 2) {
                return super.binary(b);
            }
            Expr sum = product ? null : dottedRun(terms, dots, "\\sum");
            if (sum != null) {
                return sum;
            }
            // R_{t+1} + \gamma R_{t+2} + \cdots + \gamma^{n-1} R_{t+n}, a_j \times \cdots \times a_{i+1} (W0538)
            Expr run = patterns.run(terms, dots, product ? "\\prod" : "\\sum", b.span());
            if (run == null) {
                return super.binary(b);
            }
            changed[0] = true;
            Expr out = null;
            for (int k = 0; k < terms.size(); k++) {
                Expr t = k < patterns.start || k > dots + 1 ? expr(terms.get(k)) : k == patterns.start ? run : null;
                if (t != null) {
                    out = out == null ? t : new Expr.Binary(out.span().to(t.span()), t.span(), b.op(), out, t);
                }
            }
            return out;
        }

        /**
         * {@code \max(x_1, \dots, x_n)}, {@code \min(d_1, d_2, \ldots, d_K)}: the arguments are one dotted run, read
         * as {@code \max_{i=1}^{n} x_i} (was E0104, max takes 2 arguments). Only when the run is every argument.
         */
        @Override
        Expr apply(Expr.Apply a) {
            if (!(a.callee() instanceof Expr.Sym f) || !f.bare() || !f.base().equals("\\max") && !f.base().equals("\\min")
                    || a.args().size() < 3 || !ArithmeticLists.isDots(a.args().get(a.args().size() - 2))) {
                return super.apply(a);
            }
            for (int k = 0; k < a.args().size() - 2; k++) {
                if (ArithmeticLists.isDots(a.args().get(k))) {
                    return super.apply(a);
                }
            }
            Expr run = dottedRun(a.args(), a.args().size() - 2, f.base());
            return run == null ? super.apply(a) : run;
        }

        private static void flatten(Expr e, BinaryOp op, List<Expr> terms) {
            if (e instanceof Expr.Binary b && b.op() == op) {
                flatten(b.left(), op, terms);
                terms.add(b.right());
            } else {
                terms.add(e);
            }
        }

        /** The sum with its dotted run replaced, or null when the terms around the dots are no pattern. */
        private Expr dottedRun(List<Expr> terms, int dots, String operator) {
            Expr last = terms.get(dots + 1);
            List<Leaf> leaves = new ArrayList<>();
            if (!differ(terms.get(dots - 1), last, leaves) || leaves.isEmpty() || !oneCounter(leaves)) {
                return null;
            }
            long before = leaves.get(0).value;
            String lastText = text(leaves.get(0).last);
            int start = dots - 1;
            while (start > 0) {
                List<Leaf> earlier = new ArrayList<>();
                if (!differ(terms.get(start - 1), last, earlier) || earlier.size() != leaves.size()
                        || !oneCounter(earlier) || !text(earlier.get(0).last).equals(lastText)) {
                    break;
                }
                if (earlier.get(0).value != before - (dots - start)) {
                    return null;   // x_1 + x_3 + \cdots + x_n: not counting up by one; no sum is read
                }
                start--;
            }
            if (!operator.equals("\\sum") && start != 0) {
                return null;   // \max(a, x_1, \dots, x_n): the run is not every argument
            }
            List<Leaf> first = new ArrayList<>();
            differ(terms.get(start), last, first);
            long from = first.get(0).value;
            if (leaves.get(0).last instanceof Expr.Num n && (!n.text().matches("\\d+")
                    || Long.parseLong(n.text()) <= before)) {
                return null;
            }
            Span run = terms.get(start).span().to(last.span());
            String letter = freshLetter();
            if (letter == null) {
                return null;
            }
            changed[0] = true;
            Map<Expr, Boolean> counted = new IdentityHashMap<>();
            first.forEach(l -> counted.put(l.number, true));
            Expr body = new Substitute(counted, letter).expr(terms.get(start));
            Span at = terms.get(dots).span();
            Expr.Sym index = new Expr.Sym(at, SymKind.LETTERS, letter, null, null, null, 0);
            Expr.Num lower = new Expr.Num(at, Long.toString(from));
            Expr upper = expr(leaves.get(0).last);
            Expr.Sym sigma = new Expr.Sym(at, SymKind.COMMAND, operator,
                    null, new Script(at, List.of(new Expr.Relation(at, at, RelOp.EQ, index, lower)), letter + "=" + from),
                    new Script(at, List.of(upper), lastText), 0);
            Expr sum = new Expr.BigOp(run, sigma, body);
            String written = operator + "_{" + letter + "=" + from + "}^{" + lastText + "} " + shown(terms.get(start), first,
                    letter);
            String what = operator.equals("\\sum") ? "sum" : operator.substring(1);
            Diagnostic.of(Code.W0424, source, run, "`" + source.slice(run).strip() + "` is read as the " + what + " `"
                            + written + "`: the terms count " + letter + " from " + from + " up by one to " + lastText)
                    .caret("a " + what + " over " + letter + " = " + from + ", …, " + lastText)
                    .help("write the " + what + " to say so: `" + written + "`")
                    .report(diagnostics);
            if (!operator.equals("\\sum")) {
                return sum;
            }
            Expr out = null;
            for (int k = 0; k < terms.size(); k++) {
                Expr t = k < start || k > dots + 1 ? expr(terms.get(k)) : k == start ? sum : null;
                if (t != null) {
                    out = out == null ? t : new Expr.Binary(out.span().to(t.span()), t.span(), BinaryOp.ADD, out, t);
                }
            }
            return out;
        }

        /** The first term of the run as written, its counting numbers shown as the letter. */
        private String shown(Expr term, List<Leaf> leaves, String letter) {
            StringBuilder text = new StringBuilder(source.slice(term.span()));
            List<Leaf> backwards = new ArrayList<>(leaves);
            backwards.sort((x, y) -> Integer.compare(y.number().span().start(), x.number().span().start()));
            for (Leaf l : backwards) {
                text.replace(l.number().span().start() - term.span().start(), l.number().span().end()
                        - term.span().start(), letter);
            }
            return text.toString().strip().replaceAll("\\s+", " ");
        }

        private String freshLetter() {
            return DottedSums.freshLetter(source);
        }

        private String text(Expr e) {
            return source.slice(e.span()).strip().replaceAll("\\s+", " ");
        }

        /** Whether every leaf counts the same: one whole number in the term before the dots, one value after. */
        private boolean oneCounter(List<Leaf> leaves) {
            Leaf one = leaves.get(0);
            return leaves.stream().allMatch(l -> l.value == one.value && text(l.last).equals(text(one.last)));
        }
    }

    /** A whole number of a term before the dots and the expression at its place in the last term. */
    record Leaf(Expr.Num number, long value, Expr last) {}

    /**
     * Whether {@code a} and {@code b} are one pattern: the same tree but where {@code a} has a whole number and
     * {@code b} something else; those places go to {@code leaves}.
     */
    static boolean differ(Expr a, Expr b, List<Leaf> leaves) {
        if (a instanceof Expr.Num n && n.text().matches("\\d{1,9}")) {
            if (b instanceof Expr.Num m && m.text().equals(n.text())) {
                return true;
            }
            leaves.add(new Leaf(n, Long.parseLong(n.text()), b));
            return true;
        }
        if (a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof Expr.Num n) {
            return n.text().equals(((Expr.Num) b).text());
        }
        if (a instanceof Expr.Sym s) {
            Expr.Sym t = (Expr.Sym) b;
            return s.kind() == t.kind() && s.base().equals(t.base()) && java.util.Objects.equals(s.accent(), t.accent())
                    && s.primes() == t.primes() && scripts(s.sub(), t.sub(), leaves) && scripts(s.sup(), t.sup(), leaves);
        }
        if (a instanceof Expr.Group g) {
            Expr.Group h = (Expr.Group) b;
            return g.bracket() == h.bracket() && all(g.items(), h.items(), leaves);
        }
        if (a instanceof Expr.Apply f) {
            Expr.Apply g = (Expr.Apply) b;
            return differ(f.callee(), g.callee(), leaves) && all(f.args(), g.args(), leaves);
        }
        if (a instanceof Expr.Binary x) {
            Expr.Binary y = (Expr.Binary) b;
            return x.op() == y.op() && differ(x.left(), y.left(), leaves) && differ(x.right(), y.right(), leaves);
        }
        if (a instanceof Expr.Unary x) {
            Expr.Unary y = (Expr.Unary) b;
            return x.op() == y.op() && differ(x.operand(), y.operand(), leaves);
        }
        if (a instanceof Expr.Power x) {
            Expr.Power y = (Expr.Power) b;
            return differ(x.base(), y.base(), leaves) && scripts(x.exponent(), y.exponent(), leaves);
        }
        if (a instanceof Expr.Subscripted x) {
            Expr.Subscripted y = (Expr.Subscripted) b;
            return differ(x.base(), y.base(), leaves) && scripts(x.sub(), y.sub(), leaves);
        }
        if (a instanceof Expr.Frac x) {
            Expr.Frac y = (Expr.Frac) b;
            return differ(x.num(), y.num(), leaves) && differ(x.den(), y.den(), leaves);
        }
        if (a instanceof Expr.Abs x) {
            return differ(x.operand(), ((Expr.Abs) b).operand(), leaves);
        }
        if (a instanceof Expr.Norm x) {
            return differ(x.operand(), ((Expr.Norm) b).operand(), leaves);
        }
        if (a instanceof Expr.Relation x) {
            Expr.Relation y = (Expr.Relation) b;   // c' = 1 under \sum_{c'=1}^{C}, the same in every term
            return x.op() == y.op() && differ(x.left(), y.left(), leaves) && differ(x.right(), y.right(), leaves);
        }
        if (a instanceof Expr.BigOp x) {
            Expr.BigOp y = (Expr.BigOp) b;   // Murphy's softmax list: the normaliser written in every entry
            return differ(x.operator(), y.operator(), leaves) && differ(x.body(), y.body(), leaves);
        }
        return false;   // roots, cases, matrices: no pattern read here
    }

    private static boolean scripts(Script a, Script b, List<Leaf> leaves) {
        if (a == null || b == null) {
            return a == b;
        }
        return all(a.items(), b.items(), leaves);
    }

    private static boolean all(List<Expr> a, List<Expr> b, List<Leaf> leaves) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (!differ(a.get(k), b.get(k), leaves)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A copy of the first term of the run with its counting numbers replaced by the sum's letter (also the entry of
     * {@link DottedLists}).
     */
    static final class Substitute extends ExprCopy {
        private final Map<Expr, Boolean> counted;
        private final String letter;

        Substitute(Map<Expr, Boolean> counted, String letter) {
            this.counted = counted;
            this.letter = letter;
        }

        @Override
        Expr num(Expr.Num n) {
            return counted.containsKey(n) ? new Expr.Sym(n.span(), SymKind.LETTERS, letter, null, null, null, 0) : n;
        }

        @Override
        Script script(Script s) {
            return s == null ? null : new Script(s.span(), exprs(s.items()), countedKey(s, counted, letter));
        }

    }

    /**
     * The key of script {@code s} with each counting number written inside it replaced by {@code with} (the sum's
     * letter, or {@link DottedLists}' position expression), as the copied items are.
     */
    static String countedKey(Script s, Map<Expr, Boolean> counted, String with) {
        String key = s.key();
        for (Expr e : counted.keySet()) {
            if (e.span().start() >= s.span().start() && e.span().end() <= s.span().end()) {
                key = key.replaceAll("(?<![0-9A-Za-z])" + ((Expr.Num) e).text() + "(?![0-9])",
                        java.util.regex.Matcher.quoteReplacement(with));
            }
        }
        return key;
    }
}
