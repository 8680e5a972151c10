package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.term.Input;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parameters of a function that only pick elements. Sutton &amp; Barto's linear value function
 * {@code \hat{v}(s, \mathbf{w}) \doteq \mathbf{w}^\top \mathbf{x}(s)} with {@code \mathbf{x} \in \mathbb{R}^{S \times d}}
 * declared: its {@code s} is never a value, only the state whose feature vector the body reads, so a call
 * {@code \hat{v}(s, \mathbf{w})} under {@code \sum_{s \in \mathcal{S}}} means that row. A parameter is such a parameter
 * when every use of it in the body is an argument of a declared tensor (one argument per leading axis) or of another
 * function at a position of the same kind ({@code h(s, b, \boldsymbol{\theta})} in the soft-max policy over
 * {@code h(s, a, \boldsymbol{\theta}) \doteq \boldsymbol{\theta}^\top \mathbf{x}(s, a)}).
 */
final class IndexParameters {
    private IndexParameters() {}

    /** The positions of {@code f}'s parameters that only pick elements; empty when it has none or is no function. */
    static Set<Integer> positions(PendingDefinition f, FileScope file) {
        return positions(f, file, new java.util.HashSet<>());
    }

    private static Set<Integer> positions(PendingDefinition f, FileScope file, Set<String> visiting) {
        if (f == null || !f.function() || f.params().isEmpty() || !visiting.add(f.key())) {
            return Set.of();
        }
        Set<Integer> out = new TreeSet<>();
        List<Expr.Sym> params = f.params();
        for (int k = 0; k < params.size(); k++) {
            Expr.Sym p = params.get(k);
            if (!letter(p) || file.hasInput(NameKeys.full(p)) || file.isDimension(NameKeys.full(p))
                    || IndexLetters.reductionLetters(f.rhs()).contains(p.base())) {
                continue;   // a sum of the body over the letter binds it again: not the parameter
            }
            Set<Expr> picking = Collections.newSetFromMap(new IdentityHashMap<>());
            collectPicking(f.rhs(), p.base(), file, visiting, picking);
            List<Expr> uses = new java.util.ArrayList<>(IndexLetters.nodes(f.rhs(), true).stream()
                    .filter(n -> n instanceof Expr.Sym s && letter(s) && s.base().equals(p.base())).toList());
            IndexLetters.nodes(f.rhs(), true).stream()   // \Phi_s: the subscript letter is a use too
                    .filter(n -> n instanceof Expr.Sym u && u.sub() != null && u.sub().items().size() == 1
                            && u.sub().single() instanceof Expr.Sym at && letter(at) && at.base().equals(p.base()))
                    .forEach(n -> uses.add(((Expr.Sym) n).sub().single()));
            boolean scripted = IndexLetters.nodes(f.rhs(), true).stream().anyMatch(n -> n instanceof Expr.Sym u
                    && (IndexLetters.of(u.sub()) != null && IndexLetters.of(u.sub()).contains(p.base())
                            && !(u.sub().items().size() == 1 && picking.contains(u.sub().single()))
                            || u.labelledBy(p.base())));
            if (!uses.isEmpty() && uses.stream().allMatch(picking::contains) && !scripted) {
                out.add(k);
            }
        }
        visiting.remove(f.key());
        return out;
    }

    /** The uses of {@code letter} in {@code e} that pick elements of a declared tensor or pass one on. */
    private static void collectPicking(Expr e, String letter, FileScope file, Set<String> visiting, Set<Expr> into) {
        for (Expr n : IndexLetters.nodes(e, true)) {
            if (n instanceof Expr.Sym u && u.sub() != null && u.sub().items().size() == 1
                    && u.sub().single() instanceof Expr.Sym at && letter(at) && at.base().equals(letter)
                    && u.accent() == null) {
                // \Phi_s of a declared \Phi \in \mathbb{R}^{n \times d}: the subscript picks a row, as \Phi(s) does
                String whole = NameKeys.full(u.withScripts(u.span(), null, u.sup(), u.primes()));
                Input declared = file.input(whole);
                if (declared != null && file.wasDeclared(whole) && declared.dims() != null && !declared.dims().isEmpty()
                        && declared.labels() == null && !declared.isApplied() && file.definition(whole) == null
                        && !file.hasInput(NameKeys.full(u))) {
                    into.add(at);
                }
                continue;
            }
            if (!(n instanceof Expr.Apply given) || !(given.callee() instanceof Expr.Sym callee)) {
                continue;
            }
            Expr.Apply a = given.withConditionsAsArguments();
            String key = NameKeys.full(callee);
            Input declared = file.input(key);
            if (declared != null && file.wasDeclared(key) && declared.dims() != null && declared.labels() == null
                    && !declared.isApplied() && declared.dims().size() >= a.args().size()
                    && file.definition(key) == null && a.args().stream().allMatch(x -> x instanceof Expr.Sym v
                            && v.sub() == null && v.sup() == null && v.accent() == null)) {
                a.args().stream().filter(x -> letter(x) && ((Expr.Sym) x).base().equals(letter)).forEach(into::add);
                continue;
            }
            PendingDefinition g = file.definition(key);
            if (g != null && g.function() && g.params().size() == a.args().size()) {
                Set<Integer> picks = positions(g, file, visiting);
                for (int k : picks) {
                    Expr x = a.args().get(k);
                    if (letter(x) && ((Expr.Sym) x).base().equals(letter)) {
                        into.add(x);
                    }
                }
            }
        }
    }

    /**
     * Sutton &amp; Barto's soft-max policy {@code \pi(a|s, \boldsymbol{\theta}) \doteq \frac{e^{h(s, a, \boldsymbol{\theta})}}
     * {\sum_b e^{h(s, b, \boldsymbol{\theta})}}} that nothing calls: the table of its values over the parameters that
     * only pick elements, the conditions after the bar first, as a table of conditional values is laid out (W0256),
     * when every other parameter names an input the file declares (the body reads that input). W0389 says so. Null
     * when another parameter is a value of its own.
     */
    static PendingDefinition asTable(PendingDefinition f, FileScope file) {
        Set<Integer> picks = positions(f, file);
        List<Expr.Sym> params = f.params();
        if (picks.isEmpty()) {
            return null;
        }
        List<String> others = new java.util.ArrayList<>();
        for (int k = 0; k < params.size(); k++) {
            if (!picks.contains(k)) {
                String key = NameKeys.full(params.get(k));
                if (!file.wasDeclared(key) || file.input(key) == null) {
                    return null;
                }
                others.add(file.source.slice(params.get(k).span()).strip());
            }
        }
        int bar = -1;
        for (int k = 1; k < params.size() && bar < 0; k++) {
            String between = file.source.slice(new dev.eqc.compiler.source.Span(params.get(k - 1).span().end(),
                    params.get(k).span().start()));
            if (between.contains("|") || between.contains("\\mid")) {
                bar = k;
            }
        }
        List<Integer> order = new java.util.ArrayList<>();
        for (int k = bar < 0 ? 0 : bar; k < params.size(); k++) {
            order.add(k);
        }
        for (int k = 0; bar > 0 && k < bar; k++) {
            order.add(k);
        }
        List<String> letters = order.stream().filter(picks::contains).map(k -> params.get(k).base()).toList();
        if (letters.stream().distinct().count() != letters.size()) {
            return null;
        }
        String printed = f.latexName();
        dev.eqc.compiler.diag.Diagnostic.Builder w = dev.eqc.compiler.diag.Diagnostic.of(
                        dev.eqc.compiler.diag.Code.W0389, file.source, f.nameSpan(), "`" + printed + "` is the table of"
                                + " its values over `" + String.join(", ", letters) + "`" + (bar > 0
                                ? ", the conditions first" : "") + ": " + (letters.size() == 1 ? "that parameter only picks"
                                : "those parameters only pick") + " elements of declared tensors")
                .caret("defined element by element over " + String.join(", ", letters))
                .help("write `" + (f.nameSym() != null && f.nameSym().sub() == null ? printed : "{" + printed + "}")
                        + "_{" + String.join(",", letters) + "} = …` to say so");
        if (!others.isEmpty()) {
            w.note("`" + String.join("`, `", others) + "` " + (others.size() == 1 ? "is the input" : "are the inputs")
                    + " the file declares");
        }
        w.report(file.diagnostics);
        Expr.Sym first = params.get(0);
        Expr.Sym last = params.get(params.size() - 1);
        return new PendingDefinition(f.key(), printed, f.nameSym(), f.nameSpan(), f.span(), false, List.of(), f.rhs(),
                f.comment(), null, letters, new dev.eqc.compiler.source.Span(first.span().start(), last.span().end()),
                f.update());
    }

    /** A bare single letter, {@code s}, {@code a}. */
    static boolean letter(Expr e) {
        return e instanceof Expr.Sym s && s.bare() && s.kind() == SymKind.LETTERS && s.base().length() == 1;
    }
}
