package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A left-hand side applied to an event or an expression of indexed items, where the body reads the items' letters as
 * indices of declared tensors: Bradley and Terry's {@code P(i \succ j) = \frac{\pi_i}{\pi_i + \pi_j}} with
 * {@code \pi \in \mathbb{R}^{n}}, SchNet's radial basis {@code e_k(\mathbf{r}_i - \mathbf{r}_j) = \exp(-\gamma
 * \|d_{ij} - \mu_k\|^2)}. The argument is no parameter: it names what the value is of, item {@code i} against item
 * {@code j}. It is read as the value defined element by element over the letters of the argument, in the order
 * written, then the letters of the name's own subscript ({@code P_{ij}}, {@code e_{ijk}}) (W0483). Was E0107 (a
 * parameter must be a name). Only when every letter is no declared or defined name, indexes a declared tensor on the
 * right and nothing in the file calls the name. Runs on the statements, before {@link ElementArguments}.
 */
final class EventArguments {
    private EventArguments() {}

    /** Relations between two items that papers write inside a probability: preference, order. */
    private static final Set<String> EVENT_SIGNS = Set.of("\\succ", "\\prec", "\\succeq", "\\preceq", "\\rhd", "\\lhd",
            "\\triangleright", "\\triangleleft");

    static Program expand(Program program, Diagnostics diagnostics) {
        Set<String> known = new HashSet<>();
        Set<String> tensors = new HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d) {
                d.names().forEach(n -> {
                    known.add(NameKeys.full(n));
                    if (!d.domain().dims().isEmpty()) {
                        tensors.add(NameKeys.full(n));
                    }
                });
            } else if (s instanceof Statement.Definition d && d.lhs() instanceof Expr.Sym named) {
                known.add(NameKeys.full(named));
            }
        }
        if (tensors.isEmpty()) {
            return program;
        }
        Set<String> called = ProgramNames.applications(program).keySet();
        List<Statement> out = new ArrayList<>();
        boolean changed = false;
        for (Statement s : program.statements()) {
            Statement rewritten = s instanceof Statement.Definition d ? rewrite(d, known, tensors, called, program,
                    diagnostics) : null;
            out.add(rewritten != null ? rewritten : s);
            changed |= rewritten != null;
        }
        return changed ? new Program(program.source(), out) : program;
    }

    private static Statement rewrite(Statement.Definition d, Set<String> known, Set<String> tensors, Set<String> called,
            Program program, Diagnostics diagnostics) {
        if (d.update() || !(d.lhs() instanceof Expr.Apply a) || !(a.callee() instanceof Expr.Sym f) || f.sup() != null
                || a.args().size() != 1 || called.contains(NameKeys.full(f)) || known.contains(NameKeys.full(f))) {
            return null;
        }
        Statement labelled = labelledEvent(d, a, f, known, program, diagnostics);
        if (labelled != null) {
            return labelled;
        }
        List<Expr> items = items(a.args().get(0));
        if (items == null) {
            return null;
        }
        java.util.function.Predicate<String> isKnown = known::contains;
        List<String> letters = new ArrayList<>();
        for (Expr item : items) {
            String letter = letterOf(item, known);
            if (letter == null || letters.contains(letter) || !indexesTensor(letter, d.rhs(), tensors)
                    || !IndexLetters.indexesSomethingFree(letter, d.rhs(), isKnown)) {
                return null;
            }
            letters.add(letter);
        }
        Expr.Sym name = f;
        if (f.sub() != null) {
            // e_k: the name's own subscript, when its letters index declared tensors too, are indices after the
            // argument's; a label (\Phi_{GC}) stays part of the name
            List<String> own = IndexLetters.of(f.sub());
            if (own == null || own.stream().anyMatch(l -> known.contains(l) || letters.contains(l)
                    || !indexesTensor(l, d.rhs(), tensors))) {
                return null;
            }
            letters.addAll(own);
            name = f.withScripts(new Span(f.span().start(), f.sub().span().start() - 1), null, null, f.primes());
            if (known.contains(NameKeys.full(name)) || called.contains(NameKeys.full(name))) {
                return null;
            }
        }
        List<Expr> indexItems = new ArrayList<>();
        for (String l : letters) {
            indexItems.add(new Expr.Sym(a.args().get(0).span(), SymKind.LETTERS, l, null, null, null, 0));
        }
        Script index = new Script(new Span(name.span().end() + 1, Math.max(name.span().end() + 1, a.span().end())),
                indexItems, String.join(",", letters));
        Expr.Sym lhs = new Expr.Sym(a.span(), name.kind(), name.base(), name.accent(), index, null, name.primes());
        String fn = program.source().slice(name.span()).strip();
        String subscript = letters.size() == 1 ? letters.get(0) : "{" + String.join("", letters) + "}";
        Diagnostic.of(Code.W0483, program.source(), a.args().get(0).span(), "`"
                        + program.source().slice(a.args().get(0).span()).strip() + "` in `"
                        + program.source().slice(a.span()).strip() + "` is no parameter: it names items `"
                        + String.join("`, `", letters.subList(0, items.size())) + "`, which the body reads as indices:"
                        + " read as `" + fn + "_" + subscript + "`, one value for each "
                        + String.join(", ", letters))
                .caret("notation for the items " + String.join(", ", letters.subList(0, items.size())))
                .help("write `" + fn + "_" + subscript + " = …` to say so")
                .report(diagnostics);
        return new Statement.Definition(d.span(), lhs, d.opSpan(), d.op(), d.rhs(), d.comment());
    }

    /**
     * Molnar's {@code \mathbb{P}(Y^{(i)}=1) = \text{logistic}(\mathbf{x}^{(i)T} \boldsymbol\beta)}: the event is about
     * example {@code (i)}, whose features the body reads under the same label from a name the file declares. The value
     * is the probability for each example, {@code \mathbb{P}_i} (W0483). Was W0160 (one probability) and the whole
     * stack of examples in the product (E0301).
     */
    private static Statement labelledEvent(Statement.Definition d, Expr.Apply a, Expr.Sym f, Set<String> known,
            Program program, Diagnostics diagnostics) {
        if (f.sub() != null || !(a.args().get(0) instanceof Expr.Relation r) || r.op() != dev.eqc.compiler.ast.RelOp.EQ
                || !(r.right() instanceof Expr.Num) || !(r.left() instanceof Expr.Sym y) || y.sub() != null
                || y.sup() == null || !y.sup().isSingle() || !(y.sup().single() instanceof Expr.Group g)
                || g.bracket() != dev.eqc.compiler.ast.Bracket.PAREN || g.items().size() != 1
                || !(g.items().get(0) instanceof Expr.Sym l) || !l.bare() || l.kind() != SymKind.LETTERS
                || l.base().length() != 1 || known.contains(l.base()) || known.contains(NameKeys.full(y))) {
            return null;
        }
        String letter = l.base();
        boolean[] reads = {false};
        SubscriptForms.walk(d.rhs(), n -> {
            if (n instanceof Expr.Sym s && s.labelledBy(letter) && known.contains(NameKeys.full(s))) {
                reads[0] = true;
            }
        });
        if (!reads[0]) {
            return null;
        }
        Expr.Sym lhs = new Expr.Sym(a.span(), f.kind(), f.base(), f.accent(), new dev.eqc.compiler.ast.Script(l.span(),
                List.of(l), letter), null, f.primes());
        String fn = program.source().slice(f.span()).strip();
        Diagnostic.of(Code.W0483, program.source(), r.span(), "`" + program.source().slice(r.span()).strip() + "` in `"
                        + program.source().slice(a.span()).strip() + "` is about example `(" + letter + ")`, which the body"
                        + " reads under the same label: read as `" + fn + "_" + letter + "`, one value for each example")
                .caret("notation for example " + letter)
                .help("write `" + fn + "_" + letter + " = …` or `" + fn + "^{(" + letter + ")} = …` to say so")
                .report(diagnostics);
        return new Statement.Definition(d.span(), lhs, d.opSpan(), d.op(), d.rhs(), d.comment());
    }

    /**
     * The items of an event ({@code i \succ j}, {@code i > j}) or of a sum or difference of items
     * ({@code \mathbf{r}_i - \mathbf{r}_j}); null for anything else, a plain name included.
     */
    private static List<Expr> items(Expr arg) {
        if (arg instanceof Expr.Relation r && (r.op() == dev.eqc.compiler.ast.RelOp.GT
                || r.op() == dev.eqc.compiler.ast.RelOp.LT)) {
            return List.of(r.left(), r.right());
        }
        if (arg instanceof Expr.Binary b && (b.op() == BinaryOp.SUB || b.op() == BinaryOp.ADD)) {
            return List.of(b.left(), b.right());
        }
        List<Expr> run = new ArrayList<>();
        flatten(arg, run);
        if (run.size() == 3 && run.get(1) instanceof Expr.Sym sign && sign.kind() == SymKind.COMMAND && sign.bare()
                && EVENT_SIGNS.contains(sign.base())) {
            return List.of(run.get(0), run.get(2));
        }
        return null;
    }

    /**
     * An event between two named items that are no index letters: DPO's {@code p^*(y_1 \succ y_2 \mid x)}, Christiano et
     * al.'s {@code \hat{P}[\sigma^1 \succ \sigma^2]}. It says what the value is the probability of, as a distribution
     * written in the parentheses does: notation, no parameter (W0258).
     */
    static boolean namesEvent(Expr arg) {
        List<Expr> run = new ArrayList<>();
        flatten(arg, run);
        return run.size() == 3 && run.get(1) instanceof Expr.Sym sign && sign.kind() == SymKind.COMMAND && sign.bare()
                && EVENT_SIGNS.contains(sign.base()) && namedItem(run.get(0)) && namedItem(run.get(2));
    }

    private static boolean namedItem(Expr e) {
        return e instanceof Expr.Sym s && (s.sub() != null || s.sup() != null || s.accent() != null)
                && (s.sub() == null || IndexLetters.of(s.sub()) == null);
    }

    private static void flatten(Expr e, List<Expr> out) {
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.JUXTAPOSE) {
            flatten(b.left(), out);
            flatten(b.right(), out);
        } else {
            out.add(e);
        }
    }

    /** {@code i}, or {@code \mathbf{r}_i} of a name the file does not give: the item's letter. */
    private static String letterOf(Expr item, Set<String> known) {
        if (!(item instanceof Expr.Sym s) || s.sup() != null || s.primes() > 0) {
            return null;
        }
        if (s.sub() == null) {
            return s.kind() == SymKind.LETTERS && s.accent() == null && s.base().length() == 1 && !known.contains(s.base())
                    ? s.base() : null;
        }
        List<String> letters = IndexLetters.of(s.sub());
        Expr.Sym bare = s.withScripts(s.span(), null, null, 0);
        return letters != null && letters.size() == 1 && letters.get(0).length() == 1 && !known.contains(letters.get(0))
                && !known.contains(NameKeys.full(bare)) && !known.contains(NameKeys.full(s)) ? letters.get(0) : null;
    }

    /** Whether {@code letter} is a subscript index of a declared tensor in {@code e} ({@code \pi_i}, {@code d_{ij}}). */
    private static boolean indexesTensor(String letter, Expr e, Set<String> tensors) {
        boolean[] found = {false};
        SubscriptForms.walk(e, n -> {
            if (n instanceof Expr.Sym s && s.sub() != null && IndexLetters.of(s.sub()) != null
                    && IndexLetters.of(s.sub()).contains(letter)
                    && tensors.contains(NameKeys.full(s.withScripts(s.span(), null, null, s.primes())))) {
                found[0] = true;
            }
        });
        return found[0];
    }
}
