package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Bracket;
import dev.eqc.compiler.ast.Domain;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code \mathrm{diag}(\lambda_{l,1}, \dots, \lambda_{l,d})} (CaiT's LayerScale): the entries 1 to {@code d} of a
 * vector declared with {@code d} entries, {@code \lambda_l} or, when only it is declared, {@code \lambda} (the
 * leading subscripts are then a label of the paper's, like the layer {@code l} of {@code x_l}), listed one by one:
 * the diagonal matrix of that vector, written {@code \mathrm{diag}(\lambda)} (W0102 names it). Runs on the
 * statements, before name resolution, so the label {@code l} is not taken for an index of the definition.
 *
 * <p>The same list in braces or parentheses as a value, {@code \{l_1,\dots,l_N\}^\top} (the PyTorch loss
 * documentation's unreduced loss), is the vector itself, {@code l} (W0102): when {@code l} is declared with
 * {@code N} entries, or defined element by element, {@code l_n = …}, with a body that reads a declared input
 * at {@code n} along an axis of {@code N} entries (so the list covers every entry).
 */
final class ListedDiagonals {
    private ListedDiagonals() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        SourceFile source = program.source();
        Map<String, String> vectors = new HashMap<>();   // declared vector -> its size, as printed
        Map<String, List<String>> declaredSizes = new HashMap<>();   // declared real tensor -> its sizes, as printed
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d && d.domain() != null
                    && d.domain().field() == Domain.Field.REAL && d.domain().dims().size() == 1) {
                String size = plain(source.slice(d.domain().dims().get(0).span()));
                d.names().forEach(n -> vectors.put(NameKeys.full(n), size));
            }
            if (s instanceof Statement.Declaration d && d.domain() != null
                    && d.domain().field() == Domain.Field.REAL) {
                List<String> sizes = d.domain().dims().stream().map(x -> plain(source.slice(x.span()))).toList();
                d.names().forEach(n -> declaredSizes.put(NameKeys.full(n), sizes));
            }
        }
        // d_i = \sum_{j=1}^{n} w_{ij} (von Luxburg's degrees): a vector defined element by element, whose length the
        // list's last subscript states; the diagonal matrix is then asserted square of that size.
        Map<String, String> defined = new HashMap<>();
        Map<String, Statement.Definition> definitions = new HashMap<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d && d.lhs() instanceof Expr.Sym v && v.sub() != null
                    && v.sup() == null && v.primes() == 0 && v.sub().isSingle() && v.sub().single() instanceof Expr.Sym i
                    && i.bare() && i.base().length() == 1) {
                String name = NameKeys.full(v.withScripts(v.span(), null, null, 0));
                if (!vectors.containsKey(name)) {
                    defined.put(name, null);
                    definitions.merge(name, d, (a, b) -> a == b ? a : null);
                }
            }
        }
        if (vectors.isEmpty() && defined.isEmpty()) {
            return program;
        }
        Map<String, String> listable = new HashMap<>(defined);
        listable.putAll(vectors);
        boolean[] changed = {false};
        List<Expr> asserted = new ArrayList<>();
        ExprCopy rewrite = new ExprCopy() {
            @Override
            Expr group(Expr.Group g) {
                Expr.Sym vector = g.bracket() == Bracket.SET || g.bracket() == Bracket.PAREN
                        ? listed(g.items(), listable, source) : null;
                if (vector == null) {
                    return super.group(g);
                }
                String name = NameKeys.full(vector);
                String size = plain(source.slice(((Expr.Sym) g.items().get(2)).sub().span()));
                if (vectors.get(name) == null && !coversEveryEntry(definitions.get(name), size, declaredSizes, source)) {
                    return super.group(g);
                }
                changed[0] = true;
                Diagnostic.of(Code.W0102, source, g.span(), "`" + source.slice(g.span()) + "` lists the " + size
                                + " entries of `" + name + "`: read as the vector `" + name + "`")
                        .caret("the vector `" + name + "`")
                        .help("write `" + name + "` to say so and silence this warning")
                        .report(diagnostics);
                return vector.withScripts(g.span(), null, null, 0);
            }

            @Override
            Expr apply(Expr.Apply a) {
                Expr.Sym vector = a.callee() instanceof Expr.Sym f && f.bare() && f.base().equals("diag")
                        ? listed(a.args(), listable, source) : null;
                if (vector == null) {
                    return super.apply(a);
                }
                changed[0] = true;
                String name = NameKeys.full(vector);
                if (vectors.get(name) == null) {
                    asserted.add(((Expr.Sym) a.args().get(2)).sub().single());
                }
                Diagnostic.of(Code.W0102, source, a.span(), "`" + source.slice(a.span()) + "` lists the "
                                + plain(source.slice(((Expr.Sym) a.args().get(2)).sub().span())) + " entries of `"
                                + name + "`: read as `\\mathrm{diag}(" + name + ")`" + (vectors.get(name) == null
                                ? ", a square matrix of that size (checked)" : ""))
                        .caret("the diagonal matrix of `" + name + "`")
                        .help("write `\\mathrm{diag}(" + name + ")` to say so and silence this warning")
                        .report(diagnostics);
                return new Expr.Apply(a.span(), a.callee(), List.of(vector), a.argsSpan());
            }
        };
        List<Statement> out = new ArrayList<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Continuation c) {
                // \ell(x, y) = L = \{l_1,\dots,l_N\}^\top: the form after the name
                Expr rhs = rewrite.expr(c.rhs());
                out.add(rhs == c.rhs() ? c : new Statement.Continuation(c.span(), c.opSpan(), c.op(), rhs));
                continue;
            }
            if (!(s instanceof Statement.Definition d)) {
                out.add(s);
                continue;
            }
            asserted.clear();
            Statement.Definition copy = new Statement.Definition(d.span(), d.lhs(), d.opSpan(), d.op(),
                    rewrite.expr(d.rhs()), d.comment());
            out.add(copy);
            if (asserted.size() == 1 && d.rhs() instanceof Expr.Apply whole && whole.callee() instanceof Expr.Sym f
                    && f.base().equals("diag")) {
                // D = \mathrm{diag}(d_1, \dots, d_n): D \in \mathbb{R}^{n \times n}, which shape inference checks.
                Expr size = asserted.get(0);
                out.add(new Statement.ShapeAssertion(whole.span(), copy, new Domain(size.span(), Domain.Field.REAL,
                        List.of(size, size), null)));
            }
        }
        return changed[0] ? new Program(program.source(), out) : program;
    }

    /**
     * Whether the element-by-element definition {@code l_n = …} has {@code size} entries: its body reads a declared
     * input at its index {@code n} alone along an axis of that size ({@code w_n}, {@code x_{n,y_n}} with
     * {@code x \in \mathbb{R}^{N \times C}}).
     */
    private static boolean coversEveryEntry(Statement.Definition d, String size, Map<String, List<String>> declared,
            SourceFile source) {
        if (d == null) {
            return false;
        }
        String letter = ((Expr.Sym) ((Expr.Sym) d.lhs()).sub().single()).base();
        boolean[] found = {false};
        SubscriptForms.walk(d.rhs(), x -> {
            if (x instanceof Expr.Sym s && s.sub() != null && s.sup() == null && s.primes() == 0) {
                List<String> sizes = declared.get(NameKeys.full(s.withScripts(s.span(), null, null, 0)));
                List<Expr> items = s.sub().items();
                if (sizes != null && sizes.size() == items.size()) {
                    for (int i = 0; i < items.size(); i++) {
                        found[0] |= items.get(i) instanceof Expr.Sym ix && ix.bare() && ix.base().equals(letter)
                                && sizes.get(i).equals(size);
                    }
                }
            }
        });
        return found[0];
    }

    /** The declared vector {@code a}'s three arguments list from its entry 1 to its last; null if none. */
    private static Expr.Sym listed(List<Expr> args, Map<String, String> vectors, SourceFile source) {
        if (args.size() != 3 || !ArithmeticLists.isDots(args.get(1))
                || !(args.get(0) instanceof Expr.Sym first) || !(args.get(2) instanceof Expr.Sym last)
                || first.sub() == null || last.sub() == null || first.sup() != null || last.sup() != null
                || first.primes() != 0 || last.primes() != 0 || !NameKeys.base(first).equals(NameKeys.base(last))) {
            return null;
        }
        List<Expr> f = first.sub().items();
        List<Expr> l = last.sub().items();
        int n = f.size();
        if (n != l.size() || !plain(source.slice(f.get(n - 1).span())).equals("1")) {
            return null;
        }
        for (int i = 0; i < n - 1; i++) {
            if (!plain(source.slice(f.get(i).span())).equals(plain(source.slice(l.get(i).span())))) {
                return null;
            }
        }
        String size = plain(source.slice(l.get(n - 1).span()));
        List<Expr.Sym> candidates = new ArrayList<>();
        if (n > 1) {
            String prefix = plain(source.slice(new Span(f.get(0).span().start(), f.get(n - 2).span().end())));
            candidates.add(first.withScripts(first.span(), new Script(first.sub().span(), f.subList(0, n - 1), prefix),
                    null, 0));
        }
        candidates.add(first.withScripts(first.span(), null, null, 0));
        for (Expr.Sym c : candidates) {
            if (size.equals(vectors.get(NameKeys.full(c))) || n == 1 && vectors.containsKey(NameKeys.full(c))
                    && vectors.get(NameKeys.full(c)) == null) {
                return c;
            }
        }
        return null;
    }

    private static String plain(String printed) {
        return printed.replace("{", "").replace("}", "").replace(" ", "");
    }
}
