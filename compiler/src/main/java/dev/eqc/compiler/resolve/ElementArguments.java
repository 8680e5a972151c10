package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A function written of an element of a declared tensor, as PReLU is printed (He et al. 2015, Eq. 1-2):
 * {@code f(y_i) = \max(0, y_i) + a_i \min(0, y_i)} with {@code y, a \in \mathbb{R}^{C}}. The parameter
 * {@code y_i} is not a new name: it is element {@code i} of the input {@code y}, and {@code a_i} the learned
 * slope of channel {@code i}. It is read as {@code f} defined element-wise over {@code i}, {@code f_i = …}: the
 * function applied to every element of {@code y} (W0137). Read so only when every argument is a declared tensor
 * indexed by the same index letters and nothing in the file calls {@code f}; otherwise it stays a function.
 * Runs on the statements, before name resolution.
 */
final class ElementArguments {
    private ElementArguments() {}

    /** Marks the key of a value declared at arguments ({@code \pi(a_t|s_t) \in \mathbb{R}^{T}}) among the tensors. */
    private static final String APPLIED = "\u0000applied:";

    static Program expand(Program program, Diagnostics diagnostics) {
        Set<String> tensors = new HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d && !d.domain().dims().isEmpty()
                    && d.domain().field() != dev.eqc.compiler.ast.Domain.Field.OTHER) {
                d.names().forEach(n -> tensors.add(NameKeys.full(n)));
                for (Expr.Apply value : d.applied()) {
                    // \pi^{SFT}(a_t|s_t) \in \mathbb{R}^{T}: values declared at the arguments written, one per step
                    Expr.Apply args = value.withConditionsAsArguments();
                    if (args.callee() instanceof Expr.Sym f) {
                        tensors.add(APPLIED + NameKeys.full(f) + "(" + AppliedValues.argumentText(program.source(), args) + ")");
                    }
                }
            }
        }
        if (tensors.isEmpty()) {
            return program;
        }
        java.util.Map<String, List<Expr.Apply>> calls = ProgramNames.applications(program);
        Set<String> called = calls.keySet();
        // Jurafsky & Martin's score(x_i, x_j) = \frac{q_i \cdot k_j}{\sqrt{d_k}}, called as score(x_i, x_j) and
        // score(x_i, x_k): every call passes elements of the same tensors at letters, so the calls are its elements.
        // Of two arguments or more: one element called so is the step or member notation of W0382 and W0428.
        java.util.Map<String, List<String>> elementCalls = new java.util.HashMap<>();
        // A name the file defines (focal loss's p_t = cases…) is that value, not an element of p.
        Set<String> defined = new HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d && d.lhs() instanceof Expr.Sym named) {
                defined.add(NameKeys.full(named));
            }
        }
        List<Statement> out = new ArrayList<>();
        Set<String> indexedFunctions = new HashSet<>();
        boolean changed = false;
        for (Statement s : program.statements()) {
            dev.eqc.compiler.ast.Script element = s instanceof Statement.Definition d && d.lhs() instanceof Expr.Apply a
                    && a.callee() instanceof Expr.Sym f && (f.sub() == null || familyLetters(f, d.rhs(), tensors) != null)
                    && f.sup() == null
                    && (!called.contains(NameKeys.full(f)) || a.args().size() >= 2 && callsAtElements(a, calls.get(NameKeys.full(f))))
                    ? elementOf(a, tensors, defined) : null;
            if (element != null && called.contains(NameKeys.full((Expr.Sym) ((Expr.Apply) ((Statement.Definition) s)
                    .lhs()).callee()))) {
                Expr.Apply a = (Expr.Apply) ((Statement.Definition) s).lhs();
                elementCalls.put(NameKeys.full((Expr.Sym) a.callee()), element.items().stream()
                        .map(x -> ((Expr.Sym) x).base()).toList());
                elementCalls.put(NameKeys.full((Expr.Sym) a.callee()) + "\u0000args", a.args().stream()
                        .map(x -> String.join(",", IndexLetters.of(((Expr.Sym) x).sub()))).toList());
            }
            if (element == null) {
                Statement indexed = s instanceof Statement.Definition d ? ofIndices(d, tensors, defined, program,
                        diagnostics) : null;
                out.add(indexed != null ? indexed : s);
                if (indexed != null) {
                    changed = true;
                    indexedFunctions.add(NameKeys.full((Expr.Sym) ((Expr.Apply) ((Statement.Definition) s).lhs()).callee()));
                }
                continue;
            }
            Statement.Definition d = (Statement.Definition) s;
            Expr.Apply a = (Expr.Apply) d.lhs();
            Expr.Sym f = (Expr.Sym) a.callee();
            List<String> family = f.sub() == null ? List.of() : familyLetters(f, d.rhs(), tensors);
            if (!family.isEmpty()) {
                // scikit-learn's \hat{p}_k(X_i): the value at each (i, k), the argument's letters first
                List<Expr> items = new ArrayList<>(element.items().size() == 1 && IndexLetters.of(element) != null
                        && IndexLetters.of(element).size() > 1 ? letterItems(element) : element.items());
                List<String> letters = new ArrayList<>(IndexLetters.of(new dev.eqc.compiler.ast.Script(element.span(),
                        items, "")));
                for (String l : family) {
                    if (!letters.contains(l)) {
                        letters.add(l);
                        items.add(new Expr.Sym(f.sub().span(), dev.eqc.compiler.ast.SymKind.LETTERS, l, null, null, null,
                                0));
                    }
                }
                element = new dev.eqc.compiler.ast.Script(element.span(), items, String.join(",", letters));
                f = f.withScripts(new dev.eqc.compiler.source.Span(f.span().start(), f.sub().span().start() - 1), null,
                        null, f.primes());
            }
            // The index script stands right after the name (its span from there to the end of the call), so the
            // name is printed as written, `f`.
            dev.eqc.compiler.ast.Script indexScript = new dev.eqc.compiler.ast.Script(
                    new dev.eqc.compiler.source.Span(f.span().end() + 1, Math.max(f.span().end() + 1, a.span().end())),
                    element.items(), element.key());
            Expr.Sym lhs = new Expr.Sym(a.span(), f.kind(), f.base(), f.accent(), indexScript, null, f.primes());
            out.add(new Statement.Definition(d.span(), lhs, d.opSpan(), d.op(), d.rhs(), d.comment()));
            String fn = program.source().slice(f.span()).strip();
            String index = element.items().size() == 1 ? program.source().slice(element.span()).strip()
                    : "{" + element.key() + "}";
            Diagnostic.of(Code.W0137, program.source(), a.span(), "`" + program.source().slice(a.span()).strip()
                            + "` is written of elements (or rows) of declared tensors: read as `" + fn + "` defined element-wise"
                            + " over `" + index + "`, the function applied to every element")
                    .caret("`" + fn + "_" + index + "`, one value per element")
                    .help("write `" + fn + "_" + index + " = …` to state it, or name a parameter of its own (`" + fn
                            + "(x) = …`) for a function")
                    .report(diagnostics);
            changed = true;
        }
        if (!elementCalls.isEmpty()) {
            ExprCopy elements = new ExprCopy() {
                @Override
                Expr apply(Expr.Apply a) {
                    List<String> order = a.callee() instanceof Expr.Sym f ? elementCalls.get(NameKeys.full(f)) : null;
                    if (order == null) {
                        return super.apply(a);
                    }
                    Expr.Sym f = (Expr.Sym) a.callee();
                    List<String> own = elementCalls.get(NameKeys.full(f) + "\u0000args");
                    java.util.Map<String, Expr> mapped = new java.util.HashMap<>();
                    for (int p = 0; p < own.size(); p++) {
                        List<String> from = List.of(own.get(p).split(","));
                        List<Expr> to = ((Expr.Sym) a.args().get(p)).sub().items();
                        for (int q = 0; q < from.size(); q++) {
                            mapped.putIfAbsent(from.get(q), to.get(q));
                        }
                    }
                    List<Expr> items = order.stream().map(mapped::get).toList();
                    // the script stands right after the name, as on the left-hand side, so messages print the name
                    // as written (`\text{score}`)
                    dev.eqc.compiler.ast.Script sub = new dev.eqc.compiler.ast.Script(new dev.eqc.compiler.source.Span(
                            f.span().end() + 1, Math.max(f.span().end() + 1, a.span().end())), items,
                            String.join(",", items.stream().map(x -> ((Expr.Sym) x).base()).toList()));
                    return new Expr.Sym(a.span(), f.kind(), f.base(), f.accent(), sub, null, f.primes());
                }
            };
            java.util.Map<Statement, Statement> renewed = new java.util.IdentityHashMap<>();
            for (int k = 0; k < out.size(); k++) {
                if (out.get(k) instanceof Statement.Definition d) {
                    Expr rhs = elements.expr(d.rhs());
                    if (!rhs.equals(d.rhs())) {
                        Statement.Definition now = new Statement.Definition(d.span(), d.lhs(), d.opSpan(), d.op(), rhs,
                                d.comment());
                        renewed.put(d, now);
                        out.set(k, now);
                    }
                }
            }
            // a tail or a trailing shape of a definition rewritten here stays with it (\forall j \leq i after α_{ij})
            for (int k = 0; k < out.size(); k++) {
                if (out.get(k) instanceof Statement.Condition c && renewed.containsKey(c.of())) {
                    out.set(k, new Statement.Condition(c.span(), renewed.get(c.of()), c.word(), c.condition()));
                } else if (out.get(k) instanceof Statement.ShapeAssertion a && renewed.containsKey(a.of())) {
                    out.set(k, new Statement.ShapeAssertion(a.span(), renewed.get(a.of()), a.domain()));
                }
            }
        }
        if (!indexedFunctions.isEmpty()) {
            // w_i = (\frac{1}{N} \cdot \frac{1}{P(i)})^\beta: P(i) of such a function, at letters, is its element P_i.
            ExprCopy elements = new ExprCopy() {
                @Override
                Expr apply(Expr.Apply a) {
                    if (a.callee() instanceof Expr.Sym f && f.sub() == null && f.sup() == null
                            && indexedFunctions.contains(NameKeys.full(f)) && a.args().stream().allMatch(x ->
                            x instanceof Expr.Sym i && i.bare() && i.kind() == dev.eqc.compiler.ast.SymKind.LETTERS
                                    && i.base().length() == 1)) {
                        // the script stands right after the name, as on the left-hand side, so messages print the
                        // name as written (`\\mathrm{KL}`, not `\\mathrm{KL`)
                        dev.eqc.compiler.ast.Script sub = new dev.eqc.compiler.ast.Script(new dev.eqc.compiler.source.Span(
                                f.span().end() + 1, Math.max(f.span().end() + 1, a.span().end())), a.args(),
                                String.join(",", a.args().stream().map(x -> ((Expr.Sym) x).base()).toList()));
                        return new Expr.Sym(a.span(), f.kind(), f.base(), f.accent(), sub, null, f.primes());
                    }
                    return super.apply(a);
                }
            };
            for (int k = 0; k < out.size(); k++) {
                if (out.get(k) instanceof Statement.Definition d) {
                    out.set(k, new Statement.Definition(d.span(), d.lhs(), d.opSpan(), d.op(), elements.expr(d.rhs()),
                            d.comment()));
                }
            }
        }
        return changed ? new Program(program.source(), out) : program;
    }

    /**
     * Whether every call passes, in each argument's place, the definition's tensor at as many bare letters, one letter
     * of the call for each letter of the definition wherever it stands ({@code score(x_i, x_k)} for {@code score(x_i,
     * x_j)}; not {@code f(x_i, y_j)} for {@code f(x_i, y_i)}).
     */
    private static boolean callsAtElements(Expr.Apply def, List<Expr.Apply> uses) {
        for (Expr.Apply use : uses) {
            if (use.args().size() != def.args().size()) {
                return false;
            }
            java.util.Map<String, String> mapped = new java.util.HashMap<>();
            for (int p = 0; p < def.args().size(); p++) {
                if (!(def.args().get(p) instanceof Expr.Sym own) || !(use.args().get(p) instanceof Expr.Sym at)
                        || own.sub() == null || at.sub() == null || at.sup() != null || !java.util.Objects.equals(at.accent(), own.accent())
                        || !NameKeys.full(own.withScripts(own.span(), null, null, own.primes()))
                                .equals(NameKeys.full(at.withScripts(at.span(), null, null, at.primes())))) {
                    return false;
                }
                List<String> from = IndexLetters.of(own.sub());
                List<String> to = IndexLetters.of(at.sub());
                if (from == null || to == null || from.size() != to.size()
                        || at.sub().items().stream().anyMatch(x -> !(x instanceof Expr.Sym l) || !l.bare())) {
                    return false;
                }
                for (int q = 0; q < from.size(); q++) {
                    String before = mapped.putIfAbsent(from.get(q), to.get(q));
                    if (before != null && !before.equals(to.get(q))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The index script of the definition when every argument is an element of a declared tensor, or a row of a
     * declared capital ({@code \mathrm{Sim}(\mathbf{q}_i, \mathbf{k}_j)} with {@code \mathbf{Q}, \mathbf{K}}
     * declared: Swin-v2), indexed by bare index letters: the arguments' letters in order of first use
     * ({@code _i} for PReLU's {@code f(y_i)}, {@code _{i,j}} for Swin-v2's); null otherwise.
     */
    private static dev.eqc.compiler.ast.Script elementOf(Expr.Apply a, Set<String> tensors, Set<String> defined) {
        Expr.Sym first = null;
        List<Expr> items = new ArrayList<>();
        List<String> letters = new ArrayList<>();
        boolean same = true;
        for (Expr given : a.args()) {
            Expr arg = given;
            if (arg instanceof Expr.Apply g && g.callee() instanceof Expr.Sym && g.args().size() == 1 && a.args().size() > 1) {
                // scikit-learn's L(y_i, f(x_i)): a function the body applies to an element, the loss of each i
                arg = g.args().get(0);
            }
            if (!(arg instanceof Expr.Sym s) || s.sub() == null || s.sup() != null) {
                return null;
            }
            // cosFormer's s(Q'_i, K'_j) with Q', K' declared: the prime is part of the name
            Expr.Sym base = new Expr.Sym(s.span(), s.kind(), s.base(), s.accent(), null, null, s.primes());
            if (!(tensors.contains(NameKeys.full(base)) || rowOfCapital(base, tensors, defined))
                    || tensors.contains(NameKeys.full(s)) || defined.contains(NameKeys.full(s))
                    || IndexLetters.of(s.sub()) == null) {
                return null;
            }
            same &= first == null || first.sub().key().equals(s.sub().key());
            first = first == null ? s : first;
            for (String letter : IndexLetters.of(s.sub())) {
                if (!letters.contains(letter)) {
                    letters.add(letter);
                    items.add(new Expr.Sym(s.sub().span(), dev.eqc.compiler.ast.SymKind.LETTERS, letter, null, null,
                            null, 0));
                }
            }
        }
        if (first == null) {
            return null;
        }
        return same ? first.sub() : new dev.eqc.compiler.ast.Script(first.sub().span(), items, String.join(",", letters));
    }

    /**
     * The subscript letters of a family of functions, {@code k} of scikit-learn's {@code \hat{p}_k(X_i)}: plain
     * letters (no Greek: {@code f_\theta} names its weights), each indexing a declared tensor in the body; else null.
     */
    private static List<String> familyLetters(Expr.Sym f, Expr rhs, Set<String> tensors) {
        List<String> letters = f.sub() == null ? null : IndexLetters.of(f.sub());
        if (letters == null || f.sub().items().stream().anyMatch(x -> !(x instanceof Expr.Sym l)
                || l.kind() != dev.eqc.compiler.ast.SymKind.LETTERS)) {
            return null;
        }
        for (String l : letters) {
            if (tensors.contains(l) || !IndexLetters.indexesSomething(l, rhs, tensors::contains)) {
                return null;
            }
        }
        return letters;
    }

    /** The letters of a subscript such as {@code ij}, one item each. */
    private static List<Expr> letterItems(dev.eqc.compiler.ast.Script s) {
        List<Expr> out = new ArrayList<>();
        for (String l : IndexLetters.of(s)) {
            out.add(new Expr.Sym(s.span(), dev.eqc.compiler.ast.SymKind.LETTERS, l, null, null, null, 0));
        }
        return out;
    }

    /**
     * {@code P(i) = \frac{p_i^\alpha}{\sum_k p_k^\alpha}} (prioritised replay): a function of bare letters, each of which
     * indexes a declared tensor in the body, is the tensor of its values, {@code P_i = …} (W0220); a use {@code P(i)}
     * then reads its element. Null when the definition is anything else.
     */
    private static Statement ofIndices(Statement.Definition d, Set<String> tensors, Set<String> defined, Program program,
            Diagnostics diagnostics) {
        if (!(d.lhs() instanceof Expr.Apply a) || !(a.callee() instanceof Expr.Sym f) || f.sub() != null
                || f.sup() != null || a.args().isEmpty() || tensors.contains(NameKeys.full(f))) {
            return null;
        }
        List<Expr> items = new ArrayList<>();
        List<String> letters = new ArrayList<>();
        java.util.function.Predicate<String> known = k -> tensors.contains(k) || defined.contains(k);
        for (Expr arg : a.args()) {
            if (!(arg instanceof Expr.Sym i) || !i.bare() || i.kind() != dev.eqc.compiler.ast.SymKind.LETTERS
                    || i.base().length() != 1 || known.test(i.base()) || letters.contains(i.base())
                    || !indexesDeclared(i.base(), d.rhs(), tensors, program.source())
                    || IndexLetters.reductionLetters(d.rhs()).contains(i.base())
                            && !IndexLetters.indexesSomethingFree(i.base(), d.rhs(), known)) {
                // \ell(y) = \max(0, 1 + \max_{y \ne t} \mathbf{w}_y \mathbf{x} - …) (Wikipedia's multiclass hinge loss):
                // a letter the body uses only under a reduction of its own is that reduction's, no index of the value
                return null;
            }
            letters.add(i.base());
            items.add(i);
        }
        Expr.Sym first = (Expr.Sym) a.args().get(0);
        dev.eqc.compiler.ast.Script indexScript = new dev.eqc.compiler.ast.Script(
                new dev.eqc.compiler.source.Span(f.span().end() + 1, Math.max(f.span().end() + 1, a.span().end())),
                items, String.join(",", letters));
        Expr.Sym lhs = new Expr.Sym(a.span(), f.kind(), f.base(), f.accent(), indexScript, null, f.primes());
        String fn = program.source().slice(f.span()).strip();
        String index = letters.size() == 1 ? letters.get(0) : "{" + String.join(",", letters) + "}";
        Diagnostic.of(Code.W0220, program.source(), a.span(), "`" + program.source().slice(a.span()).strip()
                        + "` is written of " + (letters.size() == 1 ? "an index" : "indices") + " that the body uses on"
                        + " declared tensors: read as `" + fn + "` defined element-wise over `" + String.join(", ", letters)
                        + "`, one value per position")
                .caret("`" + fn + "_" + index + "`, one value per position")
                .help("write `" + fn + "_" + index + " = …` to state it; name a parameter that is no index (`" + fn
                        + "(x) = …`) for a function")
                .report(diagnostics);
        return new Statement.Definition(d.span(), lhs, d.opSpan(), d.op(), d.rhs(), d.comment());
    }

    /** Whether {@code letter} is the subscript index of a declared tensor somewhere in {@code e} ({@code p_i}). */
    private static boolean indexesDeclared(String letter, Expr e, Set<String> tensors, dev.eqc.compiler.source.SourceFile source) {
        boolean[] found = {false};
        SubscriptForms.walk(e, n -> {
            Expr.Apply args = n instanceof Expr.Apply ap ? ap.withConditionsAsArguments() : null;
            if (args != null && args.callee() instanceof Expr.Sym f && tensors.contains(APPLIED + NameKeys.full(f) + "("
                            + AppliedValues.argumentText(source, args) + ")")
                    && args.args().stream().anyMatch(x -> x instanceof Expr.Sym v && v.sup() == null && v.sub() != null
                            && v.sub().isSingle() && v.sub().single() instanceof Expr.Sym step && step.bare()
                            && step.base().equals(letter))) {
                // REINFORCE++'s \mathrm{KL}(t) = \log(\pi^{RL}_{\theta_{old}}(a_t|s_t) / \pi^{SFT}(a_t|s_t)) with those
                // values declared over the steps: the step on the arguments picks the value at t.
                found[0] = true;
            }
            if (n instanceof Expr.Sym s && s.sub() != null && IndexLetters.of(s.sub()) != null
                    && IndexLetters.of(s.sub()).contains(letter)
                    && tensors.contains(NameKeys.full(s.withScripts(s.span(), null, null, s.primes())))) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** {@code \mathbf{q}} undeclared beside a declared {@code \mathbf{Q}}: {@code \mathbf{q}_i} is a row of it. */
    private static boolean rowOfCapital(Expr.Sym base, Set<String> tensors, Set<String> defined) {
        if (base.accent() != null || base.base().length() != 1 || !Character.isLowerCase(base.base().charAt(0))
                || tensors.contains(NameKeys.full(base)) || defined.contains(NameKeys.full(base))) {
            return false;
        }
        Expr.Sym capital = new Expr.Sym(base.span(), base.kind(), base.base().toUpperCase(java.util.Locale.ROOT), null,
                null, null, 0);
        return tensors.contains(NameKeys.full(capital));
    }
}
