package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Bracket;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.SExpressions;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ViT's patch embedding (Eq. 1) writes a sequence of tokens as a list of rows with a pattern:
 * {@code [\mathbf{x}_\text{class}; \mathbf{x}^1_p \mathbf{E}; \mathbf{x}^2_p \mathbf{E}; \cdots; \mathbf{x}^N_p
 * \mathbf{E}]}, the class token then one row per patch, {@code \mathbf{x}^k_p} the k-th row of the declared
 * {@code \mathbf{x}_p}. A {@code ;} list whose cells before the dots number the rows of a declared matrix
 * 1, 2, … (or 0, 1, …) in one script, and whose last cell gives the count, is read so: the cells become a
 * definition of their own, {@code \mathrm{rows}_k = (\mathbf{x}_p)_k \mathbf{E}} for k up to the count, and the
 * list stacks the items before the pattern (declared vectors, one row each) on top of it (W0414). Lists of any
 * other form are left as they are (concatenation, W0133; E0103 for the dots). See docs/LANGUAGE.md, Lists and
 * matrices written out.
 */
final class PatternRows extends HoistingRewrite {
    private static final Set<String> DOTS = Set.of("\\vdots", "\\cdots", "\\dots", "\\ldots");
    /** The base of the names given to pattern rows: a word no source spells (the lexer never makes a space). */
    private static final String NAME = "pattern rows";

    /** Whether {@code e} names the matrix a row pattern became. */
    static boolean isPatternRows(Expr e) {
        return e instanceof Expr.Sym s && s.base().startsWith(NAME) && s.sub() == null;
    }

    private final Map<String, Integer> declaredRanks = new HashMap<>();
    private int count;

    private PatternRows(Program program, Diagnostics diagnostics) {
        super(program, diagnostics);
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d && d.domain() != null && d.family() == null) {
                for (Expr.Sym name : d.names()) {
                    declaredRanks.put(NameKeys.full(name), d.domain().dims().size());
                }
            }
        }
    }

    static Program expand(Program program, Diagnostics diagnostics) {
        return new PatternRows(program, diagnostics).run();
    }

    @Override
    Expr rewrite(Expr rhs) {
        return replacingGroups(rhs, this::rows);
    }

    /** The list with its pattern replaced by the hoisted rows, or null when {@code g} is no such list. */
    private Expr rows(Expr.Group g) {
        List<Expr> items = g.items();
        if (g.bracket() != Bracket.SQUARE || items.size() < 4 || !semicolons(items)) {
            return null;
        }
        int dots = items.size() - 2;
        if (!isDots(items.get(dots)) || items.subList(0, dots).stream().anyMatch(PatternRows::isDots)) {
            return null;
        }
        Expr last = items.get(dots + 1);
        // the longest run of cells before the dots that differ from the last cell in one script only
        int start = dots;
        Slot slot = null;
        while (start > 0) {
            Slot s = slot(items.get(start - 1), last);
            if (s == null || slot != null && s.symIndex() != slot.symIndex()) {
                break;
            }
            slot = s;
            start--;
        }
        if (dots - start < 2 || slot == null) {
            return null;
        }
        Long first = null;
        for (int i = start; i < dots; i++) {
            long v = slot(items.get(i), last).number();
            if (first != null && v != first + (i - start)) {
                return null;
            }
            if (first == null) {
                first = v;
            }
        }
        if (first > 1) {
            return null;
        }
        Expr.Sym template = syms(last).get(slot.symIndex());
        Expr.Sym matrix = slot.superscript() ? template.withScripts(template.span(), template.sub(), null, template.primes())
                : template.withScripts(template.span(), null, template.sup(), template.primes());
        Integer rank = declaredRanks.get(NameKeys.full(matrix));
        if (rank == null || rank < 2) {
            return null;
        }
        for (Expr item : items.subList(0, start)) {
            if (!(item instanceof Expr.Sym v) || !Integer.valueOf(1).equals(declaredRanks.get(NameKeys.full(v)))) {
                return null;    // only declared vectors, one row each, stack on top of the rows here
            }
        }
        return hoist(g, items.subList(0, start), items.get(start), last, slot, matrix, first);
    }

    private Expr hoist(Expr.Group g, List<Expr> before, Expr firstCell, Expr last, Slot slot, Expr.Sym matrix,
            long first) {
        count++;
        Span at = new Span(firstCell.span().start(), last.span().end());
        String name = NAME + (count == 1 ? "" : String.valueOf(count));
        String letter = freshLetter(g);
        Expr.Sym k = new Expr.Sym(at, SymKind.LETTERS, letter, null, null, null, 0);
        Expr.Sym varying = syms(last).get(slot.symIndex());
        Expr body = new ExprCopy() {
            @Override
            Expr sym(Expr.Sym s) {
                return s == varying ? new Expr.Subscripted(s.span(), matrix, new Script(s.span(), List.of(k), letter))
                        : super.sym(s);
            }
        }.expr(last);
        Span after = new Span(at.end() + 1, at.end() + 1);
        Expr.Sym lhs = new Expr.Sym(new Span(at.start(), at.end() + 1), SymKind.WORD, name, null,
                new Script(after, List.of(k), letter), null, 0);
        Statement.Definition rows = new Statement.Definition(at, lhs, at, RelOp.EQ, body, null);
        hoisted.add(rows);
        hoisted.add(new Statement.Condition(at, rows, "for", List.of(
                new Expr.Relation(at, at, RelOp.EQ, k, new Expr.Num(at, Long.toString(first))),
                new Expr.Sym(at, SymKind.COMMAND, "\\dots", null, null, null, 0), slot.written())));
        String source = program.source().text();
        String matrixText = NameKeys.full(matrix);
        String upper = source.substring(slot.written().span().start(), slot.written().span().end());
        Diagnostic.of(Code.W0414, program.source(), g.span(), "`" + source.substring(g.span().start(), g.span().end())
                        + "` is read as rows stacked: " + (before.isEmpty() ? "" : before.stream().map(e ->
                                "`" + source.substring(e.span().start(), e.span().end()) + "`").reduce((a, b) -> a + ", "
                                + b).orElse("") + " first, then ") + "one row for each " + letter + " = " + first
                        + ", …, " + upper + ", the cell written with row " + letter + " of `" + matrixText + "` in place"
                        + " of `" + source.substring(varying.span().start(), varying.span().end()) + "`")
                .caret("a row for each item")
                .help("for the rows alone, define them element by element: `r_" + letter + " = (" + matrixText + ")_"
                        + letter + " \\ldots \\quad \\text{for } " + letter + " = 1, \\dots, " + upper + "`")
                .report(diagnostics);
        List<Expr> out = new ArrayList<>(before);
        out.add(new Expr.Sym(at, SymKind.WORD, name, null, null, null, 0));
        return new Expr.Group(g.span(), g.bracket(), out);
    }

    /** Where {@code cell} differs from {@code last}: in one script of one name, else null. */
    private record Slot(int symIndex, boolean superscript, Expr written, long number) {}

    /** The one script of one name in which {@code cell} differs from {@code last}, with the last cell's script. */
    private static Slot slot(Expr cell, Expr last) {
        List<Expr.Sym> a = syms(cell);
        List<Expr.Sym> b = syms(last);
        if (a.size() != b.size()) {
            return null;
        }
        Slot found = null;
        for (int i = 0; i < a.size(); i++) {
            Expr.Sym x = a.get(i);
            Expr.Sym y = b.get(i);
            boolean subSame = printed(x.sub()).equals(printed(y.sub()));
            boolean supSame = printed(x.sup()).equals(printed(y.sup()));
            if (subSame && supSame) {
                continue;
            }
            if (found != null || subSame == supSame || !x.base().equals(y.base()) || x.kind() != y.kind()
                    || x.primes() != y.primes()) {
                return null;
            }
            Script written = supSame ? y.sub() : y.sup();
            Long number = wholeNumber(supSame ? x.sub() : x.sup());
            if (written == null || written.items().size() != 1 || number == null) {
                return null;
            }
            found = new Slot(i, !supSame, written.items().get(0), number);
        }
        if (found == null || !skeleton(cell, found.symIndex()).equals(skeleton(last, found.symIndex()))) {
            return null;
        }
        return found;
    }

    /** The number a cell's varying script is written with. */
    private static Long wholeNumber(Expr written) {
        return written instanceof Expr.Num n && n.text().matches("\\d{1,9}") ? Long.parseLong(n.text()) : null;
    }

    private static Long wholeNumber(Script s) {
        return s == null || s.items().size() != 1 ? null : wholeNumber(s.items().get(0));
    }

    /** The cell with its {@code index}-th name blanked: cells of one pattern print the same. */
    private static String skeleton(Expr cell, int index) {
        int[] seen = {0};
        return SExpressions.print(new ExprCopy() {
            @Override
            Expr sym(Expr.Sym s) {
                return seen[0]++ == index ? new Expr.Sym(s.span(), SymKind.WORD, "#", null, null, null, 0) : s;
            }
        }.expr(cell));
    }

    /** The names in {@code cell}, in the order {@link ExprCopy} visits them (not the names inside their scripts). */
    private static List<Expr.Sym> syms(Expr cell) {
        List<Expr.Sym> out = new ArrayList<>();
        new ExprCopy() {
            @Override
            Expr sym(Expr.Sym s) {
                out.add(s);
                return s;
            }
        }.expr(cell);
        return out;
    }

    private static String printed(Script s) {
        return s == null ? "" : s.items().stream().map(SExpressions::print).reduce("", (a, b) -> a + "," + b);
    }

    private static boolean isDots(Expr e) {
        return e instanceof Expr.Sym s && DOTS.contains(s.base()) && s.bare();
    }

    /** Whether the items are separated by {@code ;} (a column of rows), not commas. */
    private boolean semicolons(List<Expr> items) {
        String text = program.source().text();
        for (int i = 0; i + 1 < items.size(); i++) {
            String between = text.substring(items.get(i).span().end(), items.get(i + 1).span().start());
            if (!between.contains(";") || between.contains(",") && !between.contains("\\,")) {
                return false;
            }
        }
        return true;
    }

    /** A letter the list does not use, for the row count. */
    private String freshLetter(Expr.Group g) {
        String text = program.source().text().substring(g.span().start(), g.span().end());
        for (String letter : List.of("k", "l", "q", "r", "u")) {
            if (!text.matches("(?s).*(?<![A-Za-z\\\\])" + letter + "(?![A-Za-z]).*")) {
                return letter;
            }
        }
        return "\\kappa";
    }
}
