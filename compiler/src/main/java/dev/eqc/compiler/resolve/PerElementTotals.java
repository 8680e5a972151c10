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
import java.util.Objects;
import java.util.Set;

/**
 * A value per example and its total under one letter, as loss definitions print them: the multiclass SVM's
 * {@code L_i = \sum_{j \neq y_i} \max(0, s_j - s_{y_i} + \Delta)} then {@code L = \frac{1}{N} \sum_i L_i}. Read
 * as two names, {@code L_i} would define {@code L} element by element and {@code L} again (E0106). The
 * per-element value takes a prime ({@code L'_i}, what {@code --function L'} returns) and every indexed use
 * ({@code L_i}) reads it; the bare name is the total (W0230). Runs on the statements, before name resolution.
 */
final class PerElementTotals {
    private PerElementTotals() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        List<Statement> out = new ArrayList<>(program.statements());
        Set<String> named = new HashSet<>();   // declared or defined as a whole name: L_1 may be a name of its own
        Set<String> used = new HashSet<>();
        for (Statement s : out) {
            if (s instanceof Statement.Declaration d) {
                d.names().forEach(n -> named.add(NameKeys.full(n)));
            } else if (s instanceof Statement.Definition d && d.lhs() instanceof Expr.Sym sym
                    && (sym.sub() == null || IndexLetters.of(sym.sub()) == null)) {
                named.add(NameKeys.full(sym));
            }
            Redefinitions.collectKeys(s, used);
        }
        boolean changed = false;
        for (int k = 0; k < out.size(); k++) {
            if (!(out.get(k) instanceof Statement.Definition total) || !(total.lhs() instanceof Expr.Sym name)
                    || name.sub() != null || name.sup() != null || total.update()) {
                continue;
            }
            int first = perElement(out, k, name, named);
            if (first < 0 || !mentionsIndexed(total.rhs(), name, named)) {
                continue;
            }
            int primes = name.primes();
            String renamedKey;
            do {
                primes++;
                renamedKey = NameKeys.full(new Expr.Sym(name.span(), name.kind(), name.base(), name.accent(), null, null,
                        primes));
            } while (used.contains(renamedKey));
            used.add(renamedKey);
            Indexed rename = new Indexed(name, primes, named);
            Statement.Definition element = (Statement.Definition) out.get(first);
            for (int j = first; j < out.size(); j++) {
                Statement s = out.get(j);
                if (j == k) {
                    out.set(j, new Statement.Definition(total.span(), total.lhs(), total.opSpan(), total.op(),
                            rename.expr(total.rhs()), total.comment()));
                } else if (s instanceof Statement.Definition d) {
                    out.set(j, new Statement.Definition(d.span(), rename.expr(d.lhs()), d.opSpan(), d.op(),
                            rename.expr(d.rhs()), d.comment()));
                } else if (s instanceof Statement.Bare b) {
                    out.set(j, new Statement.Bare(b.span(), rename.expr(b.expr()), b.comment()));
                }
            }
            String printed = program.source().slice(name.span()).strip();
            String perElement = program.source().slice(element.lhs().span()).strip();
            Diagnostic.of(Code.W0230, program.source(), element.lhs().span(), "`" + perElement + "` and `" + printed
                            + "` are both defined: `" + perElement + "` is the value per element, named `" + printed
                            + "'`, and `" + printed + "` (line " + program.source().line(name.span().start())
                            + ") the total that reads it")
                    .caret("per element: `" + printed + "'`")
                    .help("give the per-element value a name of its own (`\\ell_i`) to state it; `--function "
                            + printed + "'` runs it")
                    .report(diagnostics);
            changed = true;
        }
        return changed ? new Program(program.source(), out) : program;
    }

    /** The earlier definition {@code L_i = …} (index letters that are no names) of the same letter, or -1. */
    private static int perElement(List<Statement> out, int k, Expr.Sym name, Set<String> named) {
        int found = -1;
        for (int j = 0; j < out.size(); j++) {
            if (j == k || !(out.get(j) instanceof Statement.Definition d) || !(d.lhs() instanceof Expr.Sym s)) {
                continue;
            }
            if (NameKeys.full(s).equals(NameKeys.full(name))) {
                return -1;   // the total is defined twice: E0106 stays
            }
            if (j < k && sameLetter(s, name) && s.sub() != null && !named.contains(NameKeys.full(s))) {
                List<String> letters = IndexLetters.of(s.sub());
                if (letters != null && letters.stream().noneMatch(named::contains)) {
                    if (found >= 0) {
                        return -1;
                    }
                    found = j;
                }
            }
        }
        return found;
    }

    private static boolean sameLetter(Expr.Sym s, Expr.Sym name) {
        return s.kind() == name.kind() && s.base().equals(name.base()) && Objects.equals(s.accent(), name.accent())
                && s.sup() == null && s.primes() == name.primes();
    }

    private static boolean mentionsIndexed(Expr e, Expr.Sym name, Set<String> named) {
        boolean[] found = {false};
        new ExprCopy() {
            @Override
            Expr sym(Expr.Sym s) {
                found[0] |= s.sub() != null && sameLetter(s, name) && !named.contains(NameKeys.full(s));
                return super.sym(s);
            }
        }.expr(e);
        return found[0];
    }

    /** Every indexed use of the letter ({@code L_i}, {@code L_n}), spelled with the primes of the per-element name. */
    private static final class Indexed extends ExprCopy {
        private final Expr.Sym name;
        private final int primes;
        private final Set<String> named;

        Indexed(Expr.Sym name, int primes, Set<String> named) {
            this.name = name;
            this.primes = primes;
            this.named = named;
        }

        @Override
        Expr sym(Expr.Sym s) {
            Expr.Sym copied = (Expr.Sym) super.sym(s);
            if (s.sub() != null && sameLetter(s, name) && !named.contains(NameKeys.full(s))) {
                return new Expr.Sym(copied.span(), copied.kind(), copied.base(), copied.accent(), copied.sub(),
                        copied.sup(), primes);
            }
            return copied;
        }
    }
}
