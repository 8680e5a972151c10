package dev.eqc.compiler.resolve;

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
 */
final class ListedDiagonals {
    private ListedDiagonals() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        SourceFile source = program.source();
        Map<String, String> vectors = new HashMap<>();   // declared vector -> its size, as printed
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d && d.domain() != null
                    && d.domain().field() == Domain.Field.REAL && d.domain().dims().size() == 1) {
                String size = plain(source.slice(d.domain().dims().get(0).span()));
                d.names().forEach(n -> vectors.put(NameKeys.full(n), size));
            }
        }
        // d_i = \sum_{j=1}^{n} w_{ij} (von Luxburg's degrees): a vector defined element by element, whose length the
        // list's last subscript states; the diagonal matrix is then asserted square of that size.
        Map<String, String> defined = new HashMap<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d && d.lhs() instanceof Expr.Sym v && v.sub() != null
                    && v.sup() == null && v.primes() == 0 && v.sub().isSingle() && v.sub().single() instanceof Expr.Sym i
                    && i.bare() && i.base().length() == 1) {
                String name = NameKeys.full(v.withScripts(v.span(), null, null, 0));
                if (!vectors.containsKey(name)) {
                    defined.put(name, null);
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
            Expr apply(Expr.Apply a) {
                Expr.Sym vector = a.callee() instanceof Expr.Sym f && f.bare() && f.base().equals("diag")
                        ? listed(a, listable, source) : null;
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

    /** The declared vector {@code a}'s three arguments list from its entry 1 to its last; null if none. */
    private static Expr.Sym listed(Expr.Apply a, Map<String, String> vectors, SourceFile source) {
        if (a.args().size() != 3 || !ArithmeticLists.isDots(a.args().get(1))
                || !(a.args().get(0) instanceof Expr.Sym first) || !(a.args().get(2) instanceof Expr.Sym last)
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
