package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which form of a chain of equal forms a definition is computed from, when the forms before the last name values the
 * file gives nowhere. GRPO's {@code \hat{A}_i = \tilde{r}_i = \frac{r_i - \mathrm{mean}(\mathbf{r})}{…}}: the middle
 * name is another name for the value (W0250). LoRA's {@code h = W_0 x + \Delta W x = W_0 x + BAx}: the middle form
 * reads {@code \Delta W}, which nothing declares or defines and the last form no longer reads; it is an intermediate
 * step of the derivation (W0251). Either way the definition is computed from the form after it. A name the last form
 * still reads is an input, as anywhere else, and a chain whose middle forms read only what the file gives keeps its
 * first form (a derivation's later forms are not checked).
 */
final class ChainForms {
    private ChainForms() {}

    /**
     * Whether {@code next} is a further form of {@code d}'s chain: the same relation, or {@code =} after a defining sign
     * (Wikipedia's {@code \\hat{y}_n \\equiv g(\\mathbf{w} \\cdot \\mathbf{x}_n) = \\frac{1}{1 + e^{…}}}, {@code a := b = c}):
     * the definition is made once, the forms after it are equal forms of the value.
     */
    static boolean continues(Statement.Definition d, Statement.Continuation next) {
        return next.op() == d.op() || d.op() == RelOp.DEFINE && next.op() == RelOp.EQ;
    }

    /**
     * {@code d} computed from the first form, among it and the continuations after {@code at}, that names nothing the
     * file gives nowhere, with a warning for each form skipped; {@code d} itself when its form is such.
     */
    static Statement.Definition computedForm(FileScope file, List<Statement> statements, int at, Statement.Definition d) {
        List<Statement.Continuation> rest = new ArrayList<>();
        for (int later = at + 1; later < statements.size()
                && statements.get(later) instanceof Statement.Continuation next && continues(d, next); later++) {
            rest.add(next);
        }
        if (rest.isEmpty() || d.update()) {
            return d;
        }
        Set<String> lastReads = new LinkedHashSet<>();
        for (Expr.Sym s : valueNames(rest.get(rest.size() - 1).rhs())) {
            lastReads.add(NameKeys.base(s));
        }
        List<String> leftIndices = d.lhs() instanceof Expr.Sym ls && IndexLetters.of(ls.sub()) != null
                ? IndexLetters.of(ls.sub()) : List.of();
        Statement.Definition out = d;
        for (Statement.Continuation next : rest) {
            Expr form = out.rhs();
            if (form instanceof Expr.Sym alias && ungiven(file, alias, leftIndices) && !lastReads.contains(NameKeys.base(alias))
                    && aliasIndices(alias, leftIndices)) {
                warnAlias(file, form, d);
            } else if (form instanceof Expr.Apply call && call.callee() instanceof Expr.Sym letter && builtinLetter(file, letter)
                    && !next.rhs().span().equals(form.span()) && valueNames(next.rhs()).stream().noneMatch(
                            x -> ungiven(file, x, leftIndices) && !NameKeys.base(x).equals("e"))) {
                // Raschka's softmax, p(z) = \sigma(z) = \frac{e^{z}}{\sum_{j=1}^{M} e^{z_j}}: a letter eqc knows as a
                // built-in (\sigma the logistic sigmoid), applied between two forms, names the function the chain
                // defines; the form after it says what it is. It was the sigmoid, and the fraction never read.
                Diagnostic.of(Code.W0482, file.source, form.span(), "`" + file.source.slice(form.span())
                                + "` stands between two forms of the chain: `" + file.source.slice(letter.span())
                                + "` is read as another name for what `" + file.source.slice(d.lhs().span())
                                + "` defines, which is computed from the form after it, not as the built-in `"
                                + file.source.slice(letter.span()) + "`")
                        .caret("a name for the value, not the built-in")
                        .help("to compute the built-in, end the chain at `" + file.source.slice(form.span()) + "`")
                        .report(file.diagnostics);
            } else if (form instanceof Expr.Apply call && call.callee() instanceof Expr.Sym named
                    && !next.rhs().span().equals(form.span()) && unknownFunction(file, named, leftIndices)
                    && !lastReads.contains(NameKeys.base(named)) && valueNames(next.rhs()).stream().noneMatch(
                            x -> ungiven(file, x, leftIndices) && !NameKeys.base(x).equals("e"))) {
                // Aggarwal's RBF unit, h_i = \Phi_i(\overline{X}) = \exp(…): a function the file neither declares,
                // defines nor knows, applied between two forms, names the value the chain defines; the form after it
                // says what it is (was an input named \Phi_i(\overline{X}), W0190).
                warnAlias(file, form, d);
            } else if (starProduct(file.source.slice(form.span())) && !starProduct(file.source.slice(next.rhs().span()))) {
                // new22a, Hyena's y_t = (h * u)_t = \sum_{n=0}^{L-1} h_{t-n} u_n: `*` between two tensors is the
                // convolution in signal-processing papers and element-wise in others; the form after it writes out
                // which. It was computed from the first form, element-wise, silently but for W0102.
                Diagnostic.of(Code.W0509, file.source, form.span(), "`" + file.source.slice(form.span()).strip()
                                + "` writes `*`, a convolution in some papers and an element-wise product in others: `"
                                + file.source.slice(d.lhs().span()).strip() + "` is computed from the form after it, `"
                                + file.source.slice(next.rhs().span()).strip() + "`, which says what it is")
                        .caret("not computed; the next form is")
                        .help("to compute this form, end the chain here and write `\\odot` for the element-wise product")
                        .report(file.diagnostics);
            } else {
                Expr.Sym missing = valueNames(form).stream().filter(s -> ungiven(file, s, leftIndices)
                        && !lastReads.contains(NameKeys.base(s))).findFirst().orElse(null);
                if (missing == null) {
                    break;
                }
                Diagnostic.of(Code.W0251, file.source, form.span(), "`" + file.source.slice(missing.span())
                                + "` is neither declared nor defined, and the last form does not read it: `"
                                + file.source.slice(form.span()) + "` is read as an intermediate step, and `"
                                + file.source.slice(d.lhs().span()) + "` is computed from the form after it")
                        .caret("an intermediate step, not computed")
                        .help("to compute this form, declare `" + file.source.slice(missing.span())
                                + "` or define it on a line of its own")
                        .report(file.diagnostics);
            }
            out = new Statement.Definition(d.span(), d.lhs(), d.opSpan(), d.op(), next.rhs(), d.comment());
        }
        return out;
    }

    /** Whether the printed form multiplies with {@code *} or {@code \\ast} (not a superscript or subscript star). */
    private static boolean starProduct(String printed) {
        String unscripted = printed.replaceAll("[\\^_]\\s*\\{?\\s*(\\*|\\\\ast)\\s*\\}?", "");
        return java.util.regex.Pattern.compile("\\*|\\\\ast\\b").matcher(unscripted).find();
    }

    /**
     * Sutton &amp; Barto's {@code \Pr\{A_t = a\} \doteq \frac{e^{H_t(a)}}{\sum_{b=1}^{k} e^{H_t(b)}} \doteq \pi_t(a)}
     * (Eq. 2.11): a chain whose first form is a probability of an event, which nothing can define, and whose last form
     * is a name (or a name applied to letters) the file gives nowhere else introduces that name, computed from the form
     * before it (W0397). Null for any other chain.
     */
    static Statement.Definition namedAtTheEnd(FileScope file, List<Statement> statements, int at,
            Statement.Definition d, java.util.function.Predicate<String> known) {
        String first = file.source.slice(d.lhs().span()).strip();
        if (!first.matches("(?s)(\\\\Pr|\\\\mathbb\\{P\\}|\\\\operatorname\\{Pr\\}|P|p)\\s*(\\\\\\{|\\{|\\(|\\\\left).*")
                || !(first.contains("=") || first.contains("\\mid") || first.contains("|"))) {
            return null;
        }
        List<Expr> forms = new ArrayList<>();
        forms.add(d.rhs());
        for (int later = at + 1; later < statements.size()
                && statements.get(later) instanceof Statement.Continuation next && continues(d, next); later++) {
            forms.add(next.rhs());
        }
        if (forms.size() < 2) {
            return null;
        }
        Expr last = forms.get(forms.size() - 1);
        Expr.Sym name = last instanceof Expr.Sym s ? s : last instanceof Expr.Apply a && a.callee() instanceof Expr.Sym f
                && a.args().stream().allMatch(x -> x instanceof Expr.Sym l && l.bare() && l.base().length() == 1) ? f : null;
        if (name == null || known.test(NameKeys.full(name)) || file.wasDeclared(NameKeys.full(name))
                || file.hasInput(NameKeys.full(name))) {
            return null;
        }
        Expr value = forms.get(forms.size() - 2);
        Diagnostic.of(Code.W0397, file.source, last.span(), "`" + file.source.slice(last.span()).strip() + "` names the"
                        + " value of the chain: it is defined as `" + file.source.slice(value.span()).strip() + "`, and `"
                        + first + "` is what it means")
                .caret("defined here")
                .help("write `" + file.source.slice(last.span()).strip() + " = " + file.source.slice(value.span()).strip()
                        + "` to say so")
                .report(file.diagnostics);
        return new Statement.Definition(d.span(), last, d.opSpan(), d.op(), value, d.comment());
    }

    /** A single letter the file neither declares nor defines that eqc knows as a built-in function ({@code \\sigma}). */
    private static boolean builtinLetter(FileScope file, Expr.Sym s) {
        return s.bare() && (s.kind() == SymKind.LETTERS && s.base().length() == 1
                || s.kind() == SymKind.COMMAND && GreekLetters.isLetter(s.base()))
                && Builtin.lookup(s.base()).isPresent() && file.definition(NameKeys.full(s)) == null
                && !file.hasInput(NameKeys.full(s)) && !file.isDefinedName(NameKeys.full(s));
    }

    /** {@code \tilde{r}_i} beside {@code \hat{A}_i}: no subscript, or index letters that are all the left side's. */
    private static boolean aliasIndices(Expr.Sym alias, List<String> leftIndices) {
        List<String> letters = IndexLetters.of(alias.sub());
        return alias.sub() == null || letters != null && leftIndices.containsAll(letters);
    }

    /**
     * Whether the file neither declares nor defines {@code s}, with or without its scripts, and it is no dimension,
     * built-in constant, nor index letter of the left side.
     */
    /** A function name no declaration, definition or built-in gives, nor any value declared as written with it. */
    private static boolean unknownFunction(FileScope file, Expr.Sym f, List<String> leftIndices) {
        // A built-in is known, save a Greek letter with a subscript (\Phi_i is no normal CDF; \mathrm{softmax}_j is the softmax)
        if (!ungiven(file, f, leftIndices) || builtinLetter(file, f) || Builtin.lookup(f.base()).isPresent()
                && (f.bare() || f.kind() != SymKind.COMMAND || !GreekLetters.isLetter(f.base()))) {
            return false;
        }
        String full = NameKeys.full(f);
        String base = NameKeys.base(f);
        return file.inputKeys().stream().noneMatch(k -> k.startsWith(full + "(") || k.startsWith(base + "("));
    }

    private static boolean ungiven(FileScope file, Expr.Sym s, List<String> leftIndices) {
        if (s.kind() == SymKind.LETTERS && s.base().equals("e") && s.sub() == null && s.accent() == null
                && s.primes() == 0) {
            return false;   // e^{H_t(a)}: the exponential, no name
        }
        if (s.kind() == SymKind.BB || s.bare() && (leftIndices.contains(s.base()) || Builtin.lookup(s.base()).isPresent()
                || s.base().equals("\\pi") || s.base().equals("e") || s.base().equals("\\infty")
                || s.kind() == SymKind.COMMAND && !GreekLetters.isLetter(s.base()))) {
            return false;
        }
        for (String key : List.of(NameKeys.full(s), NameKeys.withSub(s), NameKeys.base(s))) {
            if (file.hasInput(key) || file.isDefinedName(key) || file.isDimension(key) || file.definition(key) != null
                    || file.wasDeclared(key)) {
                return false;
            }
        }
        return true;
    }

    /** The names a form reads as values: not callees, not scripts, not the limits of a sum. */
    private static List<Expr.Sym> valueNames(Expr form) {
        List<Expr.Sym> out = new ArrayList<>();
        collect(form, out);
        return out;
    }

    private static void collect(Expr e, List<Expr.Sym> out) {
        if (e instanceof Expr.Sym s) {
            out.add(s);
            return;
        }
        if (e instanceof Expr.Apply a) {
            a.args().forEach(x -> collect(x, out));
            return;
        }
        for (Expr c : IndexLetters.children(e)) {
            collect(c, out);
        }
    }

    /** W0250: {@code form}, between two forms of {@code d}'s chain, is read as another name for its left-hand side. */
    private static void warnAlias(FileScope file, Expr form, Statement.Definition d) {
        Diagnostic.of(Code.W0250, file.source, form.span(), "`" + file.source.slice(form.span())
                        + "` is neither declared nor defined: it is read as another name for `"
                        + file.source.slice(d.lhs().span()) + "`, which is computed from the form after it")
                .caret("another name for the value")
                .help("to use it as a name, define it on a line of its own (`" + file.source.slice(form.span())
                        + " = " + file.source.slice(d.lhs().span()) + "`)")
                .report(file.diagnostics);
    }
}
